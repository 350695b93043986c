/**
 * The offline writer: no network, no model. It reads the input back out of the prompt's data block
 * (so replayed and retry prompts work too) and composes variants from that input alone, one angle
 * each (company summary/keywords, role, tech stack; generic openers when the context is thin). Every
 * fact it writes is an input value, and each message is shortened until the guardrails pass it
 * (word and channel limits included): a version that breaks a rule is never returned. A slot gets
 * its part alone (an opener or a P.S. per angle, calls to action from the goal); an SMS names the
 * sender after the greeting and ends with the opt-out.
 */
import type { PersonalizeRequest } from '@personalizer/shared';
import {
  countWords,
  EMAIL_LIMITS,
  greetingName,
  SMS_LIMITS,
  SMS_OPT_OUT_TEXTS,
  smsSegments,
  Tone,
  toSmsText,
} from '@personalizer/shared';
import { beginsAlike, normalizeMessage } from '../generation/pipeline.ts';
import { type PromptData, readPromptData } from '../generation/prompt.ts';
import { type Draft, GenerationError } from '../generation/types.ts';
import { checkVariant, isBlocking } from '../guardrails/index.ts';
import { INPUT_FLAGS } from '../guardrails/sms-compliance.ts';
import { FUNCTION_WORDS } from '../guardrails/text.ts';
import { LOCAL_PHRASEBOOKS } from './offline-phrases.ts';
import { capitalize, inSentence } from './phrasing.ts';
import type { Provider } from './provider.ts';

export const OFFLINE_MODEL = 'grounded-templates-v1';

export function createOfflineProvider(): Provider {
  return {
    name: 'offline',
    model: OFFLINE_MODEL,
    // Deterministic: the audit records the temperature that was in effect.
    temperature: 0,
    async complete(prompts) {
      const data = readPromptData(prompts.user);
      if (!data) {
        throw new GenerationError('PROVIDER_ERROR', 'The offline writer found no input data block in the prompt');
      }
      return JSON.stringify({ variants: writeOffline(data) });
    },
  };
}

/** The input values a message may use, cleaned up for use inside a sentence. */
export interface Facts {
  name: string;
  company: string | null;
  title: string | null;
  keywords: string[];
  tech: string[];
  /** The summary's first sentence, when it reads well after "I read that". */
  summary: string | null;
  goal: string;
  /** What the sender offers, as one sentence of its own, or null. */
  offer: string | null;
  /** One approved proof point, as a sentence, or null. */
  proof: string | null;
  /** The sender's name for the sign-off. */
  signature: string | null;
  /** Who is writing, as an SMS says it after the greeting ("this is Sam from RouteLoop."), or null. */
  smsIntro: string | null;
}

/** One way into the message: a full and a short opening sentence, and a subject line. */
export interface Angle {
  hook: string;
  shortHook: string;
  subject: string;
}

export function writeOffline({ request, count, avoid, soFar }: PromptData): Draft[] {
  const facts = factsOf(request, phrasebook(request));
  const seen = avoid.map(normalizeMessage);
  const drafts: Draft[] = [];
  // A part continues the message written so far for its variant: repeats count on the whole text,
  // and a part that starts a message to avoid the same way repeats it.
  const whole = (message: string) => normalizeMessage(`${soFar?.[drafts.length] ?? ''} ${message}`);
  const take = (draft: Draft) => {
    const written = whole(draft.message);
    if (seen.some((s) => beginsAlike(s, written))) return;
    seen.push(written);
    drafts.push(draft);
  };
  // Versions flagged for nothing but the request's own gaps first: one over the channel's limit goes
  // last, and the angles are checked only until enough are found.
  const later: Draft[] = [];
  for (const candidate of candidates(request, facts)) {
    if (drafts.length === count) break;
    const pick = best(request, candidate);
    if (pick?.clean) take(pick.draft);
    else if (pick) later.push(pick.draft);
  }
  for (const draft of later) if (drafts.length < count) take(draft);
  return drafts;
}

