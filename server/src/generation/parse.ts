/**
 * Model text → drafts. Models wrap JSON in prose or code fences, answer with a bare array, add
 * trailing text, or put raw line breaks inside strings; all of that is tolerated. Anything else is
 * a typed failure the pipeline answers with its one retry.
 */
import type { PersonalizeRequest } from '@personalizer/shared';
import { z } from 'zod';
import type { Draft } from './types.ts';

export type ParseResult = { ok: true; drafts: Draft[] } | { ok: false; reason: string };

const Item = z.looseObject({
  subject: z.string().nullish(),
  message: z.string(),
});
const Answer = z.union([z.looseObject({ variants: z.array(z.unknown()) }), z.array(z.unknown())]);

/** How many JSON-looking starts to try: bounds the work on long, odd outputs. */
const MAX_CANDIDATES = 20;

export function parseDrafts(raw: string, request: PersonalizeRequest): ParseResult {
  for (const candidate of candidates(raw)) {
    const answer = Answer.safeParse(parseJson(candidate));
    if (!answer.success) continue;
    const items = Array.isArray(answer.data) ? answer.data : answer.data.variants;
    return { ok: true, drafts: items.flatMap((item) => toDraft(item, request)) };
  }
  return { ok: false, reason: 'the answer holds no JSON of the shape {"variants": [{"message": "..."}]}' };
}

function toDraft(item: unknown, request: PersonalizeRequest): Draft[] {
  const parsed = Item.safeParse(item);
  if (!parsed.success) return [];
  const message = parsed.data.message.trim();
  if (!message) return [];
  const subject = request.constraints.include_subjects ? parsed.data.subject?.trim() || null : null;
  return [{ subject, message }];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The whole text, then each balanced {...} or [...] span in order of appearance. */
function* candidates(raw: string): Generator<string> {
  yield raw.trim();
  let tried = 0;
  for (let start = 0; start < raw.length && tried < MAX_CANDIDATES; start++) {
    const ch = raw[start];
    if (ch !== '{' && ch !== '[') continue;
    tried++;
    const span = balancedSpan(raw, start);
    if (span !== null) yield span;
  }
}

/**
 * The JSON value starting at `start`, up to its matching bracket, with raw line breaks and tabs
 * inside strings escaped (a common small-model slip); null when it never closes.
 */
function balancedSpan(text: string, start: number): string | null {
  const closers: string[] = [];
  let inString = false;
  let out = '';
  for (let i = start; i < text.length; i++) {
    const ch = text[i] as string;
    if (inString) {
      if (ch === '\\') {
        out += ch + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') inString = false;
      out += ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : ch;
      continue;
    }
    out += ch;
    if (ch === '"') inString = true;
    else if (ch === '{') closers.push('}');
    else if (ch === '[') closers.push(']');
    else if (ch === '}' || ch === ']') {
      if (closers.pop() !== ch) return null;
      if (closers.length === 0) return out;
    }
  }
  return null;
}
