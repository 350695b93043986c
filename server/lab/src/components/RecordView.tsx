import type { AuditOutput, AuditPrompt, AuditRecord } from '@personalizer/shared';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { LabClient } from '../api.ts';
import { routeHref } from '../route.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { formatTime } from './format.ts';
import { ReplayPanel } from './ReplayPanel.tsx';
import { VariantView } from './VariantView.tsx';

/** One audited request whole: input, each attempt's prompts and output, selections, and a replay. */
export function RecordView(props: { api: LabClient; requestId: string; onSignOut: () => void }) {
  const { api, requestId } = props;
  const record = useQuery({ queryKey: ['record', requestId], queryFn: () => api.record(requestId) });
  return (
    <article className="record" aria-labelledby="record-title">
      <p>
        <a href={routeHref({ view: 'list', filters: {} })}>← All requests</a>
      </p>
      <h1 id="record-title">
        Request <code>{requestId}</code>
      </h1>
      {record.isPending && <p aria-live="polite">Loading…</p>}
      {record.isError && <ErrorNote error={record.error} onSignOut={props.onSignOut} />}
      {record.data && <RecordBody api={api} record={record.data} />}
    </article>
  );
}

function RecordBody({ api, record }: { api: LabClient; record: AuditRecord }) {
  const { request } = record;
  const attempts = [...new Set([...record.prompts, ...record.outputs].map((x) => x.attempt))].sort((a, b) => a - b);
  const firstPrompt = record.prompts.find((p) => p.attempt === 1);
  return (
    <>
      <dl className="facts">
        <Fact name="Status">
          <span className={`status status-${request.status.toLowerCase()}`}>{request.status}</span>
        </Fact>
        <Fact name="Created">{formatTime(request.created_at)}</Fact>
        <Fact name="Latency">{request.latency_ms === null ? '—' : `${request.latency_ms} ms`}</Fact>
        <Fact name="Model calls">{request.attempts ?? '—'}</Fact>
        {request.owner_id && (
          <Fact name="Owner">
            <code>{request.owner_id}</code>
          </Fact>
        )}
        {request.template_id && (
          <Fact name="Template">
            {request.template_id} {request.strategy_version}
            {request.arm ? ` (arm ${request.arm})` : ''}
          </Fact>
        )}
        {request.replay_of && (
          <Fact name="Replay of">
            <a href={routeHref({ view: 'record', requestId: request.replay_of })}>{request.replay_of}</a>
          </Fact>
        )}
        {request.error && (
          <Fact name="Error">
            <code>{request.error.code}</code> {request.error.message}
          </Fact>
        )}
      </dl>

      <section aria-labelledby="input-title">
        <h2 id="input-title">Input</h2>
        <Block text={JSON.stringify(request.input, null, 2)} />
      </section>

      {firstPrompt ? (
        <ReplayPanel api={api} requestId={request.request_id} firstPrompt={firstPrompt} />
      ) : (
        <p className="hint">No stored prompt: this request cannot be replayed.</p>
      )}

      {attempts.map((attempt) => (
        <Attempt
          key={attempt}
          attempt={attempt}
          prompts={record.prompts.filter((p) => p.attempt === attempt)}
          outputs={record.outputs.filter((o) => o.attempt === attempt)}
        />
      ))}
    </>
  );
}

function Fact(props: { name: string; children: ReactNode }) {
  return (
    <div>
      <dt>{props.name}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** Long text kept as written; the box scrolls, so it is focusable for keyboard readers. */
function Block(props: { text: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <pre className="block" tabIndex={0}>
      {props.text}
    </pre>
  );
}

function Attempt(props: { attempt: number; prompts: AuditPrompt[]; outputs: AuditOutput[] }) {
  const { attempt } = props;
  const current = props.outputs.some((o) => o.final);
  const regenerates = props.prompts.find((p) => p.regenerates !== undefined)?.regenerates;
  const title = `attempt-${attempt}`;
  return (
    <section className="attempt" aria-labelledby={title}>
      <h2 id={title}>
        Attempt {attempt}
        {regenerates !== undefined ? (
          <span className="tag">regenerates variant {regenerates + 1}</span>
        ) : (
          attempt > 1 && <span className="tag">retry</span>
        )}
        {current && <span className="tag">current variants</span>}
      </h2>
      {props.prompts.map((prompt) => {
        return (
          <div key={`${prompt.step ?? ''}${prompt.created_at}`} className="prompt">
            <h3>
              Prompts{prompt.step && ` — ${prompt.step} step`}
              <span className="meta">
                {prompt.provider} · {prompt.model} · temperature {prompt.temperature} · template{' '}
                {prompt.template_version}
              </span>
            </h3>
            <div className="prompt-pair">
              <div>
                <h4>System prompt</h4>
                <Block text={prompt.system_prompt} />
              </div>
              <div>
                <h4>User prompt</h4>
                <Block text={prompt.user_prompt} />
              </div>
            </div>
          </div>
        );
      })}
      {props.outputs.map((output) => (
        <div key={output.created_at} className="output">
          <h3>Raw output</h3>
          <Block text={output.raw_output} />
          <h3>Parsed variants</h3>
          {output.parsed_variants.length === 0 && <p className="empty">None parsed.</p>}
          <div className="variants">
            {output.parsed_variants.map((variant, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: variant_index is the position
              <VariantView key={i} variant={variant} index={i} idPrefix={`a${attempt}`} />
            ))}
          </div>
          {output.final && <Selections output={output} />}
        </div>
      ))}
    </section>
  );
}

function Selections({ output }: { output: AuditOutput }) {
  return (
    <>
      <h3>Selections</h3>
      {output.selections.length === 0 ? (
        <p className="empty">No variant was picked.</p>
      ) : (
        <table className="selections">
          <thead>
            <tr>
              <th scope="col">Picked at</th>
              <th scope="col">Variant</th>
              <th scope="col">Edited</th>
              <th scope="col">Overrode flags</th>
            </tr>
          </thead>
          <tbody>
            {output.selections.map((selection) => (
              <tr key={selection.selected_at}>
                <td>{formatTime(selection.selected_at)}</td>
                <td>{selection.variant_index + 1}</td>
                <td>
                  {[selection.edited_subject && 'subject', selection.edited_message && 'message']
                    .filter(Boolean)
                    .join(', ') || 'no'}
                </td>
                <td>{selection.overrode_flags?.length ? selection.overrode_flags.join(', ') : 'none'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