function factsOf(request: PersonalizeRequest, book: Phrasebook): Facts {
  const { lead, company_context: context, sender } = request;
  const offer = sender?.offer?.split(/(?<=[.!?])\s+/)[0]?.trim();
  const proof = sender?.proof_points[0]?.trim();
  return {
    // The name a person greets, as the greeting check expects it ("Dr. Amara" → Amara).
    name: greetingName(lead.first_name),
    company: lead.company_name ?? null,
    title: cleanTitle(lead.title),
    keywords: context.keywords.slice(0, 2),
    tech: context.tech_stack.slice(0, 2),
    summary: book.summary(context.summary),
    goal: request.goal.trim().replace(/[\s.!?;:,]+$/u, ''),
    offer: offer ? book.offer(offer, sender?.company) : null,
    // The first approved proof point, word for word: the only claim about the sender it may make.
    proof: proof ? book.proof(proof.replace(/[.!?]$/, '')) : null,
    signature: sender?.name ?? null,
    smsIntro: sender?.name || sender?.company ? book.smsIntro(sender.name, sender.company) : null,
  };
}

/** What the writer says in a language, and how it builds its openings and questions there. */
export interface Phrasebook {
  /** Who is writing, after an SMS's greeting ("this is Sam from RouteLoop."); name or company is set. */
  smsIntro(name: string | undefined, company: string | undefined): string;
  /** The offer's first sentence, as a sentence about the sender. */
  offer(offer: string, company: string | undefined): string;
  /** A proof point, introduced. */
  proof(proof: string): string;
  /** The company summary's first sentence when it reads well in an opening, else null. */
  summary(summary: string | undefined): string | null;
  angles(f: Facts, tone: Tone): Angle[];
  questions(f: Facts): Record<keyof Ctas, Record<Tone, string>>;
  greeting(name: string, tone: Tone): string;
  signOff: Record<Tone, string>;
  /** What follows an opener when there is no offer or proof to say. */
  bridge: string;
  /** Subjects to fall back on when an angle's is too long, longest first. */
  subjects(name: string): string[];
}

/** The offer as written, when it reads as a sentence; else introduced as what the sender offers. */
function offerSentence(offer: string, company: string | undefined): string {
  // "We cut…", "ChairFill automates…": already a sentence about the sender.
  const sentence =
    /^(we|our|i)\b/i.test(offer) || (company && offer.toLowerCase().startsWith(`${company.toLowerCase()} `));
  if (sentence) return /[.!?]$/.test(offer) ? offer : `${offer}.`;
  const who = company ? `At ${company}, we offer` : 'We offer';
  return `${who} ${offer[0]?.toLowerCase()}${offer.slice(1).replace(/[.!?]$/, '')}.`;
}

/** A plain role ("VP of Operations"); headlines ("Helping teams ship | VP Eng @ Acme") are not used. */
function cleanTitle(title: string | undefined): string | null {
  return title && !/[|·•@]/.test(title) && countWords(title) <= 8 ? title : null;
}

const FIRST_PERSON = /^(i|we|our|us|my|me)\b/i;

function firstSentence(summary: string | undefined): string | null {
  const sentence = summary?.split(/(?<=[.!?])\s+/)[0]?.trim();
  if (!sentence || FIRST_PERSON.test(sentence) || !/[.!]$/.test(sentence)) return null;
  const words = countWords(sentence);
  if (words < 5 || words > 30) return null;
  // "The company builds…" reads on after "I read that"; a name ("Acme builds…") keeps its capital.
  return /^(the|a|an|this|its|it|they)\b/i.test(sentence) ? sentence[0]?.toLowerCase() + sentence.slice(1) : sentence;
}

const list = (items: string[]) => items.join(' and ');

/** "Acme's", "Northwind Logistics'" */
const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/**
 * Angles in personalization order: company (summary, else keywords), role, tech stack; then the
 * keywords again when the summary took the first angle; then generic openers for thin context.
 * Every opening sentence starts with "I", so it also reads after "Hi Dana," on one line.
 */
