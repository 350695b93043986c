import { type AuditPrompt, ProviderName, ReplayRequest, toApiIssues, type Variant } from '@personalizer/shared';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { LabClient } from '../api.ts';
import { routeHref } from '../route.ts';
import { wordDiff } from '../word-diff.ts';
import { DiffText } from './DiffText.tsx';
import { ErrorNote } from './ErrorNote.tsx';

/** Runs the request again with another provider, model or temperature, and compares it with the original. */
export function ReplayPanel(props: { api: LabClient; requestId: string; firstPrompt: AuditPrompt }) {
  const { api, requestId, firstPrompt } = props;
  const [provider, setProvider] = useState<string>(firstPrompt.provider);
  const [model, setModel] = useState('');
  const [temperature, setTemperature] = useState(String(firstPrompt.temperature));
  const [issues, setIssues] = useState<string[]>([]);
  const replay = useMutation({ mutationFn: (body: ReplayRequest) => api.replay(requestId, body) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ReplayRequest.safeParse({
      provider,
      ...(model.trim() ? { model: model.trim() } : {}),
      ...(temperature.trim() ? { temperature: Number(temperature) } : {}),
    });
    setIssues(parsed.success ? [] : toApiIssues(parsed.error).map((i) => `${i.path} ${i.message}`));
    if (parsed.success) replay.mutate(parsed.data);
  };

  return (
    <section className="replay" aria-labelledby="replay-title">
      <h2 id="replay-title">Replay</h2>
      <form className="replay-form" onSubmit={submit} aria-describedby="replay-hint">
        <label>
          Provider
          <select value={provider} onChange={(e) => setProvider(e.target.value)}>
            {ProviderName.options.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label className="grow">
          Model
          <input
            value={model}
            onChange={(e) => setModel(e.target.value)}
            placeholder={`server default (was ${firstPrompt.model})`}
          />
        </label>
        <label>
          Temperature
          <input
            type="number"
            inputMode="decimal"
            min={0}
            max={2}
            step={0.1}
            value={temperature}
            onChange={(e) => setTemperature(e.target.value)}
          />
        </label>
        <button type="submit" disabled={replay.isPending}>
          {replay.isPending ? 'Replaying…' : 'Replay'}
        </button>
      </form>
      <p id="replay-hint" className="hint">
        The same input and prompts, written again; the replay is audited as a request of its own.
      </p>
      {issues.length > 0 && (
        <ul className="error-box" role="alert">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      {replay.isError && <ErrorNote error={replay.error} />}
      {replay.data && (
        <Comparison
          original={replay.data.original.variants}
          replay={replay.data.variants}
          replayId={replay.data.request_id}
        />
      )}
    </section>
  );
}

/** Each variant's original and replay side by side, with a word-level diff of subject and message. */
function Comparison(props: { original: Variant[]; replay: Variant[]; replayId: string }) {
  const count = Math.max(props.original.length, props.replay.length);
  return (
    <div className="comparison" aria-live="polite">
      <p>
        Replayed as <a href={routeHref({ view: 'record', requestId: props.replayId })}>{props.replayId}</a>. Removed
        words are struck through on the left, added words underlined on the right.
      </p>
      {Array.from({ length: count }, (_, i) => (
        <VariantDiff
          // biome-ignore lint/suspicious/noArrayIndexKey: variants are compared by position
          key={i}
          index={i}
          original={props.original[i]}
          replay={props.replay[i]}
        />
      ))}
    </div>
  );
}

function VariantDiff(props: { index: number; original: Variant | undefined; replay: Variant | undefined }) {
  const message = wordDiff(props.original?.message ?? '', props.replay?.message ?? '');
  const hasSubject = (props.original?.subject ?? props.replay?.subject ?? null) !== null;
  const subject = wordDiff(props.original?.subject ?? '', props.replay?.subject ?? '');
  const inserted = message.insertedWords + subject.insertedWords;
  const deleted = message.deletedWords + subject.deletedWords;
  const title = `variant-diff-${props.index}`;
  const side = (
    label: string,
    variant: Variant | undefined,
    subjectRuns: typeof subject.before,
    messageRuns: typeof message.before,
  ) => (
    <div className="side">
      <h4>{label}</h4>
      {!variant ? (
        <p className="empty">No variant {props.index + 1}.</p>
      ) : (
        <>
          {hasSubject && (
            <p className="subject">
              <span className="field-name">Subject: </span>
              <DiffText runs={subjectRuns} />
            </p>
          )}
          <p className="message">
            <DiffText runs={messageRuns} />
          </p>
          <p className="side-flags">{flagSummary(variant)}</p>
        </>
      )}
    </div>
  );
  return (
    <section className="variant-diff" aria-labelledby={title}>
      <h3 id={title}>
        Variant {props.index + 1}
        <span className="count">
          {inserted === 0 && deleted === 0 ? 'unchanged' : `${deleted} words removed, ${inserted} added`}
        </span>
      </h3>
      <div className="side-by-side">
        {side('Original', props.original, subject.before, message.before)}
        {side('Replay', props.replay, subject.after, message.after)}
      </div>
    </section>
  );
}

/** The flags a variant carries, by code, so a replay that adds or clears one is seen at once. */
function flagSummary(variant: Variant): string {
  if (variant.risk_flags.length === 0) return 'No flags';
  return `Flags: ${variant.risk_flags.map((f) => `${f.code} (${f.severity})`).join(', ')}`;
}
