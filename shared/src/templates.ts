import { z } from 'zod';
import { text } from './text.ts';

/** Built-ins: `builtin-<slug>`; team templates: `tpl_` + 20 base-36 characters. */
export const TemplateId = z
  .string()
  .regex(/^(builtin-[a-z0-9-]{1,40}|tpl_[0-9a-z]{20})$/, 'must be a template id such as builtin-saas or tpl_…');
export type TemplateId = z.infer<typeof TemplateId>;

/** The two arms of an A/B experiment. */
export const Arm = z.enum(['A', 'B']);
export type Arm = z.infer<typeof Arm>;

/** An industry tag, matched case-insensitively against the request's industry, keywords and summary. */
export const IndustryTag = text(60, 2).refine((s) => !/[.$]/.test(s), 'must not contain "." or "$"');

/**
 * A prompt strategy: how to approach the lead (angle), how to build the message (structure) and
 * extra instructions. Guidance only: no canned example messages, no facts to claim.
 */
export const TemplateStrategy = z.strictObject({
  name: text(120, 1),
  industries: z.array(IndustryTag).min(1).max(20, 'must have at most 20 entries'),
  angle: text(500, 1),
  structure: text(1000, 1),
  instructions: text(2000, 1),
});
export type TemplateStrategy = z.output<typeof TemplateStrategy>;

export const TemplateStatus = z.enum(['active', 'retired']);

/** A template at one version; editing a team template makes a new version, retiring keeps it readable. */
export const Template = TemplateStrategy.extend({
  template_id: TemplateId,
  version: z.int().min(1),
  status: TemplateStatus,
  /** Shipped in code (read-only), or the team's own. */
  builtin: z.boolean(),
  updated_at: z.iso.datetime().nullable(),
});
export type Template = z.infer<typeof Template>;

/** GET /templates: the built-ins, then the team's (retired ones too, marked). */
export const TemplateList = z.strictObject({ templates: z.array(Template) });
export type TemplateList = z.infer<typeof TemplateList>;

/** GET /templates/{id}?version=n: an older version (for old audits). */
export const TemplateVersionQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });

/** PUT /experiments/{industry}: two templates compared on that industry; `ratio_a` of requests get A. */
export const ExperimentRequest = z
  .strictObject({
    template_a: TemplateId,
    template_b: TemplateId,
    ratio_a: z.number().min(0).max(1).default(0.5),
  })
  .refine((e) => e.template_a !== e.template_b, {
    message: 'the two arms need different templates',
    path: ['template_b'],
  });
export type ExperimentRequest = z.output<typeof ExperimentRequest>;

export const Experiment = z.strictObject({
  /** The industry tag, lower case. */
  industry: z.string(),
  template_a: TemplateId,
  template_b: TemplateId,
  ratio_a: z.number(),
  updated_at: z.iso.datetime(),
});
export type Experiment = z.infer<typeof Experiment>;

export const ExperimentList = z.strictObject({ experiments: z.array(Experiment) });
export type ExperimentList = z.infer<typeof ExperimentList>;

/** What the audit keeps of the strategy a prompt was built with (absent when none applied). */
export const AuditStrategyFields = {
  template_id: TemplateId.optional(),
  /** The template's version (template_version is the prompt builder's). */
  strategy_version: z.int().optional(),
  /** Set when an experiment assigned the request to an arm. */
  arm: Arm.optional(),
};
