import { z } from 'zod';

/** A user's stable id: `usr_` + 20 base-36 characters; it never changes when tokens do. */
export const UserId = z.string().regex(/^usr_[0-9a-z]{20}$/, 'must be a user id such as usr_…');
export type UserId = z.infer<typeof UserId>;

/** member: their own requests only; admin: everyone's, user management and lead erasure. */
export const UserRole = z.enum(['member', 'admin']);
export type UserRole = z.infer<typeof UserRole>;

/** The user an access token belongs to, as the server knows it for each request. */
export const AuthUser = z.strictObject({
  user_id: UserId,
  name: z.string(),
  role: UserRole,
});
export type AuthUser = z.infer<typeof AuthUser>;
