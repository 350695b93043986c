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
  SMS_OPT_OUT_TEXT,
  smsSegments,
  Tone,
  toSmsText,
} from '@personalizer/shared';
import { beginsAlike, normalizeMessage } from '../generation/pipeline.ts';
import { type PromptData, readPromptData } from '../generation/prompt.ts';
import { type Draft, GenerationError } from '../generation/types.ts';
import { checkVariant, isBlocking } from '../guardrails/index.ts';
import { INPUT_FLAGS } from '../guardrails/sms-compliance.ts';
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
interface Facts {
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
interface Angle {
  hook: string;
  shortHook: string;
  subject: string;
}

export function writeOffline({ request, count, avoid, soFar }: PromptData): Draft[] {
  const facts = factsOf(request);
  const seen = avoid.map(normalizeMessage);
  const drafts: Draft[] = [];
  // A part continues the message written so far for its variant: repeats count on the whole text,
  // and a part that starts a message to avoid the same way repeats it.
  const whole = (message: string) => normalizeMessage(`${soFar?.[drafts.length] ?? ''} ${message}`);
  for (const candidate of candidates(request, facts)) {
    if (drafts.length === count) break;
    const draft = best(request, candidate);
    if (!draft) continue;
    const written = whole(draft.message);
    if (seen.some((s) => beginsAlike(s, written))) continue;
    seen.push(written);
    drafts.push(draft);
  }
  return drafts;
}

function factsOf(request: PersonalizeRequest): Facts {
  const { lead, company_context: context } = request;
  return {
    // The name a person greets, as the greeting check expects it ("Dr. Amara" → Amara).
    name: greetingName(lead.first_name),
    company: lead.company_name ?? null,
    title: cleanTitle(lead.title),
    keywords: context.keywords.slice(0, 2),
    tech: context.tech_stack.slice(0, 2),
    summary: firstSentence(context.summary),
    goal: request.goal.trim().replace(/[\s.!?;:,]+$/u, ''),
    offer: offerSentence(request),
    proof: proofSentence(request),
    signature: request.sender?.name ?? null,
    smsIntro: smsIntro(request),
  };
}

/** A text names who is writing: the person and their company, or whichever of them is known. */
function smsIntro(request: PersonalizeRequest): string | null {
  const { name, company } = request.sender ?? {};
  if (name && company) return `this is ${name} from ${company}.`;
  return name || company ? `this is ${name ?? company}.` : null;
}

/** The offer as written, when it reads as a sentence; else introduced as what the sender offers. */
function offerSentence(request: PersonalizeRequest): string | null {
  const offer = request.sender?.offer?.split(/(?<=[.!?])\s+/)[0]?.trim();
  if (!offer) return null;
  const company = request.sender?.company;
  // "We cut…", "ChairFill automates…": already a sentence about the sender.
  const sentence =
    /^(we|our|i)\b/i.test(offer) || (company && offer.toLowerCase().startsWith(`${company.toLowerCase()} `));
  if (sentence) return /[.!?]$/.test(offer) ? offer : `${offer}.`;
  const who = company ? `At ${company}, we offer` : 'We offer';
  return `${who} ${offer[0]?.toLowerCase()}${offer.slice(1).replace(/[.!?]$/, '')}.`;
}

/** The first approved proof point, word for word: the only claim about the sender it may make. */
function proofSentence(request: PersonalizeRequest): string | null {
  const proof = request.sender?.proof_points[0]?.trim();
  if (!proof) return null;
  return `For context: ${proof.replace(/[.!?]$/, '')}.`;
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
const capitalize = (s: string) => (s[0]?.toUpperCase() ?? '') + s.slice(1);

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
    const opener = { PROFESSIONAL: 'I read that', FRIENDLY: 'I was glad to read that', DIRECT: 'I read that' }[tone];
    out.push({
      hook: `${opener} ${f.summary}`,
      shortHook: f.company || keyword ? `I read about ${f.company ?? keyword}.` : `${opener} ${f.summary}`,
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

interface Ctas {
  /** Tied to the goal. */
  tied: string;
  /** When the goal is too long to fit. */
  compact: string;
  /** For the tightest word limits. */
  minimal: string;
}

/** The closing questions in every tone, from tied to the goal to the shortest. */
function questions(f: Facts): Record<keyof Ctas, Record<Tone, string>> {
  // A leading acronym or mixed-case name ("ROI review", "HubSpot setup") keeps its capital.
  const goal = /^\p{Lu}[\p{Lu}\p{N}]|^\p{Lu}\S*\p{Lu}/u.test(f.goal)
    ? f.goal
    : f.goal[0]?.toLowerCase() + f.goal.slice(1);
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
function ctas(f: Facts, tone: Tone): Ctas {
  const { tied, compact, minimal } = questions(f);
  return { tied: tied[tone], compact: compact[tone], minimal: minimal[tone] };
}

/** A call to action on its own: each question is a candidate, the tone's own first, tied to the goal first. */
function ctaCandidates(f: Facts, tone: Tone): string[][] {
  const byTone = (texts: Record<Tone, string>) => [
    texts[tone],
    ...Tone.options.filter((t) => t !== tone).map((t) => texts[t]),
  ];
  const { tied, compact, minimal } = questions(f);
  return [...byTone(tied), ...byTone(compact), ...byTone(minimal)].map((question) => [question]);
}

const SIGN_OFF: Record<Tone, string> = { PROFESSIONAL: 'Best regards', FRIENDLY: 'Thanks!', DIRECT: 'Thanks' };

function layout(f: Facts, request: PersonalizeRequest, greeting: string, body: string[], signOff: string | null) {
  switch (request.channel) {
    case 'EMAIL':
      return [greeting, ...body, ...(signOff ? [signOff] : [])].join('\n\n');
    case 'LINKEDIN':
      return `${greeting}\n\n${body.join(' ')}`;
    case 'SMS': {
      // Who is writing right after the greeting, and how to stop the texts at the end.
      const intro = f.smsIntro && (greeting.endsWith('!') ? capitalize(f.smsIntro) : f.smsIntro);
      return [greeting, intro, ...body, SMS_OPT_OUT_TEXT].filter(Boolean).join(' ');
    }
  }
}

const greetingFor = (request: PersonalizeRequest, f: Facts) =>
  request.tone === 'FRIENDLY' ? `Hi ${f.name}!` : `Hi ${f.name},`;

/** One candidate variant: its versions, richest first. */
type Candidate = Draft[];

/** The candidates for what is asked: whole messages by angle, or the one part (slot). */
function candidates(request: PersonalizeRequest, f: Facts): Candidate[] {
  const greeting = greetingFor(request, f);
  const part = (messages: string[]) => messages.map((message) => ({ subject: null, message }));
  switch (request.slot) {
    case 'FULL':
      return angles(f, request.tone).map((angle) => versions(request, f, angle));
    // One line: it goes in at the SDR's cursor, where Enter is theirs to press.
    case 'OPENER':
      return angles(f, request.tone).map((a) =>
        // The first part of a MULTI_STEP email carries the subject (subjectFor: null otherwise).
        part([`${greeting} ${a.hook}`, `${greeting} ${a.shortHook}`]).map((d) => ({
          ...d,
          subject: subjectFor(request, f, a),
        })),
      );
    // The same offer may follow each opener: the openers already differ.
    case 'BODY':
      return [0, 1, 2].map(() => part(bodies(f)));
    case 'CTA':
      return ctaCandidates(f, request.tone).map(part);
    case 'PS':
      return angles(f, request.tone).map((a) => part([`P.S. ${a.hook}`, `P.S. ${a.shortHook}`]));
  }
}

/** What follows an opener: the offer and a proof point, or one of them, or a plain bridge. */
function bodies(f: Facts): string[] {
  const said = [[f.offer, f.proof], [f.offer], [f.proof]].map((parts) => parts.filter(Boolean).join(' '));
  return [...new Set([...said.filter(Boolean), 'That is why I am writing to you in particular.'])];
}

/**
 * The richest version that the guardrails pass without a flag on its wording, else without an
 * error (e.g. a LinkedIn message over the connection-note length); null when every version breaks
 * a rule.
 */
function best(request: PersonalizeRequest, candidate: Candidate): Draft | null {
  const checked = candidate.map((draft) => ({ draft, flags: checkVariant(request, draft) }));
  // Flags about the request (SMS consent, no sender) come with every version: they decide nothing.
  const clean = (c: (typeof checked)[number]) => c.flags.every((flag) => INPUT_FLAGS.has(flag.code));
  const usable = checked.filter((c) => !isBlocking(c.flags));
  return (usable.find(clean) ?? usable.find((c) => withinTarget(request, c.draft)) ?? usable[0])?.draft ?? null;
}

/** A whole message from one angle, from the richest version (offer, proof, sign-off) to the shortest. */
function versions(request: PersonalizeRequest, f: Facts, angle: Angle): Candidate {
  const greeting = greetingFor(request, f);
  const { tied, compact, minimal } = ctas(f, request.tone);
  const email = request.channel === 'EMAIL';
  const subject = subjectFor(request, f, angle);
  const signOff = email
    ? f.signature
      ? `${SIGN_OFF[request.tone]}${request.tone === 'FRIENDLY' ? '' : ','}\n${f.signature}`
      : SIGN_OFF[request.tone]
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
  return [angle.subject, `A question for ${f.name}`, 'A short question'].find((s) => s.length <= max) ?? null;
}
