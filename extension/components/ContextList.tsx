import { useState } from 'react';
import { type ContextItem, type ManualContext, TARGET_NAMES } from '@/lib/context';

// A company's facts travel with the lead's own words but are not about the person.
const targetName = (item: ContextItem) =>
  item.target === 'lead_context' && (item.source.kind === 'linkedin_company' || item.source.kind === 'website')
    ? 'Company fact'
    : TARGET_NAMES[item.target];

/** One context item: its source as a chip (linked when it has an address), its text, edit and remove. */
function ContextCard(props: { item: ContextItem; onChange: (text: string) => void; onRemove: () => void }) {
  const { item } = props;
  const [editing, setEditing] = useState(false);
  const label = item.source.label;
  return (
    <li className="context-item" data-testid="context-item" data-kind={item.source.kind}>
      <div className="context-head">
        <span className="chip" title={item.source.url ?? label}>
          {label}
        </span>
        <span className="target">{targetName(item)}</span>
        <button type="button" className="small" onClick={() => setEditing(!editing)}>
          {editing ? 'Done' : 'Edit'}
        </button>
        <button type="button" className="small" aria-label={`Remove ${label}`} onClick={props.onRemove}>
          ✕
        </button>
      </div>
      {editing ? (
        <textarea
          aria-label={`${label} text`}
          rows={5}
          value={item.text}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <p className="context-text">{item.text}</p>
      )}
    </li>
  );
}

/** The context: items read from the pages (each with its source) and the SDR's own notes. */
export function ContextList(props: {
  items: ContextItem[];
  onItems: (items: ContextItem[]) => void;
  manual: ManualContext;
  onManual: (manual: ManualContext) => void;
  /** Buttons that read more context: the company page on LinkedIn, the company's website. */
  actions?: { label: string; busyLabel: string; busy: boolean; run: () => void }[];
}) {
  const { items, manual } = props;
  // Filled from the page it stays folded (the SDR can open it); empty, it invites notes.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? items.length === 0;
  const typed = Object.values(manual).filter((v) => v.trim()).length;
  const update = (id: string, text: string) =>
    props.onItems(items.map((item) => (item.id === id ? { ...item, text } : item)));
  return (
    <details
      className="card context-section"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now !== open) setChosen(now);
      }}
    >
      <summary>
        <span className="section-title">Context</span>
        <span className="summary-note">{contextSummary(items, typed)}</span>
      </summary>
      {items.length > 0 && (
        <ul className="context" aria-label="Context from the page">
          {items.map((item) => (
            <ContextCard
              key={item.id}
              item={item}
              onChange={(text) => update(item.id, text)}
              onRemove={() => props.onItems(items.filter((i) => i.id !== item.id))}
            />
          ))}
        </ul>
      )}
      {!!props.actions?.length && (
        <div className="actions">
          {props.actions.map((action) => (
            <button key={action.label} type="button" onClick={action.run} disabled={action.busy}>
              {action.busy ? action.busyLabel : action.label}
            </button>
          ))}
        </div>
      )}
      <label>
        Summary (your notes)
        <textarea
          name="summary"
          rows={2}
          value={manual.summary}
          onChange={(e) => props.onManual({ ...manual, summary: e.target.value })}
        />
      </label>
      <label>
        Keywords (comma-separated)
        <input
          name="keywords"
          value={manual.keywords}
          onChange={(e) => props.onManual({ ...manual, keywords: e.target.value })}
        />
      </label>
      <label>
        Tech stack (comma-separated)
        <input
          name="tech_stack"
          value={manual.tech_stack}
          onChange={(e) => props.onManual({ ...manual, tech_stack: e.target.value })}
        />
      </label>
    </details>
  );
}

function contextSummary(items: ContextItem[], typed: number): string {
  const sources = [...new Set(items.map((i) => i.source.label))];
  const read = items.length ? `${items.length} from ${sources.join(', ')}` : 'Nothing read from the page';
  return typed ? `${read} · ${typed} typed` : read;
}
