/** Risk flags that point at their words. */
import type { FlagCategory, RiskFlag, RiskFlagCode, TextField } from '@personalizer/shared';

/** A flag on the words text.slice(index, index + words.length) of a field, saying why. */
export function claimFlag(
  code: RiskFlagCode,
  category: FlagCategory,
  field: TextField,
  index: number,
  words: string,
  why: string,
): RiskFlag {
  return {
    code,
    category,
    severity: 'error',
    detail: `“${words}” is ${why}`,
    field,
    span: { start: index, end: index + words.length },
  };
}

/** A flag about the whole variant (or a whole field), with no span. */
export function variantFlag(
  code: RiskFlagCode,
  category: FlagCategory,
  severity: RiskFlag['severity'],
  detail: string,
  field: TextField | null = null,
): RiskFlag {
  return { code, category, severity, detail, field, span: null };
}
