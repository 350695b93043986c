/**
 * Personalization slots: a request may ask for one part of a message instead of the whole, for
 * the SDR to insert at the cursor of a message they are writing. Each part has its own shape and
 * word budget; subjects belong to whole emails only.
 */
import { z } from 'zod';
import { type CHANNELS, type LINKEDIN_FORMATS, type WordBounds, wordBounds } from './limits.ts';

/**
 * FULL: the whole message; OPENER: greeting and reason; BODY: what follows the opener (offer, proof),
 * without greeting or question; CTA: the closing question; PS: one line.
 */
export const MESSAGE_SLOTS = ['FULL', 'OPENER', 'BODY', 'CTA', 'PS'] as const;
export const MessageSlot = z.enum(MESSAGE_SLOTS);
export type MessageSlot = z.infer<typeof MessageSlot>;
export type PartSlot = Exclude<MessageSlot, 'FULL'>;

/** An opener is a sentence or two, a call to action one question, a P.S. one line. */
export const SLOT_WORDS: Record<PartSlot, WordBounds> = {
  OPENER: { min: 8, default: 35, max: 60 },
  BODY: { min: 8, default: 45, max: 120 },
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

/** SINGLE: one model call writes whole messages; MULTI_STEP: opener → body → call to action, a call each. */
export const GENERATION_MODES = ['SINGLE', 'MULTI_STEP'] as const;
export const GenerationMode = z.enum(GENERATION_MODES);
export type GenerationMode = z.infer<typeof GenerationMode>;

/** Under this many words a MULTI_STEP message has no room for three parts: write it in one call. */
export const MULTI_STEP_MIN_WORDS = 40;

/** The parts a MULTI_STEP request is written in, in order. */
export const STEPS = ['OPENER', 'BODY', 'CTA'] as const satisfies readonly PartSlot[];
export type Step = (typeof STEPS)[number];
