import { parseName } from '@personalizer/shared/names';
import { companyFromEmail } from './company-from-email.ts';
import type { ScrapeResult } from './types.ts';

/** The person you are writing to: a compose window's first recipient, else the thread's sender. */
export function scrapeGmail(doc: Document): ScrapeResult {
  const recipient = doc.querySelector('[role="dialog"] [data-hovercard-id*="@"], .compose [data-hovercard-id*="@"]');
  const sender = doc.querySelector('span.gD[email]');
  const el = recipient ?? sender;
  const source = recipient ? 'compose-recipient' : 'thread-sender';
  const lead: ScrapeResult['lead'] = {};
  const sources: ScrapeResult['sources'] = {};
  if (!el) return { site: 'gmail', lead, sources };
  const email = el.getAttribute('email') ?? el.getAttribute('data-hovercard-id') ?? undefined;
  const name = el.getAttribute('name') ?? el.textContent?.trim() ?? '';
  const fromEmail = email ? companyFromEmail(email) : {};
  for (const [field, value, from] of [
    ...Object.entries(parseName(name.includes('@') ? '' : name))
      .filter(([k]) => k !== 'full')
      .map(([k, v]) => [k, v, source]),
    ['email', email, source],
    ['domain', fromEmail.domain, 'email-domain'],
    ['company_name', fromEmail.company_name, 'email-domain'],
  ] as [keyof ScrapeResult['lead'], string | undefined, string][]) {
    if (value) {
      lead[field] = value;
      sources[field] = from;
    }
  }
  return { site: 'gmail', lead, sources };
}
