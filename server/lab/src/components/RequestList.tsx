import { Channel, type HistoryItem, RequestStatus } from '@personalizer/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { LabClient } from '../api.ts';
import { type HistoryFilters, listHref, routeHref } from '../route.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { formatTime } from './format.ts';

/** The audited requests, newest first, searched and filtered by the server; "Older" pages back. */
export function RequestList(props: { api: LabClient; filters: HistoryFilters; onSignOut: () => void }) {
  const { api, filters } = props;
  const history = useInfiniteQuery({
    queryKey: ['history', filters],
    queryFn: ({ pageParam }) => api.history(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_before ?? undefined,
  });
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(filters).some((value) => value !== undefined);

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    window.location.hash = listHref(new FormData(event.currentTarget).entries());
  };

  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title">Requests</h1>
      {/* Re-mounted when the URL's filters change, so the fields show what is applied. */}
      <search>
        <form className="filters" onSubmit={search} key={JSON.stringify(filters)}>
          <label className="grow">
            Search
            <input name="q" type="search" defaultValue={filters.q ?? ''} placeholder="Lead, company or goal" />
          </label>
          <label>
            Channel
            <select name="channel" defaultValue={filters.channel ?? ''}>
              <option value="">Any</option>
              {Channel.options.map((channel) => (
                <option key={channel}>{channel}</option>
              ))}
            </select>
          </label>
          <label>
            Status
            <select name="status" defaultValue={filters.status ?? ''}>
              <option value="">Any</option>
              {RequestStatus.options.map((status) => (
                <option key={status}>{status}</option>
              ))}
            </select>
          </label>
          <label>
            Selected
            <select name="selected" defaultValue={filters.selected ?? ''}>
              <option value="">Any</option>
              <option value="true">A variant was picked</option>
              <option value="false">None picked</option>
            </select>
          </label>
          <button type="submit">Search</button>
        </form>
      </search>

      {history.isError && <ErrorNote error={history.error} onSignOut={props.onSignOut} />}
      {history.isPending && <p aria-live="polite">Loading…</p>}
      {history.isSuccess && items.length === 0 && (
        <p className="empty">
          {!filtered
            ? 'No requests yet.'
            : history.hasNextPage
              ? 'None among the latest; look at older ones.'
              : 'No request matches.'}
        </p>
      )}
      {items.length > 0 && (
        <table className="requests">
          <caption className="visually-hidden">Requests, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">Lead</th>
              <th scope="col">Company</th>
              <th scope="col">Channel</th>
              <th scope="col">Status</th>
              <th scope="col">Goal</th>
              <th scope="col">Picked</th>
              <th scope="col">Latency</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <Row key={item.request_id} item={item} />
            ))}
          </tbody>
        </table>
      )}
      {history.hasNextPage && (
        <button
          type="button"
          className="older"
          onClick={() => history.fetchNextPage()}
          disabled={history.isFetchingNextPage}
        >
          {history.isFetchingNextPage ? 'Loading…' : 'Older'}
        </button>
      )}
    </section>
  );
}

function Row({ item }: { item: HistoryItem }) {
  return (
    <tr>
      <td data-label="Created" className="created">
        {formatTime(item.created_at)}
      </td>
      <td data-label="Lead">
        <a href={routeHref({ view: 'record', requestId: item.request_id })}>{item.lead_name}</a>
        {item.replay_of && <span className="tag">replay</span>}
      </td>
      <td data-label="Company">{item.company_name ?? '—'}</td>
      <td data-label="Channel">{item.channel}</td>
      <td data-label="Status">
        <span className={`status status-${item.status.toLowerCase()}`}>{item.status}</span>
      </td>
      <td data-label="Goal" className="goal">
        {item.goal}
      </td>
      <td data-label="Picked">{item.selected ? 'yes' : 'no'}</td>
      <td data-label="Latency">{item.latency_ms === null ? '—' : `${item.latency_ms} ms`}</td>
    </tr>
  );
}
