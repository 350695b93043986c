import type { Channel, HistoryItem, HistoryQuery, RequestStatus } from '@personalizer/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type ApiClient, describeError, type HistoryFilters } from '@/lib/api';
import { Select } from './Select';

const PAGE = 20;
const CHANNEL_NAMES: Record<Channel, string> = { EMAIL: 'Email', LINKEDIN: 'LinkedIn', SMS: 'SMS' };
const STATUS_NAMES: Record<RequestStatus, string> = { SUCCESS: 'Written', FAILED: 'Failed', PENDING: 'Writing' };

function Row(props: { item: HistoryItem; onOpen: (requestId: string) => void }) {
  const { item } = props;
  const when = new Date(item.created_at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li>
      <button
        type="button"
        className="history-item"
        onClick={() => props.onOpen(item.request_id)}
        disabled={item.status !== 'SUCCESS'}
      >
        <span className="history-who">
          {item.lead_name}
          {item.company_name ? <span className="muted"> · {item.company_name}</span> : null}
        </span>
        <span className="history-goal">{item.goal}</span>
        <span className="history-meta">
          <span className="chip">{CHANNEL_NAMES[item.channel]}</span>
          {item.status !== 'SUCCESS' && (
            <span className={`chip ${item.status.toLowerCase()}`}>{STATUS_NAMES[item.status]}</span>
          )}
          {item.selected && <span className="chip ok">Inserted</span>}
          <span className="muted">{when}</span>
        </span>
      </button>
    </li>
  );
}

/** Past requests, newest first: search by lead, company or goal, filter, page on; open one to see its variants. */
export function HistoryView(props: { api: ApiClient; onOpen: (requestId: string) => void }) {
  const [q, setQ] = useState('');
  const [channel, setChannel] = useState<Channel | ''>('');
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const [selected, setSelected] = useState<NonNullable<HistoryQuery['selected']> | ''>('');
  // One request per pause in typing, not per key.
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(q.trim()), 250);
    return () => clearTimeout(timer);
  }, [q]);
  const filters: HistoryFilters = {
    limit: PAGE,
    ...(search ? { q: search } : {}),
    ...(channel ? { channel } : {}),
    ...(status ? { status } : {}),
    ...(selected ? { selected } : {}),
  };
  const history = useInfiniteQuery({
    queryKey: ['history', filters],
    queryFn: ({ pageParam }) => props.api.history({ ...filters, ...(pageParam ? { before: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => last.next_before ?? undefined,
  });
  const items = history.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = !!(search || channel || status || selected);
  return (
    <section className="history" aria-label="History">
      <div className="card history-filters">
        <label>
          Search
          <input
            type="search"
            name="q"
            placeholder="Lead, company or goal"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <div className="row">
          <Select
            label="Channel"
            name="channel"
            any="Any"
            value={channel}
            options={CHANNEL_NAMES}
            onChange={setChannel}
          />
          <Select label="Status" name="status" any="Any" value={status} options={STATUS_NAMES} onChange={setStatus} />
          <Select
            label="Inserted"
            name="selected"
            any="Any"
            value={selected}
            options={{ true: 'Inserted', false: 'Not inserted' }}
            onChange={setSelected}
          />
        </div>
      </div>
      {history.isPending && (
        <p className="status-line" role="status">
          Loading history…
        </p>
      )}
      {history.isError && (
        <div className="error-box" role="alert">
          <p>{describeError(history.error)}</p>
          <button type="button" onClick={() => history.refetch()}>
            Retry
          </button>
        </div>
      )}
      {history.isSuccess && items.length === 0 && (
        <p className="notice">
          {filtered ? 'Nothing matches. Clear a filter or search for less.' : 'No requests yet: write one in Write.'}
        </p>
      )}
      {items.length > 0 && (
        <ul className="history-list" aria-label="Requests">
          {items.map((item) => (
            <Row key={item.request_id} item={item} onOpen={props.onOpen} />
          ))}
        </ul>
      )}
      {history.hasNextPage && (
        <button
          type="button"
          className="wide"
          onClick={() => history.fetchNextPage()}
          disabled={history.isFetchingNextPage}
        >
          {history.isFetchingNextPage ? 'Loading…' : 'Show older'}
        </button>
      )}
    </section>
  );
}
