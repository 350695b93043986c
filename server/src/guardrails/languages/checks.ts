/**
 * The grounding checks for a message in a language other than English, read with that language's
 * lexicon: numbers (digits and words) not in the input; names not in the input; and the claim kinds
 * of step 6 found by their cue phrases (what the writer "saw", company events, the lead's pains, the
 * sender's customers and results, superlatives). A cue in a question or a hedged clause asserts
 * nothing; otherwise its clause must be in the input: most of its content words for an
 * observation, event or pain, an approved proof point for social proof, the words themselves for a
 * superlative. Spam phrases are the lexicon's, unless the input uses them.
 */
import type { PersonalizeRequest, RiskFlag, TextField } from '@personalizer/shared';
import { containsPhrase, type InputFacts, inputTexts, normalizePhrase } from '../facts.ts';
import { claimFlag } from '../flag.ts';
import { extractNumbers } from '../numbers.ts';
import { asked, clauseAt, fold, type Hit, hits, type Sentence, wholeWords } from '../text.ts';
import { isGermanNoun, namesNext } from './german-nouns.ts';
import type { CueKind, Lexicon } from './lexicon.ts';
import { localNumbers } from './numbers.ts';

// Patterns searched along a text ('g'), and patterns only tested ('u': no lastIndex to carry over).
const edged = (source: string) => wholeWords(source, 'gu');
const once = (source: string) => wholeWords(source, 'u');

interface Compiled {
  functionWords: Set<string>;
  hedge: RegExp;
  you: RegExp;
  general: RegExp;
  everyone: RegExp;
  already: RegExp;
  use: RegExp;
  problems: RegExp;
  spam: RegExp;
  cues: [CueKind, RegExp][];
}
const compiled = new WeakMap<Lexicon, Compiled>();

function compile(lexicon: Lexicon): Compiled {
  let c = compiled.get(lexicon);
  if (!c) {
    c = {
      functionWords: new Set(lexicon.functionWords.split(' ')),
      hedge: once(lexicon.hedge),
      you: once(lexicon.you),
      general: once(lexicon.general),
      everyone: edged(lexicon.everyone),
      already: edged(lexicon.already),
      use: once(lexicon.use),
      problems: edged(lexicon.problems),
      spam: edged(lexicon.spam.join('|')),
      cues: (Object.entries(lexicon.cues) as [CueKind, string][]).map(([kind, source]) => [kind, edged(source)]),
    };
    compiled.set(lexicon, c);
  }
  return c;
}

/** The input read in the message's language: its values and its words (and their short forms). */
interface LocalFacts {
  values: Set<number>;
  words: Set<string>;
  proofPoints: { text: string; values: Set<number>; words: Set<string> }[];
  /** The sender's own words (company, offer, every proof point): names a proof point may go with. */
  senderWords: Set<string>;
  /** The sender's company, normalised, or null. */
  senderCompany: string | null;
  /** The lead's name, in words: it counts as no content word. */
  name: Set<string>;
  /** The lead's tools, normalised. */
  tech: string[];
  /** The lead's company, whole or without its last word ("Pixelwerk" for "Pixelwerk Studios"). */
  companyNames: string[];
}
const localCache = new WeakMap<PersonalizeRequest, LocalFacts>();

function localFacts(request: PersonalizeRequest, facts: InputFacts, lexicon: Lexicon): LocalFacts {
  let local = localCache.get(request);
  if (!local) {
    const texts = inputTexts(request);
    local = {
      values: valuesOf(texts.join('\n'), lexicon, [...facts.numbers.keys()]),
      words: wordsOf(texts.join(' ')),
      senderWords: wordsOf(
        [
          request.sender?.company,
          request.sender?.name,
          request.sender?.offer,
          ...(request.sender?.proof_points ?? []),
        ].join(' '),
      ),
      senderCompany: request.sender?.company ? normalizePhrase(request.sender.company) : null,
      name: new Set(words(`${request.lead.first_name} ${request.lead.last_name ?? ''}`)),
      tech: request.company_context.tech_stack.map(normalizePhrase),
      companyNames: companyNamesOf(request.lead.company_name),
      proofPoints: (request.sender?.proof_points ?? []).map((p) => ({
        text: p,
        values: valuesOf(p, lexicon, []),
        words: wordsOf(p),
      })),
    };
    localCache.set(request, local);
  }
  return local;
}

