/**
 * Personalization slots: a request may ask for one part of a message instead of the whole, for
 * the SDR to insert at the cursor of a message they are writing. Each part has its own shape and
 * word budget; subjects belong to whole emails only.
 */
import { z } from 'zod';
import { type CHANNELS, type LINKEDIN_FORMATS, type WordBounds, wordBounds } from './limits.ts';

/** FULL: the whole message; OPENER: greeting and reason; CTA: the closing question; PS: one line. */
export const MESSAGE_SLOTS = ['FULL', 'OPENER', 'CTA', 'PS'] as const;
export const MessageSlot = z.enum(MESSAGE_SLOTS);
export type MessageSlot = z.infer<typeof MessageSlot>;
export type PartSlot = Exclude<MessageSlot, 'FULL'>;

/** An opener is a sentence or two, a call to action one question, a P.S. one line. */
export const SLOT_WORDS: Record<PartSlot, WordBounds> = {
  OPENER: { min: 8, default: 35, max: 60 },
  CTA: { min: 5, default: 25, max: 40 },
  PS: { min: 5, default: 25, max: 40 },
};

/** Word bounds for what is written: the part's when a slot is asked for, else the message's. */
export function partWordBounds(
  channel: (typeof CHANNELS)[number],
  format: (typeof LINKEDIN_FORMATS)[number] | undefined,
  slot: MessageSlot = 'FULL',
): WordBounds {
  return slot === 'FULL' ? wordBounds(channel, format) : SLOT_WORDS[slot];
}
