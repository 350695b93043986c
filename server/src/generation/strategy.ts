/**
 * The template's strategy as a delimited section of the system prompt. Its text is the admins'
 * (or built in), never the request's, so the system prompt still holds nothing from the input.
 */
import type { Template } from '@personalizer/shared';

/** What the prompt needs of a template. */
export type Strategy = Pick<Template, 'template_id' | 'version' | 'name' | 'angle' | 'structure' | 'instructions'>;

const TAG = 'strategy';

export function strategySection(strategy: Strategy): string {
  // "<" escaped so no template text can close the section early.
  const field = (label: string, value: string) => `${label}: ${value.replaceAll('<', '‹')}`;
  return [
    '',
    `Writing strategy (template ${strategy.template_id} v${strategy.version}), in the ${TAG} section below. Follow it within the rules above; where they conflict, the rules win. All variants use this angle and structure, each with different wording and lead facts.`,
    `<${TAG}>`,
    field('Name', strategy.name),
    field('Angle', strategy.angle),
    field('Structure', strategy.structure),
    field('Instructions', strategy.instructions),
    `</${TAG}>`,
  ].join('\n');
}
