/**
 * Presumed pains: a problem stated as the lead's fact ("I know Acme is struggling with…", "given
 * the outages you had", "your biggest headache"). A sentence presumes a pain when it refers to the
 * lead, names a problem, and neither asks nor hedges ("if X is on your radar", "teams in your
 * position often weigh…"). The problem is sourced only by what the input says about the lead —
 * the goal is the sender's aim, not a fact about the lead.
 */
import type { RiskFlag, TextField } from '@personalizer/shared';
import { anyWordIn, type InputFacts } from './facts.ts';
import { claimFlag } from './flag.ts';
import { fold, hits, isHedged, type Sentence } from './text.ts';

const PROBLEM =
  /\b(?:struggl\w*|headaches?|pain points?|painful|pains|bottlenecks?|challenges|challenging|problems?|issues|trouble\w*|frustrat\w*|outages?|downtime|incidents|churn\w*|backlogs?|delays|delayed|inefficien\w*|bleeding|drowning|buried (?:in|under)|swamped|overwhelm\w*|firefight\w*|scrambl\w*|stretched(?: thin)?|falling behind|fall behind|behind on|losing|lose|leaking|leaky|broken|messy|mess|chaos|chaotic|clunky|spreadsheet hell|by hand|manual(?:ly)?|stalled|stalling|stall|stuck|tough|rough|a grind|grinding|hard time|difficult|costly|spiking|spiked|ballooning|skyrocketing|creeping up|creeping|rising|climbing|killing|hurting|eating (?:into|up)|plagued|dealing with|wrestling with|grappling with|battling|fighting|suffering|complain\w*|gripes?|burnout|burned out|burnt out|turnover|attrition|errors|mistakes|slipp(?:ed|ing)|slipped|dropp(?:ed|ing) off|dropped|declin(?:ed|ing)|fallen|falling|down (?:\d+|sharply|significantly)|worse|worsening|missed|missing (?:targets|deadlines|sla|slas|quota)|under pressure|pressure to|budget cuts|layoffs|short-?staffed|understaffed|can't keep up|cannot keep up|hard to keep up|keeping up with|not easy|can't be easy|no easy|nightmare|pain|losses|gaps|flagged|penalt(?:y|ies)|fines?|backlash|bad reviews|negative reviews|complaints|no-shows|denials?|write-offs?|overruns?|overtime|bottlenecked|waste|wasted|wasting|(?:above|below|higher than|lower than) (?:where it should|target|benchmark|average|industry)|up (?:\d+|sharply|significantly|this year|again)|hit hard|taking a hit|took a hit|break|breaks|breaking|fail|fails|failing|failures?|crash\w*|dipp?(?:ed|ing)?|dips|lagg?(?:ing|ed)|overdue|pil(?:e|ed|ing) up|keeps? (?:\w+ing)|complain(?:ing|ts?)?)\b/g;
/** Presumption markers that make even a sympathetic sentence an assertion. */
/** What a product can do is not a fact about the lead's problems. */
const CAPABILITY = /\bcan\b(?!['’]t|not)|\b(?:helps?|lets?|flags?|catches|spots|prevents?|fixes|surfaces|removes?)\b/;
const PRESUMES =
  /\b(keeps? (?:breaking|failing|crashing|slipping|complaining|dropping|getting|missing|losing|piling|coming)|i know|i bet|i'm sure|i am sure|i imagine|i can imagine|i can tell|i gather|clearly|obviously|no doubt|must be|must have|given (?:the|your|how)|since (?:your|the)|with (?:all )?(?:the|your)|after (?:the|your)|between (?:the|your))\b/;

export function checkPains(sentences: Sentence[], field: TextField, facts: InputFacts): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const sentence of sentences) {
    const text = fold(sentence.text);
    if (sentence.question) continue;
    // "I know turnover has been rough" presumes about the lead without naming them.
    const presumes = PRESUMES.test(text);
    if (!presumes && (!facts.leadRef.test(text) || isHedged(sentence.text) || CAPABILITY.test(text))) continue;
    const problem = hits(sentence, PROBLEM).find((h) => !anyWordIn(h.text, facts.lead));
    if (!problem) continue;
    flags.push(
      claimFlag(
        'UNSOURCED_CLAIM',
        'pain',
        field,
        problem.index,
        problem.text,
        'a problem presumed about the lead that the input does not state',
      ),
    );
  }
  return flags;
}