function angles(f: Facts, tone: Tone): Angle[] {
  const at = f.company ? ` at ${f.company}` : '';
  const yours = f.company ? possessive(f.company) : "your team's";
  const [keyword] = f.keywords;
  const [tech] = f.tech;
  const out: Angle[] = [];
  const keywordAngle: Angle | null = keyword
    ? {
        hook: {
          PROFESSIONAL: `I noticed ${yours} focus on ${list(f.keywords)}.`,
          FRIENDLY: `I enjoyed seeing ${yours} work on ${list(f.keywords)}.`,
          DIRECT: `I looked at ${f.company ?? 'your work'}: ${list(f.keywords)} stood out.`,
        }[tone],
        shortHook: `I noticed your ${keyword} work.`,
        subject: `${capitalize(keyword)}${at}`,
      }
    : null;
  if (f.summary) {
    const opener = { PROFESSIONAL: 'I read', FRIENDLY: 'I was glad to read', DIRECT: 'I read' }[tone];
    // "Northwind builds…" reads on after "I read that"; a description ("Freight visibility software
    // for mid-size shippers.") is what was read about the company.
    const clause =
      /^(the|this|its|it|they)\b/i.test(f.summary) ||
      (f.company && f.summary.startsWith(f.company.split(' ')[0] ?? ''));
    out.push({
      hook: clause
        ? `${opener} that ${f.summary}`
        : `${opener} about ${f.company ?? 'your work'}: ${inSentence(f.summary)}`,
      shortHook: f.company || keyword ? `I read about ${f.company ?? keyword}.` : `${opener} that ${f.summary}`,
      subject: f.company ? `About ${f.company}` : 'About your work',
    });
  } else if (keywordAngle) {
    out.push(keywordAngle);
  }
  if (f.title) {
    const close = keyword ? `close to ${keyword}` : 'the right person to ask about this';
    out.push({
      hook: {
        PROFESSIONAL: `As ${f.title}${at}, you are likely ${close}.`,
        FRIENDLY: `I figured you'd be ${close}, since you're ${f.title}${at}.`,
        DIRECT: `Writing to you since you're ${f.title}${at}.`,
      }[tone],
      shortHook: `Writing since you're ${f.title}.`,
      subject: `For the ${f.title}${at}`,
    });
  }
  if (tech) {
    out.push({
      hook: {
        PROFESSIONAL: `I saw that ${f.company ?? 'your team'} works with ${list(f.tech)}.`,
        FRIENDLY: `I noticed ${f.company ?? 'your team'} runs on ${list(f.tech)}.`,
        DIRECT: `I see you work with ${list(f.tech)}${at}.`,
      }[tone],
      shortHook: `I saw you use ${tech}.`,
      subject: `${tech}${at}`,
    });
  }
  if (f.summary && keywordAngle) out.push(keywordAngle);
  if (f.company) {
    out.push({
      hook: `I came across ${f.company} and wanted to reach out to you directly.`,
      shortHook: `I came across ${f.company}.`,
      subject: `Reaching out to ${f.company}`,
    });
  }
  // Thin context: generic openers, still tied to the first fact there is, never to invented details.
  const about = keyword
    ? ` about ${keyword}`
    : tech
      ? ` about your ${tech} setup`
      : f.company
        ? ` about ${f.company}`
        : f.title
          ? ` for you as ${f.title}`
          : '';
  const useful = keyword
    ? ` for your work on ${keyword}`
    : tech
      ? ` for your ${tech} setup`
      : f.company
        ? ` for ${f.company}`
        : f.title
          ? ` for you as ${f.title}`
          : ' for you';
  const helps = keyword
    ? ` with ${keyword}`
    : tech
      ? ` with your ${tech} setup`
      : f.company
        ? ` ${f.company}`
        : f.title
          ? ` you as ${f.title}`
          : ' you';
  out.push(
    {
      hook: `I'm reaching out${about} with one specific idea.`,
      shortHook: `I have an idea${about || ' for you'}.`,
      subject: `An idea for you, ${f.name}`,
    },
    {
      hook: about ? `I'll keep this short: it's${about}.` : "I'll keep this short and to the point.",
      shortHook: about ? `I'll keep this short: it's${about}.` : "I'll keep this short.",
      subject: `A short question, ${f.name}`,
    },
    {
      hook: `I think this could be useful${useful}.`,
      shortHook: `I think this could help${helps}.`,
      subject: `A question for ${f.name}`,
    },
  );
  return out;
}

const ACTION_VERBS =
  /^(book|schedule|set up|arrange|get|share|show|introduce|explore|discuss|invite|offer|learn|ask|request|connect|meet|find|start|plan|review|talk|chat|present|see|demo|compare|walk)\b/i;

export interface Ctas {
  /** Tied to the goal. */
  tied: string;
  /** When the goal is too long to fit. */
  compact: string;
  /** For the tightest word limits. */
  minimal: string;
}

