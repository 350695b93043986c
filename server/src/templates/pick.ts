/**
 * Which strategy a request is written with, as pure functions: the one it names, else the
 * template whose industry tags match its industry (first) or its keywords and summary, and where
 * an experiment covers the matched industry, one of its two arms chosen from the request id.
 */
import { createHash } from 'node:crypto';
import type { Arm } from '@personalizer/shared';

/** What selection needs to know of a template: its id and tags. */
export interface Candidate {
  template_id: string;
  industries: readonly string[];
}

export interface ExperimentArms {
  template_a: string;
  template_b: string;
  ratio_a: number;
}

/** The parts of a request's company_context that name its industry. */
export interface IndustryContext {
  industry?: string | undefined;
  summary?: string | undefined;
  keywords: readonly string[];
}

export interface Pick {
  template_id: string;
  arm?: Arm;
}

const normalize = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * Whether `tag` occurs in `text` as whole words, case-insensitively. By `indexOf`, not a pattern
 * built per tag: a request reads every template's tags against each of its texts.
 */
export function mentions(text: string, tag: string): boolean {
  return holds(normalize(text), normalize(tag));
}

/** `needle` in `hay` as whole words, both already normalised. */
function holds(hay: string, needle: string): boolean {
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!WORD_END.test(hay.slice(Math.max(0, at - 2), at)) && !WORD_START.test(hay.slice(end, end + 2))) return true;
  }
  return false;
}

/**
 * The best matching template and the tag it matched on: a tag in the stated industry outweighs
 * any number of keyword and summary matches; ties go to the earlier candidate.
 */
export function matchIndustry(
  context: IndustryContext,
  candidates: readonly Candidate[],
): { template_id: string; industry: string } | null {
  // Each text normalised once, not once per tag.
  const texts = [...context.keywords, context.summary ?? ''].map(normalize);
  const industry = context.industry ? normalize(context.industry) : '';
  let best: { template_id: string; industry: string; score: number } | null = null;
  for (const candidate of candidates) {
    let score = 0;
    let first: string | null = null;
    for (const raw of candidate.industries) {
      const tag = normalize(raw);
      const hits = (industry && holds(industry, tag) ? 1000 : 0) + texts.filter((t) => holds(t, tag)).length;
      if (hits > 0) first ??= tag;
      score += hits;
    }
    if (first && (!best || score > best.score)) best = { template_id: candidate.template_id, industry: first, score };
  }
  return best && { template_id: best.template_id, industry: best.industry };
}

/** A number in [0, 1) from the request id: the same id always lands in the same arm. */
export function bucketOf(request_id: string): number {
  return createHash('sha256').update(request_id).digest().readUInt32BE(0) / 2 ** 32;
}

export function assignArm(request_id: string, ratio_a: number): Arm {
  return bucketOf(request_id) < ratio_a ? 'A' : 'B';
}

/**
 * The pick for a request that named no template: the matched template, or the experiment's arm
 * when the matched template's industry (or any of its tags) has one.
 */
export function pickStrategy(
  request_id: string,
  context: IndustryContext,
  candidates: readonly Candidate[],
  experimentFor: (industry: string) => ExperimentArms | undefined,
): Pick | null {
  const match = matchIndustry(context, candidates);
  if (!match) return null;
  const tags = candidates.find((c) => c.template_id === match.template_id)?.industries ?? [];
  const industries = [match.industry, ...tags.map(normalize)];
  const experiment = industries.map(experimentFor).find((e) => e !== undefined);
  if (!experiment) return { template_id: match.template_id };
  const arm = assignArm(request_id, experiment.ratio_a);
  return { template_id: arm === 'A' ? experiment.template_a : experiment.template_b, arm };
}
