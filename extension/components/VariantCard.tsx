import {
  blockingFlags,
  type Channel,
  type RiskFlag,
  type RiskFlagCode,
  segments,
  type TextField,
  type Variant,
} from '@personalizer/shared';
import { type ReactNode, type Ref, useId, useImperativeHandle, useState } from 'react';
import { type LinkedInTarget, lengthOf } from '@/lib/length';
import type { InsertChoice } from '@/lib/use-variants';
import { useToast } from './Toasts.tsx';

/** The field's text with each flagged span marked; its reason shows on hover and on focus. */
function Marked(props: { text: string; flags: RiskFlag[]; field: TextField }) {
  const id = useId();
  return segments(props.text, props.flags, props.field).map((run, i) => {
    const key = `${props.field}-${i}`;
    if (run.flags.length === 0) return <span key={key}>{run.text}</span>;
    const severity = run.flags.some((f) => f.severity === 'error') ? 'error' : 'warning';
    return (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: focus shows the reason to keyboard users
      <mark key={key} className={`flagged ${severity}`} tabIndex={0} aria-describedby={`${id}-${i}`}>
        {run.text}
        <span role="tooltip" id={`${id}-${i}`} className="tip">
          {run.flags.map((f) => f.detail).join(' · ')}
        </span>
      </mark>
    );
  });
}