/** The closing questions in every tone, from tied to the goal to the shortest. */
function questions(f: Facts): Record<keyof Ctas, Record<Tone, string>> {
  const goal = inSentence(f.goal);
  const tied = ACTION_VERBS.test(f.goal)
    ? { PROFESSIONAL: `Would it make sense to ${goal}?`, FRIENDLY: `Could we ${goal}?`, DIRECT: `Can we ${goal}?` }
    : {
        PROFESSIONAL: `Would you be open to a short conversation about ${goal}?`,
        FRIENDLY: `Open to a quick chat about ${goal}?`,
        DIRECT: `Worth a quick call about ${goal}?`,
      };
  const compact = {
    PROFESSIONAL: 'Would you be open to a short conversation?',
    FRIENDLY: 'Would you be up for a quick chat?',
    DIRECT: 'Worth a quick call?',
  };
  const minimal = { PROFESSIONAL: 'Open to a call?', FRIENDLY: 'Up for a chat?', DIRECT: 'Quick call?' };
  return { tied, compact, minimal };
}

/** The closing questions of the tone. */
function ctas(f: Facts, tone: Tone, book: Phrasebook): Ctas {
  const { tied, compact, minimal } = book.questions(f);
  return { tied: tied[tone], compact: compact[tone], minimal: minimal[tone] };
}

/** A call to action on its own: each question is a candidate, the tone's own first, tied to the goal first. */
function ctaCandidates(f: Facts, tone: Tone, book: Phrasebook): string[][] {
  const byTone = (texts: Record<Tone, string>) => [
    texts[tone],
    ...Tone.options.filter((t) => t !== tone).map((t) => texts[t]),
  ];
  const { tied, compact, minimal } = book.questions(f);
  return [...byTone(tied), ...byTone(compact), ...byTone(minimal)].map((question) => [question]);
}

const ENGLISH: Phrasebook = {
  // A text names who is writing: the person and their company, or whichever of them is known.
  smsIntro: (name, company) => (name && company ? `this is ${name} from ${company}.` : `this is ${name ?? company}.`),
  offer: offerSentence,
  proof: (proof) => `For context: ${proof}.`,
  summary: firstSentence,
  angles,
  questions,
  greeting: (name, tone) => (tone === 'FRIENDLY' ? `Hi ${name}!` : `Hi ${name},`),
  signOff: { PROFESSIONAL: 'Best regards', FRIENDLY: 'Thanks!', DIRECT: 'Thanks' },
  bridge: 'That is why I am writing to you in particular.',
  subjects: (name) => [`A question for ${name}`, 'A short question'],
};

const phrasebook = (request: PersonalizeRequest): Phrasebook =>
  request.language === 'en' ? ENGLISH : LOCAL_PHRASEBOOKS[request.language];

function layout(f: Facts, request: PersonalizeRequest, greeting: string, body: string[], signOff: string | null) {
  switch (request.channel) {
    case 'EMAIL':
      return [greeting, ...body, ...(signOff ? [signOff] : [])].join('\n\n');
    case 'LINKEDIN':
      return `${greeting}\n\n${body.join(' ')}`;
    case 'SMS': {
      // Who is writing right after the greeting, and how to stop the texts at the end.
      const intro = f.smsIntro && (greeting.endsWith('!') ? capitalize(f.smsIntro) : f.smsIntro);
      // "Hi Dana, as VP of Operations…": the sentence goes on after the greeting's comma ("I" and names stay).
      const [first = '', ...rest] = body;
      const word = /^\p{L}+/u.exec(first)?.[0] ?? '';
      const goesOn = !intro && greeting.endsWith(',') && word !== 'I' && FUNCTION_WORDS.has(word.toLowerCase());
      const opening = goesOn ? inSentence(first) : first;
      return [greeting, intro, opening, ...rest, SMS_OPT_OUT_TEXTS[request.language]].filter(Boolean).join(' ');
    }
  }
}

/** One candidate variant: its versions, richest first. */
type Candidate = Draft[];

