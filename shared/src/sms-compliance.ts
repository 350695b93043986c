/**
 * What a marketing text must carry in the US (TCPA, CTIA messaging principles): the lead's prior
 * consent, who is writing, and how to stop the texts. Carriers honour STOP, END, CANCEL, QUIT and
 * UNSUBSCRIBE; "Reply STOP to opt out" is the wording they recommend.
 */
import type { Sender, Span } from './schemas.ts';

/** The opt-out line writers add at the end of every SMS. */
export const SMS_OPT_OUT_TEXT = 'Reply STOP to opt out.';

const KEYWORD = `["'“‘]?(?:stop|end|cancel|quit|unsubscribe|stopall)["'”’]?`;
const SEND = String.raw`(?:reply|respond|text|txt|send|message)(?:\s+(?:with|back))?`;
// What the keyword does, said after it ("… to opt out", "… to unsubscribe", "… and I'll stop").
const EFFECT = String.raw`(?:opt[\s-]?out|unsubscribe|stop|end|cancel|quit|be removed|no (?:more|further))`;
const OPT_OUT = new RegExp(
  [
    // "Reply STOP to opt out", "Text STOP to unsubscribe", "reply 'STOP' and we'll stop texting"
    String.raw`\b${SEND}\s+${KEYWORD}(?![\p{L}])[^.!?\n]{0,40}?\b${EFFECT}\b`,
    // "To opt out, reply STOP", "Unsubscribe: text STOP"
    String.raw`\b(?:to\s+)?(?:opt[\s-]?out|unsubscribe|stop (?:receiving |getting )?(?:these )?(?:texts|messages))[,:;]?\s+(?:just\s+)?${SEND}\s+${KEYWORD}(?![\p{L}])`,
  ].join('|'),
  'iu',
);

/** Where the text says how to opt out, with the punctuation that closes it; null when it does not. */
export function findOptOut(text: string): Span | null {
  const m = OPT_OUT.exec(text);
  if (!m) return null;
  const close = /^[.!]?/.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
  return { start: m.index, end: m.index + m[0].length + close.length };
}

/** The text without its opt-out line: what the word budget and the call-to-action check read. */
export function withoutOptOut(text: string): string {
  const span = findOptOut(text);
  return span ? `${text.slice(0, span.start).trimEnd()} ${text.slice(span.end).trimStart()}`.trim() : text;
}

/** Who a text must say is writing: the sender's company, else their name; null without either. */
export function smsSenderName(sender: Partial<Pick<Sender, 'name' | 'company'>> | undefined): string | null {
  return sender?.company ?? sender?.name ?? null;
}
