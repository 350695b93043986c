import type { RiskFlag, TextField } from './schemas.ts';

/** A run of a field's text with the flags that point into it (none for plain text). */
export interface Segment {
  text: string;
  flags: RiskFlag[];
}

/**
 * Cuts a field's text at every flagged span's edges so each run can be shown as plain or marked
 * text; overlapping spans mark the run with every flag that covers it. Spans outside the text (an
 * edited message) are ignored.
 */
export function segments(text: string, flags: RiskFlag[], field: TextField): Segment[] {
  const spans = flags.filter(
    (f): f is RiskFlag & { span: { start: number; end: number } } =>
      f.field === field && f.span !== null && f.span.start < f.span.end && f.span.end <= text.length,
  );
  const cuts = [...new Set([0, text.length, ...spans.flatMap((f) => [f.span.start, f.span.end])])].sort(
    (a, b) => a - b,
  );
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i] as number, cuts[i + 1] as number];
    const covering = spans.filter((f) => f.span.start <= start && end <= f.span.end);
    const last = out.at(-1);
    if (last && last.flags.length === 0 && covering.length === 0) last.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), flags: covering });
  }
  return out;
}

/** The error flags an SDR must confirm before inserting: what is unsupported, in their words. */
export function blockingFlags(flags: RiskFlag[]): RiskFlag[] {
  return flags.filter((f) => f.severity === 'error');
}
