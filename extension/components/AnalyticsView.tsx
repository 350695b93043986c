import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ratesBy } from '@/lib/analytics';
import { type ApiClient, describeError } from '@/lib/api';
import { RateChart } from './RateChart.tsx';

const RANGES = { '7': 'Last 7 days', '30': 'Last 30 days', '90': 'Last 90 days' } as const;
type Range = keyof typeof RANGES;
const DAY = 24 * 60 * 60 * 1000;

/** How often the SDR (or the team) picked a variant, by tone, by template and arm, and by channel. */
export function AnalyticsView(props: { api: ApiClient }) {
  const [range, setRange] = useState<Range>('30');
  const analytics = useQuery({
    queryKey: ['analytics', range],
    queryFn: () => {
      const to = new Date();
      return props.api.analytics(new Date(to.getTime() - Number(range) * DAY), to);
    },
  });
  const templates = useQuery({ queryKey: ['templates'], queryFn: () => props.api.templates() });
  const names = Object.fromEntries((templates.data?.templates ?? []).map((t) => [t.template_id, t.name]));
  const rows = analytics.data?.rows ?? [];
  const requests = rows.reduce((n, r) => n + r.requests, 0);
  const selections = rows.reduce((n, r) => n + r.selections, 0);
  return (
    <section className="analytics" aria-label="Analytics">
      <div className="card analytics-head">
        <label>
          Period
          <select name="range" value={range} onChange={(e) => setRange(e.target.value as Range)}>
            {(Object.entries(RANGES) as [Range, string][]).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {analytics.data && (
          <p className="analytics-total">
            <strong>{requests ? `${Math.round((selections / requests) * 100)}%` : '–'}</strong> of{' '}
            {analytics.data.scope === 'team' ? "the team's" : 'your'} {requests} requests ended in an insert
          </p>
        )}
      </div>
      {analytics.isPending && (
        <p className="status-line" role="status">
          Loading analytics…
        </p>
      )}
      {analytics.isError && (
        <div className="error-box" role="alert">
          <p>{describeError(analytics.error)}</p>
          <button type="button" onClick={() => analytics.refetch()}>
            Retry
          </button>
        </div>
      )}
      {analytics.isSuccess && requests === 0 && (
        <p className="notice">No requests in this period yet. Write a few, or pick a longer period.</p>
      )}
      {requests > 0 && (
        <>
          <RateChart title="Selection rate by tone" groups={ratesBy(rows, 'tone')} />
          <RateChart title="Selection rate by template and arm" groups={ratesBy(rows, 'template', names)} />
          <RateChart title="Selection rate by channel" groups={ratesBy(rows, 'channel')} />
        </>
      )}
    </section>
  );
}
