import { LEAD_CONTEXT_LIMITS } from '@personalizer/shared/limits';
import { parseName } from '@personalizer/shared/names';
import { companyFromEmail } from './company-from-email.ts';
import { roleFromSignature } from './signature.ts';
import { clip, readLines } from './text.ts';
import type { ScrapedContext, ScrapedLead, ScrapeResult } from './types.ts';

// Quoted earlier messages and Gmail's trimmed-content toggle are not the lead's new words.
const QUOTED = '.gmail_quote, blockquote, .gmail_extra, .yj6qo, .adL';

/** "Inbox - alex@seller.example - Gmail" → the mailbox owner, who is never the lead. */
function mailboxOwner(doc: Document): string | undefined {
  return /\s-\s([^\s@]+@[^\s@]+)\s-\sGmail$/.exec(doc.title)?.[1]?.toLowerCase();
}

interface Message {
  email: string;
  name: string;
  body: Element | null;
}

/** The thread's expanded messages, oldest first: each sender and body. */
function threadMessages(doc: Document): Message[] {
  const senders = [...doc.querySelectorAll('span.gD[email]')];
  return senders.map((sender) => {
    const message = sender.closest('.adn, [data-message-id], .gs') ?? sender.parentElement;
    return {
      email: (sender.getAttribute('email') ?? '').toLowerCase(),
      name: sender.getAttribute('name') ?? sender.textContent?.trim() ?? '',
      body: message?.querySelector('.a3s') ?? null,
    };
  });
}

/** A message's own lines: without the quoted thread under it. */
function ownLines(body: Element): string[] {
  const copy = body.cloneNode(true) as Element;
  for (const quoted of copy.querySelectorAll(QUOTED)) quoted.remove();
  return readLines(copy);
}

/**
 * The person you are writing to: a compose window's first recipient, else the thread's latest
 * sender who is not you. With a thread open: their last message (bounded) as context, and their
 * title from its signature.
 */
export function scrapeGmail(doc: Document, url?: string): ScrapeResult {
  const owner = mailboxOwner(doc);
  const recipient = doc.querySelector('[role="dialog"] [data-hovercard-id*="@"], .compose [data-hovercard-id*="@"]');
  const messages = threadMessages(doc);
  const fromLead = messages.filter((m) => m.email && m.email !== owner);
  const lead: ScrapedLead = {};
  const sources: ScrapeResult['sources'] = {};
  const context: ScrapedContext[] = [];
  const set = (field: keyof ScrapedLead, value: string | undefined, source: string) => {
    if (value && !lead[field]) {
      lead[field] = value;
      sources[field] = source;
    }
  };

  const email = (
    recipient?.getAttribute('email') ??
    recipient?.getAttribute('data-hovercard-id') ??
    fromLead.at(-1)?.email ??
    messages[0]?.email
  )?.toLowerCase();
  if (!email) return { site: 'gmail', page: 'person', lead, sources, context };
  const source = recipient ? 'compose-recipient' : 'thread-sender';
  const displayName = recipient
    ? (recipient.getAttribute('name') ?? recipient.textContent?.trim() ?? '')
    : (messages.find((m) => m.email === email)?.name ?? '');
  const name = parseName(displayName.includes('@') ? '' : displayName);
  set('first_name', name.first_name, source);
  set('last_name', name.last_name, source);
  set('email', email, source);

  const last = messages.filter((m) => m.email === email && m.body).at(-1);
  if (last?.body) {
    const lines = ownLines(last.body);
    const role = roleFromSignature(lines, name);
    set('title', role.title, 'signature');
    set('company_name', role.company, 'signature');
    // The message without its signature block ("-- " and below): the words, not the phone number.
    const delimiter = lines.findIndex((line) => /^--\s*$/.test(line));
    const text = (delimiter >= 0 ? lines.slice(0, delimiter) : lines)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (text) {
      context.push({
        source: { kind: 'gmail_thread', label: 'Gmail thread', ...(url ? { url } : {}) },
        target: 'lead_context',
        text: clip(text, LEAD_CONTEXT_LIMITS.item_chars),
      });
    }
  }
  const fromEmail = companyFromEmail(email);
  set('domain', fromEmail.domain, 'email-domain');
  set('company_name', fromEmail.company_name, 'email-domain');
  return { site: 'gmail', page: 'person', lead, sources, context };
}