/** A question the SDR answers before the action goes ahead. */
function Confirm(props: {
  label: string;
  action: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <div className="confirm" role="alertdialog" aria-label={props.label}>
      {props.children}
      <div className="actions">
        <button type="button" className="primary" onClick={props.onConfirm}>
          {props.action}
        </button>
        {/* biome-ignore lint/a11y/noAutofocus: the question was just asked (maybe by a shortcut); the safe answer takes focus */}
        <button type="button" onClick={props.onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** The card's insert, for the Alt+1..3 shortcut: it asks what a click would ask. */
export interface VariantCardHandle {
  insert(): void;
}

/** The length as a meter against the channel's limit, with the note in words and characters. */
function LengthMeter(props: { channel: Channel; message: string; maxWords: number; linkedin?: LinkedInTarget }) {
  const length = lengthOf(props.channel, props.message, props.maxWords, props.linkedin);
  const over = length.used > length.limit;
  return (
    <div className={`length-meter${over ? ' over' : ''}`}>
      <meter
        aria-label={`Length in ${length.unit}`}
        min={0}
        max={length.limit}
        low={length.limit * 0.8}
        high={length.limit}
        optimum={0}
        value={Math.min(length.used, length.limit)}
      />
      <p className="length">{length.note}</p>
    </div>
  );
}

/** One variant: text (editable), length against the channel's limits, points, flags, actions. */
export function VariantCard(props: {
  index: number;
  variant: Variant;
  channel: Channel;
  maxWords: number;
  linkedin?: LinkedInTarget;
  /** A part of a message (a slot): it goes in at the cursor. */
  part?: boolean;
  /** The variant the SDR picked last for this request. */
  selected?: boolean;
  onInsert: (choice: InsertChoice) => void;
  /** Writes this variant again (absent where it cannot be). */
  onRegenerate?: () => void;
  regenerating?: boolean;
  ref?: Ref<VariantCardHandle>;
}) {
  const { variant } = props;
  const toast = useToast();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [subject, setSubject] = useState(variant.subject);
  const [message, setMessage] = useState(variant.message);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // An SMS to a lead whose consent the request did not confirm: the SDR confirms it once per card.
  const consentUnconfirmed = variant.risk_flags.some((f) => f.code === 'SMS_CONSENT_UNCONFIRMED');
  const [consentConfirmed, setConsentConfirmed] = useState(false);
  const [askingConsent, setAskingConsent] = useState<'insert' | 'copy' | null>(null);
  const edited = subject !== variant.subject || message !== variant.message;
  const unsupported = blockingFlags(variant.risk_flags);
  const needsConsent = consentUnconfirmed && !consentConfirmed;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(subject ? `${subject}\n\n${message}` : message);
      setCopied(true);
      toast(`Copied variant ${props.index + 1} to the clipboard.`);
    } catch {
      toast('The browser refused the clipboard. Select the text and copy it by hand.', 'error');
    }
  };
  // The SDR's consent confirmation is recorded with the selection, like an override.
  const insert = (overridden: RiskFlagCode[], consent = consentConfirmed) => {
    const overrode_flags: RiskFlagCode[] = [...overridden, ...(consent ? (['SMS_CONSENT_UNCONFIRMED'] as const) : [])];
    props.onInsert({ subject, message, edited, ...(overrode_flags.length ? { overrode_flags } : {}) });
  };
  const tryInsert = (consent = consentConfirmed) => (unsupported.length ? setConfirming(true) : insert([], consent));
  const requestInsert = () => (needsConsent ? setAskingConsent('insert') : tryInsert());
  useImperativeHandle(props.ref, () => ({ insert: requestInsert }));
  // Esc leaves the edit, keeping what was typed.
  const closeOnEscape = (e: { key: string }) => {
    if (e.key === 'Escape') setEditing(false);
  };
  // Spans point into the text as written; once edited, the text is shown plain.
  const shown = (field: TextField, text: string) =>
    edited ? text : <Marked text={text} flags={variant.risk_flags} field={field} />;

  return (
    <article
      className={`card variant${props.regenerating ? ' busy' : ''}`}
      data-testid={`variant-${props.index}`}
      aria-labelledby={`${id}-title`}
      aria-busy={props.regenerating || undefined}
    >
      <header className="variant-head">
        <h3 id={`${id}-title`}>Variant {props.index + 1}</h3>
        {edited && <span className="badge">edited</span>}
        {props.selected && <span className="badge ok">inserted</span>}
        <kbd title={`Alt+${props.index + 1} inserts this variant`}>Alt+{props.index + 1}</kbd>
      </header>
      {subject !== null &&
        (editing ? (
          <input
            aria-label="Subject"
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
            onKeyDown={closeOnEscape}
          />
        ) : (
          <p className="subject">{shown('subject', subject)}</p>
        ))}
      {editing ? (
        <textarea
          aria-label="Message"
          rows={8}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          onKeyDown={closeOnEscape}
          // biome-ignore lint/a11y/noAutofocus: Edit was just pressed; the text is where the SDR goes next
          autoFocus
        />
      ) : (
        <p className="message">{shown('message', message)}</p>
      )}
      <LengthMeter channel={props.channel} message={message} maxWords={props.maxWords} linkedin={props.linkedin} />
      {variant.personalization_points.length > 0 && (
        <ul className="points" aria-label="Personalization points">
          {variant.personalization_points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {variant.risk_flags.length > 0 && (
        <ul className="flags" aria-label="Risk flags">
          {variant.risk_flags.map((f) => (
            <li key={`${f.code}:${f.field}:${f.span?.start}:${f.detail}`} className={f.severity}>
              {f.severity === 'error' ? '⚠' : 'ℹ'} {f.detail}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={requestInsert} aria-keyshortcuts={`Alt+${props.index + 1}`}>
          {props.part ? 'Insert at cursor' : 'Insert'}
        </button>
        <button type="button" onClick={() => (needsConsent ? setAskingConsent('copy') : copy())}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" onClick={() => setEditing(!editing)}>
          {editing ? 'Done' : 'Edit'}
        </button>
        {props.onRegenerate && (
          <button type="button" onClick={props.onRegenerate} disabled={props.regenerating}>
            {props.regenerating ? 'Rewriting…' : 'Regenerate'}
          </button>
        )}
      </div>
      {askingConsent && (
        <Confirm
          label="Confirm SMS consent"
          action={`They opted in: ${askingConsent === 'copy' ? 'Copy' : 'Insert'}`}
          onConfirm={() => {
            setAskingConsent(null);
            setConsentConfirmed(true);
            if (askingConsent === 'copy') copy();
            else tryInsert(true);
          }}
          onCancel={() => setAskingConsent(null)}
        >
          <p>
            Did this lead agree to get texts from you? Marketing texts need the lead's prior written consent; the
            request did not confirm it.
          </p>
        </Confirm>
      )}
      {confirming && (
        <Confirm
          label="Unsupported claims"
          action="Insert anyway"
          onConfirm={() => {
            setConfirming(false);
            insert([...new Set(unsupported.map((f) => f.code))]);
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>This variant says things the input does not support:</p>
          <ul>
            {unsupported.map((f) => (
              <li key={`${f.code}:${f.field}:${f.span?.start}:${f.detail}`}>{f.detail}</li>
            ))}
          </ul>
        </Confirm>
      )}
    </article>
  );
}
