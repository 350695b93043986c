/** The analytics rows folded into selection rates along one dimension, for the panel's chart. */
import type { AnalyticsRow } from '@personalizer/shared';

export type Dimension = 'tone' | 'template' | 'channel';

export interface GroupRate {
  label: string;
  requests: number;
  selections: number;
  /** selections / requests; null with no requests. */
  rate: number | null;
}

const TONE_NAMES: Record<string, string> = { PROFESSIONAL: 'Professional', FRIENDLY: 'Friendly', DIRECT: 'Direct' };
const CHANNEL_NAMES: Record<string, string> = { EMAIL: 'Email', LINKEDIN: 'LinkedIn', SMS: 'SMS' };

function labelOf(row: AnalyticsRow, by: Dimension, templateNames: Record<string, string>): string {
  if (by === 'tone') return TONE_NAMES[row.tone] ?? row.tone;
  if (by === 'channel') return CHANNEL_NAMES[row.channel] ?? row.channel;
  if (row.template_id === null) return 'No template';
  const name = templateNames[row.template_id] ?? row.template_id;
  return row.arm ? `${name} · arm ${row.arm}` : name;
}

/** Sums requests and selections per group, most requests first. */
export function ratesBy(rows: AnalyticsRow[], by: Dimension, templateNames: Record<string, string> = {}): GroupRate[] {
  const groups = new Map<string, GroupRate>();
  for (const row of rows) {
    const label = labelOf(row, by, templateNames);
    const group = groups.get(label) ?? { label, requests: 0, selections: 0, rate: null };
    group.requests += row.requests;
    group.selections += row.selections;
    group.rate = group.requests ? group.selections / group.requests : null;
    groups.set(label, group);
  }
  return [...groups.values()].sort((a, b) => b.requests - a.requests || a.label.localeCompare(b.label));
}
