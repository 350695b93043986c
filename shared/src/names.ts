/**
 * Names as people write them on LinkedIn and in Gmail, turned into the name a person would greet.
 *
 * parse-full-name does the grammar (honorifics, generational suffixes, "Last, First", surname
 * particles, case fixing); this module first removes what people add around a name on social
 * sites, which that library reads as name parts: emoji and badges, pronouns, credentials it does
 * not list, directory tags, taglines, and a second rendering of the name in another script.
 */
import { parseFullName } from 'parse-full-name';

export interface PersonName {
  /** The name to greet: a nickname in parentheses or quotes wins over the given name. */
  first_name?: string;
  /** Everything after the given name: middle names, particles and double surnames included. */
  last_name?: string;
  /** Given name(s) and surname without honorifics, credentials, pronouns, emoji or nickname. */
  full: string;
}

// Pronoun sets such as "he/him", "She/They", "any pronouns".
const PRONOUN = '(?:he|him|his|she|her|hers|they|them|theirs|ze|zir|hir|xe|xem|it|its|any|all)';
const PRONOUNS = new RegExp(`${PRONOUN}(?:\\s*/\\s*${PRONOUN})+|any\\s+pronouns`, 'giu');
const BRACKETED_PRONOUNS = new RegExp(`[([]\\s*(?:${PRONOUNS.source})\\s*[)\\]]`, 'giu');

// Registered/trademark signs stick to credentials ("PMP®"): dropped in place.
const MARKS = /[®™©℠]/gu;
// Emoji, dingbats and badges end the name: what follows is a tagline ("Sofia ✨ Founder").
const SYMBOLS =
  /(?:[\p{Extended_Pictographic}\p{So}\p{Emoji_Modifier}\u{E0020}-\u{E007F}]|\u{FE0E}|\u{FE0F}|\u{20E3})+/gu;
// Invisible formatting that name fields pick up from copy and paste (ZWNJ stays: Persian needs it).
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]|\u200D/gu;
// "Jane Doe | Hiring", "Jane Doe • Founder", "Jane Doe - Recruiter".
const TAGLINE = /\s*[|•]\s*|\s+[·–—-]\s+/u;
// "[EXTERNAL]", "(née Smith)", "(formerly Jones)": never part of the name to greet.
const NOT_A_NAME = /\[[^\]]*\]|\(\s*(?:née|nee|geb\.?|formerly|ex-?)\b[^)]*\)/giu;

// Credentials and post-nominals; those not in all capitals are matched case-insensitively.
const CREDENTIALS = new Set(
  (
    'phd dphil edd psyd mba emba cpa pmp cfa frm caia cfp chfc clu rn np md do dds dmd dvm mbbs jd llm esq ' +
    'msc bsc ma ba ms bs meng beng mph msw lcsw cissp cism cisa ccie csm cspo safe itil shrm-cp shrm-scp sphr ' +
    'phr cipd acca cima fca cma ea pe peng ceng fcca frsa facs frcs mrcp pa-c jr sr ii iii iv'
  ).split(' '),
);
const credentialKey = (token: string) => token.replace(/[.,®™]/g, '').toLowerCase();
// Any short all-capitals token after a comma is a credential ("Jane Doe, CISA, GICSP").
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9.&/+-]{1,11}$/;

const LATIN = /\p{Script=Latin}/u;
// Scripts written without spaces between family and given name, family name first.
const EAST_ASIAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s・·]+$/u;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function isCredential(token: string, shouting: boolean): boolean {
  return CREDENTIALS.has(credentialKey(token)) || (!shouting && ACRONYM.test(token));
}

/** Drops credentials: whole comma segments made of them, then known ones at the end ("Jane Doe MBA"). */
function dropCredentials(name: string): string {
  const shouting = name === name.toUpperCase();
  const segments = name.split(',');
  while (segments.length > 1) {
    const tokens = squash(segments.at(-1) ?? '').split(' ');
    if (!tokens.every((t) => t && isCredential(t, shouting))) break;
    segments.pop();
  }
  const words = squash(segments.join(',')).split(' ');
  // Trailing credentials without a comma only when written as credentials are ("MBA", "PhD"), not "Ma".
  while (
    words.length > 2 &&
    CREDENTIALS.has(credentialKey(words.at(-1) ?? '')) &&
    /[A-Z].*[A-Z]/.test(words.at(-1) ?? '')
  )
    words.pop();
  return words.join(' ').replace(/,\s*$/, '');
}

