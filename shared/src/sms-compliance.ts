/**
 * What a marketing text must carry in the US (TCPA, CTIA messaging principles): the lead's prior
 * consent, who is writing, and how to stop the texts. Carriers honour STOP, END, CANCEL, QUIT and
 * UNSUBSCRIBE; "Reply STOP to opt out" is the wording they recommend. Other languages say the
 * same in their words ("Responde BAJA para no recibir más mensajes"); SMS_OPT_OUT_TEXTS holds them.
 */
import type { Sender, Span } from './schemas.ts';

const KEYWORD = `["'“‘«„]?(?:stop|stopp|end|cancel|quit|unsubscribe|stopall|baja|sair|parar|arr[eê]t)["'”’»“]?`;
const SEND = String.raw`(?:reply|respond|text|txt|send|message|responde|responda|respondé|contesta|envía|envia|répondez|réponds|repondez|envoyez|antworte|antworten sie|antworten|sende|senden sie|rispondi|rispondete|risponda|invia|antwoord|stuur|sms)(?:\s+(?:with|back|con|com|avec|mit|met))?`;
// What the keyword does, said after it ("… to opt out", "… para no recibir más mensajes").
const EFFECT = String.raw`(?:opt[\s-]?out|unsubscribe|stop|end|cancel|quit|be removed|no (?:more|further)|no recibir(?: más)?(?: mensajes| sms)?|darte de baja|darse de baja|dejar de recibir|ne plus recevoir|vous désinscrire|vous desinscrire|arr[eê]ter|désinscri\w*|abmelden|abzumelden|abbestellen|keine (?:weiteren )?nachrichten|n[ãa]o receber(?: mais)?(?: mensagens| sms)?|deixar de receber|cancelar|descadastr\w*|non ricevere(?: altri| più)?(?: messaggi| sms)?|disiscriver\w*|annullare|afmelden|af te melden|uitschrijven|geen berichten)`;
const OPT_OUT = new RegExp(
  [
    // "Reply STOP to opt out", "Text STOP to unsubscribe", "reply 'STOP' and we'll stop texting"
    String.raw`\b${SEND}\s+${KEYWORD}(?![\p{L}])[^.!?\n]{0,40}?\b${EFFECT}(?![\p{L}])`,
    // "STOP to opt out", "BAJA para no recibir más", "Abmelden: STOPP"
    String.raw`(?<![\p{L}])${KEYWORD}(?![\p{L}])\s+(?:to|para|pour|per|om|um)\s+[^.!?\n]{0,30}?${EFFECT}(?![\p{L}])`,
    String.raw`\b(?:abmelden|abbestellen|afmelden|uitschrijven|désinscription|desinscription|disiscrizione)\s*(?::|mit|met)\s*${KEYWORD}(?![\p{L}])`,
    // "To opt out, reply STOP", "Unsubscribe: text STOP", "Para darte de baja, responde BAJA"
    String.raw`\b(?:to\s+)?(?:opt[\s-]?out|unsubscribe|stop (?:receiving |getting )?(?:these )?(?:texts|messages)|para darte de baja|pour vous désinscrire|zum abmelden|para sair|per disiscriverti|om af te melden)[,:;]?\s+(?:just\s+)?${SEND}\s+${KEYWORD}(?![\p{L}])`,
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
