/** The history filters of GET /personalize, as a test of one listed item (applied as the list is walked). */
import type { HistoryItem, HistoryQuery } from '@personalizer/shared';

export type HistoryFilters = Pick<HistoryQuery, 'q' | 'channel' | 'status' | 'selected'>;

/** The test the query's filters make, or null when it sets none. */
export function historyFilter({
  q,
  channel,
  status,
  selected,
}: HistoryFilters): ((item: HistoryItem) => boolean) | null {
  const words = q?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  if (!words.length && !channel && !status && !selected) return null;
  return (item) => {
    if (channel && item.channel !== channel) return false;
    if (status && item.status !== status) return false;
    if (selected && item.selected !== (selected === 'true')) return false;
    // One line per field, so no word matches across two of them.
    const text = [item.lead_name, item.company_name ?? '', item.goal].join('\n').toLowerCase();
    return words.every((word) => text.includes(word));
  };
}
