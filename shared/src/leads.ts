import { z } from 'zod';

/**
 * DELETE /leads: the lead to erase, by the email or the LinkedIn profile URL it was sent with
 * (either or both). Sent in the body, never the URL, so the address stays out of access logs.
 */
export const EraseLeadRequest = z
  .strictObject({
    email: z.email('must be an email address').max(254).optional(),
    profile_url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(2048)
      .optional(),
  })
  .refine((lead) => lead.email !== undefined || lead.profile_url !== undefined, {
    message: 'give an email, a profile_url or both',
    path: ['email'],
  });
export type EraseLeadRequest = z.infer<typeof EraseLeadRequest>;

/** How many documents the erasure removed from each collection. */
export const ErasedCounts = z.strictObject({
  requests: z.int().min(0),
  prompts: z.int().min(0),
  outputs: z.int().min(0),
});
export type ErasedCounts = z.infer<typeof ErasedCounts>;

export const EraseLeadResponse = z.strictObject({ erased: ErasedCounts });
export type EraseLeadResponse = z.infer<typeof EraseLeadResponse>;