function companyNamesOf(company: string | undefined): string[] {
  const parts = words(company ?? '').filter(Boolean);
  return [parts, parts.slice(0, -1)].filter((n) => n.length > 0).map((n) => n.join(' '));
}

function valuesOf(text: string, lexicon: Lexicon, more: number[]): Set<number> {
  const english = extractNumbers(text).map((n) => n.value);
  return new Set([...localNumbers(text, lexicon).map((n) => n.value), ...english, ...more]);
}

/** A word's short form: inflections differ at the end ("clínicas", "clínica"; "abristeis", "abrir"). */
const short = (word: string) => (word.length >= 5 ? word.slice(0, 4) : word);

/** Words apart, elisions too: "l'Ain" is "l" and "ain", "all'Osteria" "all" and "osteria". */
const words = (text: string) => normalizePhrase(text.replace(/['’]/g, ' ')).split(' ');

function wordsOf(text: string): Set<string> {
  const all = words(text);
  return new Set([...all, ...all.map(short)]);
}

/** The clause's content words: not function words, not the lead's name, longer than three letters. */
function contentWords(clause: string, c: Compiled, exclude: Set<string>): string[] {
  return words(clause).filter((w) => w.length > 3 && !/^\d/.test(w) && !c.functionWords.has(w) && !exclude.has(w));
}

/** Most content words of a clause are in the input (a clause with none says nothing new). */
function mostlyKnown(words: string[], input: Set<string>, share = 0.6): boolean {
  if (words.length === 0) return true;
  return words.filter((w) => input.has(w) || input.has(short(w))).length / words.length >= share;
}

export function checkLocalized(
  request: PersonalizeRequest,
  text: string,
  parts: Sentence[],
  field: TextField,
  facts: InputFacts,
  lexicon: Lexicon,
): RiskFlag[] {
  const c = compile(lexicon);
  const local = localFacts(request, facts, lexicon);
  const flags: RiskFlag[] = [];
  const taken: { start: number; end: number }[] = [];
  const flag = (kind: RiskFlag['category'], index: number, words: string, why: string) => {
    // One flag per stretch of words: a number inside a flagged claim is that claim's.
    if (taken.some((t) => index < t.end && index + words.length > t.start)) return;
    taken.push({ start: index, end: index + words.length });
    const code = kind === 'number' ? 'UNSOURCED_NUMBER' : kind === 'spam' ? 'SPAM_PHRASE' : 'UNSOURCED_CLAIM';
    flags.push(claimFlag(code, kind, field, index, words, why));
  };
  const { senderCompany: sender, tech } = local;
  const aboutLead = (clause: string) =>
    c.you.test(lexicon.language === 'de' ? clause : fold(clause)) ||
    local.companyNames.some((n) => containsPhrase(normalizePhrase(clause.replace(/['’]/g, ' ')), n));

  for (const m of fold(text).matchAll(c.spam)) {
    const index = m.index ?? 0;
    if (containsPhrase(facts.all.text, normalizePhrase(m[0]))) continue;
    flag('spam', index, text.slice(index, index + m[0].length), 'a spam or pressure phrase');
  }
  for (const sentence of parts) {
    const claims: { kind: CueKind; index: number; words: string; clause: string }[] = [];
    const add = (kind: CueKind, hit: Hit) =>
      claims.push({ kind, index: hit.index, words: hit.text, clause: clauseAt(sentence, hit.index) });
    for (const [kind, pattern] of c.cues) for (const hit of hits(sentence, pattern)) add(kind, hit);
    // A problem word in a clause the input does not hold states a pain, in whatever words.
    for (const hit of hits(sentence, c.problems)) add('pain', hit);
    // Others already using the sender's product, or everyone's results: social proof.
    for (const hit of hits(sentence, c.everyone)) add('social_proof', hit);
    // The lead already using their tools ("ya trabajáis con Gesden") is no social proof.
    for (const hit of hits(sentence, c.already)) {
      const clause = clauseAt(sentence, hit.index);
      if (aboutLead(clause) || tech.some((t) => containsPhrase(normalizePhrase(clause), t))) continue;
      if (c.use.test(fold(clause)) || (sender && containsPhrase(normalizePhrase(clause), sender)))
        add('social_proof', hit);
    }
    for (const claim of claims) {
      if (asked(sentence, claim.index)) continue;
      const folded = fold(claim.clause);
      // A generalisation ("many teams…") is no claim about the lead unless it names them ("your
      // new hires often wait"); about customers, it is a claim.
      const general = c.general.test(folded) && !aboutLead(claim.clause);
      if (c.hedge.test(folded) || (claim.kind !== 'social_proof' && general)) continue;
      if (cueSourced(claim, { c, lexicon, local, facts })) continue;
      // A pain is the clause that states it; other claims are their cue words.
      const [index, words] =
        claim.kind === 'pain' ? clauseSpan(sentence, claim.index, claim.clause) : [claim.index, claim.words];
      flag(claim.kind, index, words, `${CUE_WHY[claim.kind]} that is not in the input`);
    }
  }
  for (const n of localNumbers(text, lexicon)) {
    if (Number.isNaN(n.value) ? containsPhrase(facts.all.text, normalizePhrase(n.text)) : local.values.has(n.value))
      continue;
    if (n.value <= 3 && SMALL_TALK.test(fold(text.slice(n.index + n.text.length, n.index + n.text.length + 12))))
      continue;
    flag('number', n.index, n.text, 'a number that is not in the input');
  }
  for (const entity of names(parts, lexicon, c)) {
    const isKnown = (w: string) =>
      ALWAYS_KNOWN.has(w) ||
      local.words.has(w) ||
      local.words.has(short(w)) ||
      (w.length >= 4 && facts.all.text.includes(w));
    if (entity.words.every(isKnown)) continue;
    flag('entity', entity.index, entity.text, 'a name that is not in the input');
  }
  return flags.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

/** The clause's offset in the field and its words, trimmed. */
function clauseSpan(sentence: Sentence, index: number, clause: string): [number, string] {
  const trimmed = clause.trim().replace(/[.!?…]+$/, '');
  const at = sentence.text.indexOf(trimmed, Math.max(0, index - sentence.start - trimmed.length));
  return at < 0 ? [index, trimmed] : [sentence.start + at, trimmed];
}

const CUE_WHY: Record<CueKind, string> = {
  observation: 'something the writer says they saw',
  event: 'an event',
  pain: "a problem stated as the lead's",
  social_proof: "a claim about the sender's customers or results",
  superlative: 'a superlative',
};

/** What the checks of one message read: the lexicon compiled, the input, the names to skip. */
interface Reading {
  c: Compiled;
  lexicon: Lexicon;
  local: LocalFacts;
  facts: InputFacts;
}

function cueSourced(claim: { kind: CueKind; words: string; clause: string }, r: Reading): boolean {
  const { c, local, facts, lexicon } = r;
  const { name } = local;
  switch (claim.kind) {
    case 'superlative':
      return containsPhrase(facts.all.text, normalizePhrase(claim.words));
    case 'social_proof': {
      // Only an approved proof point with the clause's numbers, most of its words, and its scope:
      // "all our customers" is more than one customer's result.
      const values = localNumbers(claim.clause, lexicon).map((n) => n.value);
      const content = contentWords(claim.clause, c, name);
      // String.match with a global pattern keeps no state between calls.
      const everyone = fold(claim.clause).match(c.everyone)?.[0];
      // Names and places narrow it: "artisans de Gironde" is not "1 500 artisans".
      const named = [...claim.clause.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}-]+/gu)].flatMap((m) => words(m[0]));
      return local.proofPoints.some(
        (p) =>
          values.every((v) => p.values.has(v)) &&
          named.every((w) => p.words.has(w) || local.senderWords.has(w)) &&
          content.filter((w) => p.words.has(w) || p.words.has(short(w))).length >= Math.min(2, content.length) &&
          (!everyone || containsPhrase(normalizePhrase(p.text), normalizePhrase(everyone))),
      );
    }
    case 'pain':
      // The problem's own word must be in the input too: "pierde horas" is not "horas de apertura".
      return (
        words(claim.words).every((w) => local.words.has(w) || local.words.has(short(w))) &&
        mostlyKnown(contentWords(claim.clause, c, name), local.words, 0.5)
      );
    default:
      return mostlyKnown(contentWords(claim.clause, c, name), local.words);
  }
}

// "dos minutos", "zwei Fragen", "deux questions": a number of the conversation, not a claim.
const SMALL_TALK =
  /^[\s-]*(?:min|minut|pregunt|question|frage|vraag|vragen|domand|pergunt|ideia|idea|idee|line|linea|zeil|riga|satz|frase|cosas|dinge|choses|coisas|cose|dingen|sekund|segund|second|secondi|chiacchier|parol|palabra|mot|wort|woord|palavra|righ)/;

/** Words every message may use though no input holds them. */
const ALWAYS_KNOWN = new Set(
  'linkedin email e-mail mail sms whatsapp zoom teams google meet ps ok okay ceo cto cfo coo cmo vp crm erp api saas b2b b2c ia ai roi kpi kpis rgpd dsgvo gdpr avg iva mwst tva btw pme pmi kmu mkb faq q1 q2 q3 q4 stop stopp baja sair hi hey hello min mio mrd mln mld eur usd'.split(
    ' ',
  ),
);

interface Name {
  text: string;
  index: number;
  /** Its capitalised words, normalised. */
  words: string[];
}

// A capital starts a name, or follows a short lower-case prefix ("iClinic", "eBay").
const CAPITALISED =
  /(?:\p{Ll}{1,3}(?=\p{Lu}))?\p{Lu}[\p{L}\p{N}&'’./-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’./-]*|&|de|del|van|von|da|di|du|la|le))*(?<![\s.])/gu;

/**
 * Capitalised words that do not start a sentence (or a line, or what follows an emoji or a
 * bullet): names, unless the language capitalises its nouns (German), where only words no
 * dictionary knows are names. A start counts only when it reads like a brand ("HubSpot", "N26").
 */
function names(parts: Sentence[], lexicon: Lexicon, c: Compiled): Name[] {
  const found: Name[] = [];
  for (const sentence of parts) {
    for (const m of sentence.text.matchAll(CAPITALISED)) {
      const at = m.index ?? 0;
      const before = sentence.text.slice(0, at).trimEnd();
      const starts = before === '' || !/[\p{L}\p{N},'’]$/u.test(before);
      // "AI-app", "HR-directeur": only the capitalised parts may be names.
      const tokens = m[0].split(/\s+/).flatMap((t, i) =>
        t
          .split(/[-/]/)
          .filter((part) => /^\p{Ll}{0,3}\p{Lu}/u.test(part))
          .map((part) => ({ part, first: i === 0 && t.startsWith(part) })),
      );
      // German: a word after a naming noun ("Tierklinik Sonnenhof", "Kollege Stefan") is a name.
      const afterNoun = (i: number) => i > 0 && namesNext(tokens[i - 1]?.part ?? '');
      const candidates = tokens.filter(({ part, first }, i) => {
        const word = fold(part).replace(/[.'’]+$/, '');
        if (c.functionWords.has(word)) return false;
        if (starts && first && !/\p{Lu}.*\p{Lu}|\d/u.test(part.slice(1))) return false;
        if (lexicon.language === 'de' && /^\p{Lu}\p{Ll}+$/u.test(part) && isGermanNoun(part) && !afterNoun(i))
          return false;
        return true;
      });
      if (candidates.length === 0) continue;
      found.push({
        text: m[0],
        index: sentence.start + at,
        words: candidates.flatMap(({ part }) => words(part)).filter(Boolean),
      });
    }
  }
  return found;
}
