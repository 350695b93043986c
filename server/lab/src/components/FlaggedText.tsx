import { type RiskFlag, segments, type TextField } from '@personalizer/shared';

/** A field's text with each flagged span marked; the mark's title says which rules it breaks. */
export function FlaggedText(props: { text: string; flags: RiskFlag[]; field: TextField }) {
  return segments(props.text, props.flags, props.field).map((run, i) => {
    if (run.flags.length === 0) return run.text;
    const severity = run.flags.some((f) => f.severity === 'error') ? 'error' : 'warning';
    return (
      <mark
        // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reorder
        key={i}
        className={`flag flag-${severity}`}
        title={run.flags.map((f) => `${f.code}: ${f.detail}`).join('\n')}
      >
        {run.text}
      </mark>
    );
  });
}
