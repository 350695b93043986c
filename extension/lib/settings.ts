import type { LinkedInTier } from '@personalizer/shared';
import { storage } from 'wxt/utils/storage';

export const serverUrl = storage.defineItem<string>('local:serverUrl', { fallback: 'http://127.0.0.1:8787' });
export const accessToken = storage.defineItem<string>('local:accessToken', { fallback: '' });
export const recentGoals = storage.defineItem<string[]>('local:recentGoals', { fallback: [] });

/** Keeps the last few goals, newest first, for the goal field's suggestions. */
export async function rememberGoal(goal: string): Promise<void> {
  const goals = await recentGoals.getValue();
  await recentGoals.setValue([goal, ...goals.filter((g) => g !== goal)].slice(0, 8));
}

/** The sender's LinkedIn account: a free account's connection note holds 200 characters, Premium's 300. */
export const linkedinTier = storage.defineItem<LinkedInTier>('local:linkedinTier', { fallback: 'FREE' });