/** The candidates for what is asked: whole messages by angle, or the one part (slot). */
function candidates(request: PersonalizeRequest, f: Facts): Candidate[] {
  const book = phrasebook(request);
  const greeting = book.greeting(f.name, request.tone);
  const part = (messages: string[]) => messages.map((message) => ({ subject: null, message }));
  switch (request.slot) {
    case 'FULL':
      return book.angles(f, request.tone).map((angle) => versions(request, f, angle));
    // One line: it goes in at the SDR's cursor, where Enter is theirs to press.
    case 'OPENER':
      return book.angles(f, request.tone).map((a) =>
        // The first part of a MULTI_STEP email carries the subject (subjectFor: null otherwise).
        part([`${greeting} ${a.hook}`, `${greeting} ${a.shortHook}`]).map((d) => ({
          ...d,
          subject: subjectFor(request, f, a),
        })),
      );
    // The same offer may follow each opener: the openers already differ.
    case 'BODY':
      return [0, 1, 2].map(() => part(bodies(f, book.bridge)));
    case 'CTA':
      return ctaCandidates(f, request.tone, book).map(part);
    case 'PS':
      return book.angles(f, request.tone).map((a) => part([`P.S. ${a.hook}`, `P.S. ${a.shortHook}`]));
  }
}

/** What follows an opener: the offer and a proof point, or one of them, or a plain bridge. */
function bodies(f: Facts, bridge: string): string[] {
  const said = [[f.offer, f.proof], [f.offer], [f.proof]].map((parts) => parts.filter(Boolean).join(' '));
  return [...new Set([...said.filter(Boolean), bridge])];
}

/**
 * The richest version that the guardrails pass without a flag on its wording, else without an
 * error (e.g. a LinkedIn message over the connection-note length), and whether its only flags are
 * the request's own; null when every version breaks a rule.
 */
function best(request: PersonalizeRequest, candidate: Candidate): { draft: Draft; clean: boolean } | null {
  const checked = candidate.map((draft) => ({ draft, flags: checkVariant(request, draft) }));
  // Flags about the request (SMS consent, no sender) come with every version: they decide nothing.
  const clean = (c: (typeof checked)[number]) => c.flags.every((flag) => INPUT_FLAGS.has(flag.code));
  const usable = checked.filter((c) => !isBlocking(c.flags));
  const chosen = usable.find(clean) ?? usable.find((c) => withinTarget(request, c.draft)) ?? usable[0];
  return chosen ? { draft: chosen.draft, clean: clean(chosen) } : null;
}

/** A whole message from one angle, from the richest version (offer, proof, sign-off) to the shortest. */
function versions(request: PersonalizeRequest, f: Facts, angle: Angle): Candidate {
  const book = phrasebook(request);
  const greeting = book.greeting(f.name, request.tone);
  const { tied, compact, minimal } = ctas(f, request.tone, book);
  const email = request.channel === 'EMAIL';
  const subject = subjectFor(request, f, angle);
  const signOff = email
    ? f.signature
      ? `${book.signOff[request.tone]}${request.tone === 'FRIENDLY' ? '' : ','}\n${f.signature}`
      : book.signOff[request.tone]
    : null;
  const sender = [f.offer, f.proof].filter((s): s is string => s !== null);
  const bodies: [string[], string | null][] = [
    [[angle.hook, ...sender, tied], signOff],
    [[angle.hook, ...(f.offer ? [f.offer] : []), tied], signOff],
    [[angle.hook, tied], signOff],
    [[angle.hook, tied], null],
    [[angle.shortHook, tied], null],
    [[angle.hook, compact], null],
    [[angle.shortHook, compact], null],
    [[angle.shortHook, minimal], null],
  ];
  return bodies.map(([body, withSignOff]) => ({
    subject,
    message: layout(f, request, greeting, body, withSignOff),
  }));
}

/** What the writer aims for past the hard limits: an SMS of at most two segments. */
function withinTarget(request: PersonalizeRequest, draft: Draft): boolean {
  return request.channel !== 'SMS' || smsSegments(toSmsText(draft.message)).segments <= SMS_LIMITS.max_segments;
}

function subjectFor(request: PersonalizeRequest, f: Facts, angle: Angle): string | null {
  if (!request.constraints.include_subjects) return null;
  const max = EMAIL_LIMITS.subject_recommended_chars;
  return [angle.subject, ...phrasebook(request).subjects(f.name)].find((s) => s.length <= max) ?? null;
}
