import { SMS_LIMITS } from './limits.ts';

// GSM 03.38 default alphabet and its extension table (each extension char costs two septets).
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€\f';
const basic = new Set(GSM7_BASIC);
const extended = new Set(GSM7_EXTENDED);

export interface SmsSegments {
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
  /** Units one segment can hold for this text (single or concatenated). */
  per_segment: number;
}

/** How many SMS segments a text needs, following 3GPP TS 23.038/23.040. */
export function smsSegments(text: string): SmsSegments {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (basic.has(ch)) septets += 1;
    else if (extended.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) {
    const single = SMS_LIMITS.gsm7_segment_chars;
    const concat = SMS_LIMITS.gsm7_concat_segment_chars;
    const segments = septets <= single ? 1 : Math.ceil(septets / concat);
    return { encoding: 'GSM-7', units: septets, segments, per_segment: segments === 1 ? single : concat };
  }
  const units = text.length;
  const single = SMS_LIMITS.ucs2_segment_chars;
  const concat = SMS_LIMITS.ucs2_concat_segment_chars;
  const segments = units <= single ? 1 : Math.ceil(units / concat);
  return { encoding: 'UCS-2', units, segments, per_segment: segments === 1 ? single : concat };
}

// Typographic punctuation with a GSM-7 twin: one curly apostrophe would make the whole text UCS-2.
const GSM_TWINS: Record<string, string> = {
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
};

/** The text as it should go out by SMS: curly quotes, dashes and ellipses in their GSM-7 forms. */
export function toSmsText(text: string): string {
  return text.replace(/[’‘“”–—…\u00a0]/g, (ch) => GSM_TWINS[ch] ?? ch);
}
