/** GET /analytics: selection numbers per template × arm × tone × channel over a time range. */
import type { AnalyticsQuery, AnalyticsResponse, AnalyticsRow } from '@personalizer/shared';
import type { AuditStore, TallyRow, Viewer } from '../store/audit-store.ts';
import { wilson95 } from './wilson.ts';

export function toAnalyticsRow(t: TallyRow): AnalyticsRow {
  return {
    template_id: t.template_id,
    arm: t.arm,
    tone: t.tone,
    channel: t.channel,
    requests: t.requests,
    selections: t.selections,
    selection_rate: wilson95(t.selections, t.requests),
    edited_share: t.selections ? t.edited / t.selections : null,
    flagged_share: t.variants ? t.flagged / t.variants : null,
    variants: t.variants,
  };
}

export async function selectionAnalytics(
  query: AnalyticsQuery,
  viewer: Viewer,
  store: Pick<AuditStore, 'tallies'>,
): Promise<AnalyticsResponse> {
  const tallies = await store.tallies({ from: new Date(query.from), to: new Date(query.to) }, viewer);
  return { ...query, scope: viewer.role === 'admin' ? 'team' : 'own', rows: tallies.map(toAnalyticsRow) };
}
