import { z } from 'zod';
import { LINKEDIN_FORMATS, LINKEDIN_TIERS } from './limits.ts';

/** CONNECTION_NOTE, MESSAGE or INMAIL: what a LINKEDIN request writes (limits in limits.ts). */
export const LinkedInFormat = z.enum(LINKEDIN_FORMATS);
export type LinkedInFormat = z.infer<typeof LinkedInFormat>;
/** The sender's account: free accounts get 200 characters for a connection note, Premium 300. */
export const LinkedInTier = z.enum(LINKEDIN_TIERS);
export type LinkedInTier = z.infer<typeof LinkedInTier>;
