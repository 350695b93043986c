/** Letter case inside the offline writer's sentences. */

export const capitalize = (s: string) => (s[0]?.toUpperCase() ?? '') + s.slice(1);

/**
 * Lower-cased to run on inside a sentence ("Book a call" → "book a call"); a leading acronym or
 * mixed-case name ("ROI review", "HubSpot setup") keeps its capital.
 */
export const inSentence = (s: string) =>
  /^\p{Lu}[\p{Lu}\p{N}]|^\p{Lu}\S*\p{Lu}/u.test(s) ? s : (s[0]?.toLowerCase() ?? '') + s.slice(1);
