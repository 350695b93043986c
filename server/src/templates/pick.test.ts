import { describe, expect, it } from 'vitest';
import { newRequestId } from '../ids.ts';
import { BUILTIN_TEMPLATES } from './builtins.ts';
import { assignArm, matchIndustry, mentions, pickStrategy } from './pick.ts';

const context = (c: { summary?: string; keywords?: string[]; industry?: string }) => ({
  keywords: [],
  tech_stack: [],
  ...c,
});

describe('matchIndustry', () => {
  it('matches tags as whole words, case-insensitively', () => {
    expect(mentions('Freight Visibility', 'freight')).toBe(true);
    expect(mentions('Developer  Tools for teams', 'developer tools')).toBe(true);
    expect(mentions('apiary supplies', 'api')).toBe(false);
    expect(mentions('Café-bar supplies', 'café')).toBe(true);
    expect(mentions('two cafés', 'café')).toBe(false);
    expect(mentions('ac-api, then api', 'api')).toBe(true);
  });

  it('reads keywords and summary, and lets the stated industry win', () => {
    const builtins = BUILTIN_TEMPLATES;
    expect(matchIndustry(context({ keywords: ['Freight visibility'] }), builtins)?.template_id).toBe(
      'builtin-logistics',
    );
    expect(matchIndustry(context({ summary: 'A HOSPITAL network in Ohio.' }), builtins)).toEqual({
      template_id: 'builtin-healthcare',
      industry: 'hospital',
    });
    const mixed = context({ keywords: ['freight', 'shipping'], industry: 'Fintech' });
    expect(matchIndustry(mixed, builtins)?.template_id).toBe('builtin-fintech');
    expect(matchIndustry(context({ summary: 'We grow tomatoes.' }), builtins)).toBeNull();
  });

  it('gives ties to the earlier candidate (team templates come first)', () => {
    const team = { template_id: 'tpl_00000000000000000000', industries: ['Logistics'] };
    expect(matchIndustry(context({ industry: 'logistics' }), [team, ...BUILTIN_TEMPLATES])?.template_id).toBe(
      team.template_id,
    );
  });
});

describe('assignArm', () => {
  it.each([0.5, 0.2, 0.9])('splits 20,000 request ids at the ratio %s', (ratio) => {
    const ids = Array.from({ length: 20_000 }, (_, i) => newRequestId(1_770_000_000_000 + i));
    const shareA = ids.filter((id) => assignArm(id, ratio) === 'A').length / ids.length;
    expect(Math.abs(shareA - ratio)).toBeLessThan(0.015);
  });

  it('is deterministic and honours the edges', () => {
    const id = newRequestId();
    expect(new Set(Array.from({ length: 5 }, () => assignArm(id, 0.5))).size).toBe(1);
    expect(assignArm(id, 0)).toBe('B');
    expect(assignArm(id, 1)).toBe('A');
  });

  it('assigns an arm only where an experiment covers the matched industry', () => {
    const arms = { template_a: 'builtin-logistics', template_b: 'tpl_00000000000000000000', ratio_a: 0 };
    const freight = context({ keywords: ['freight'] });
    expect(pickStrategy('req_x', freight, BUILTIN_TEMPLATES, (i) => (i === 'logistics' ? arms : undefined))).toEqual({
      template_id: arms.template_b,
      arm: 'B',
    });
    expect(pickStrategy('req_x', freight, BUILTIN_TEMPLATES, () => undefined)).toEqual({
      template_id: 'builtin-logistics',
    });
  });
});