// A nickname: in parentheses or quotes, opened after a space (so O'Brien is no quote) and closed before one.
const NICKNAME = /(^|\s)(?:\(([^)]*)\)|"([^"]*)"|“([^”]*)”|‘([^’]*)’|'([^']*)')(?=\s|,|$)/u;

/** Takes the nickname out; keeps it only when it reads as a name the person wants to be called. */
function takeNickname(name: string): { rest: string; nickname?: string } {
  let rest = name;
  let nickname: string | undefined;
  for (let match = NICKNAME.exec(rest); match; match = NICKNAME.exec(rest)) {
    rest = squash(`${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`);
    const candidate = squash(match.slice(2).find((g) => g !== undefined) ?? '');
    const words = candidate.split(' ');
    const nameLike = /^[\p{L}\p{M}'’.-]+(?: [\p{L}\p{M}'’.-]+)?$/u.test(candidate);
    // All capitals is a directory tag ("(NYC)", "(CONTRACTOR)").
    const tag = candidate.length > 1 && candidate === candidate.toUpperCase() && candidate !== candidate.toLowerCase();
    // The name in another script: kept only as the Latin name a non-Latin name offers ("李明 (Ming)").
    const otherScript = LATIN.test(candidate) !== LATIN.test(rest);
    const usable = nameLike && !tag && (!otherScript || (LATIN.test(candidate) && words.length === 1));
    if (usable && nickname === undefined) nickname = candidate;
  }
  return { rest, nickname };
}

/** What surrounds a name on social sites, removed; the nickname set apart. */
function clean(raw: string): { rest: string; nickname?: string } {
  let s = raw.normalize('NFC').replace(INVISIBLE, '').replace(MARKS, '');
  s = s.split(SYMBOLS).find((part) => /\p{L}/u.test(part)) ?? '';
  s = s.split(TAGLINE).find((part) => /\p{L}/u.test(part)) ?? '';
  s = squash(s.replace(BRACKETED_PRONOUNS, ' ').replace(NOT_A_NAME, ' ').replace(PRONOUNS, ' '));
  const { rest, nickname } = takeNickname(s);
  return { rest: dropCredentials(rest), ...(nickname ? { nickname } : {}) };
}

/**
 * A display name as written ("Dr. Amara Okafor, PhD", "Katherine (Kate) Lindqvist",
 * "García-López, María", "Sofia Marquez 🚀") → the name to greet, the rest, and the clean full name.
 */
export function parseName(display: string): PersonName {
  const { rest, nickname } = clean(display);
  if (!rest) return nickname ? { first_name: nickname, full: nickname } : { full: '' };
  const parts = parseFullName(rest);
  const title = parts.title ?? '';
  const withoutTitle = squash(title ? rest.replace(title, ' ') : rest);
  if (EAST_ASIAN.test(withoutTitle)) {
    // Greeting "李明" by one half would be wrong either way: the whole name, as written.
    return { first_name: nickname ?? withoutTitle, full: withoutTitle };
  }
  let given = parts.first ?? '';
  const others = squash(`${parts.middle ?? ''} ${parts.last ?? ''}`)
    .split(' ')
    .filter(Boolean);
  if (!given) {
    // One word, or particles the library joined to the first word ("Di Wang").
    given = others.shift() ?? '';
  }
  const full = squash(`${given} ${others.join(' ')}`);
  // "J. Robert Smith" goes by Robert.
  if (/^\p{L}\.?$/u.test(given) && others.length > 1) given = others.shift() ?? given;
  const first_name = nickname ?? given;
  const last_name = others.join(' ');
  return { ...(first_name ? { first_name } : {}), ...(last_name ? { last_name } : {}), full };
}

/**
 * The form of a first-name field to greet: "Dr. Amara" → "Amara", "Katherine (Kate)" → "Kate",
 * "Sofia 🚀" → "Sofia"; double given names stay whole ("Mary Beth"). Falls back to the input.
 */
export function greetingName(firstName: string): string {
  const { rest, nickname } = clean(firstName);
  if (nickname) return nickname;
  const parts = parseFullName(rest);
  const words = squash(`${parts.first ?? ''} ${parts.middle ?? ''} ${parts.last ?? ''}`);
  return words || squash(firstName);
}
