import { useQuery } from '@tanstack/react-query';
import { type ApiClient, describeError } from '@/lib/api';

/** Recent requests, newest first; click one to re-open its variants. */
export function HistoryList(props: { api: ApiClient; onOpen: (requestId: string) => void }) {
  const history = useQuery({ queryKey: ['history'], queryFn: () => props.api.history(20) });
  if (history.isPending) return <p>Loading…</p>;
  if (history.isError) return <p className="error-box">{describeError(history.error)}</p>;
  if (history.data.items.length === 0) return <p>No requests yet.</p>;
  return (
    <ul className="history">
      {history.data.items.map((item) => (
        <li key={item.request_id}>
          <button type="button" onClick={() => props.onOpen(item.request_id)} disabled={item.status !== 'SUCCESS'}>
            {item.lead_name}
            {item.company_name ? ` · ${item.company_name}` : ''} · {item.channel} · {item.status}
          </button>
          <div className="length">
            {new Date(item.created_at).toLocaleString()} — {item.goal}
          </div>
        </li>
      ))}
    </ul>
  );
}
