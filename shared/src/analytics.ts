import { z } from 'zod';
import { Channel, Tone } from './schemas.ts';
import { Arm, TemplateId } from './templates.ts';

/** GET /analytics?from=&to=: requests created in [from, to). */
export const AnalyticsQuery = z
  .strictObject({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) })
  .refine((q) => Date.parse(q.from) < Date.parse(q.to), { message: 'must be after from', path: ['to'] });
export type AnalyticsQuery = z.infer<typeof AnalyticsQuery>;

/** A proportion with its 95% Wilson score interval; null when there was nothing to count. */
export const Rate = z.strictObject({ value: z.number(), low: z.number(), high: z.number() }).nullable();
export type Rate = z.infer<typeof Rate>;

/** One template × arm × tone × channel cell. */
export const AnalyticsRow = z.strictObject({
  /** null: requests no template applied to. */
  template_id: TemplateId.nullable(),
  arm: Arm.nullable(),
  tone: Tone,
  channel: Channel,
  /** Successful requests (variants shown to the SDR). */
  requests: z.int(),
  /** Requests whose SDR picked a variant. */
  selections: z.int(),
  selection_rate: Rate,
  /** Of the selections, the share whose (latest) pick was edited before insert. */
  edited_share: z.number().nullable(),
  /** Of the variants shown, the share with at least one error flag. */
  flagged_share: z.number().nullable(),
  variants: z.int(),
});
export type AnalyticsRow = z.infer<typeof AnalyticsRow>;

export const AnalyticsResponse = z.strictObject({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  /** own: the caller's requests (members); team: everyone's (admins). */
  scope: z.enum(['own', 'team']),
  rows: z.array(AnalyticsRow),
});
export type AnalyticsResponse = z.infer<typeof AnalyticsResponse>;
