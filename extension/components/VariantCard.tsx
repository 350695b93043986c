import {
  type Channel,
  countWords,
  findOptOut,
  LINKEDIN_LIMITS,
  type LinkedInFormat,
  type LinkedInTier,
  linkedinBodyLimit,
  type RiskFlag,
  type RiskFlagCode,
  smsSegments,
  type TextField,
  type Variant,
  withoutOptOut,
} from '@personalizer/shared';
import { type ReactNode, useId, useState } from 'react';
import { blockingFlags, segments } from '@/lib/highlight';

export interface InsertChoice {
  subject: string | null;
  message: string;
  edited: boolean;
  /** Error flags the SDR saw and inserted anyway. */
  overrode_flags?: RiskFlagCode[];
}

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
        <button type="button" onClick={props.onConfirm}>
          {props.action}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export interface LinkedInTarget {
  format: LinkedInFormat;
  tier: LinkedInTier;
}

const FORMAT_NAMES: Record<LinkedInFormat, string> = {
  CONNECTION_NOTE: 'note',
  MESSAGE: 'message',
  INMAIL: 'InMail',
};

function lengthNote(channel: Channel, message: string, maxWords: number, linkedin?: LinkedInTarget): string {
  if (channel === 'SMS') {
    // As the server counts: the opt-out line costs segments, not words.
    const sms = smsSegments(message);
    const optOut = findOptOut(message) ? '' : ' · no opt-out line';
    return `${countWords(withoutOptOut(message))}/${maxWords} words · ${sms.units} chars, ${sms.segments} SMS segment${sms.segments > 1 ? 's' : ''} (${sms.encoding})${optOut}`;
  }
  const words = `${countWords(message)}/${maxWords} words`;
  if (channel === 'LINKEDIN' && linkedin) {
    const account =
      linkedin.format === 'CONNECTION_NOTE' ? (linkedin.tier === 'FREE' ? ', free account' : ', Premium') : '';
    const limit = linkedinBodyLimit(linkedin.format, linkedin.tier);
    return `${words} · ${message.length}/${limit} chars (${FORMAT_NAMES[linkedin.format]}${account})`;
  }
  if (channel === 'LINKEDIN')
    return `${words} · ${message.length}/${LINKEDIN_LIMITS.connection_note_chars} chars for a note`;
  return words;
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
  onInsert: (choice: InsertChoice) => void;
}) {
  const { variant } = props;
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
    await navigator.clipboard.writeText(subject ? `${subject}\n\n${message}` : message);
    setCopied(true);
  };
  // The SDR's consent confirmation is recorded with the selection, like an override.
  const insert = (overridden: RiskFlagCode[], consent = consentConfirmed) => {
    const overrode_flags: RiskFlagCode[] = [...overridden, ...(consent ? (['SMS_CONSENT_UNCONFIRMED'] as const) : [])];
    props.onInsert({ subject, message, edited, ...(overrode_flags.length ? { overrode_flags } : {}) });
  };
  const tryInsert = (consent = consentConfirmed) => (unsupported.length ? setConfirming(true) : insert([], consent));
  // Spans point into the text as written; once edited, the text is shown plain.
  const shown = (field: TextField, text: string) =>
    edited ? text : <Marked text={text} flags={variant.risk_flags} field={field} />;

  return (
    <article className="variant" data-testid={`variant-${props.index}`}>
      <header>
        Variant {props.index + 1}
        {edited && <span className="badge">edited</span>}
      </header>
      {subject !== null &&
        (editing ? (
          <input aria-label="Subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
        ) : (
          <p className="subject">{shown('subject', subject)}</p>
        ))}
      {editing ? (
        <textarea aria-label="Message" rows={8} value={message} onChange={(e) => setMessage(e.target.value)} />
      ) : (
        <p className="message">{shown('message', message)}</p>
      )}
      <p className="length">{lengthNote(props.channel, message, props.maxWords, props.linkedin)}</p>
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
        <button type="button" onClick={() => setEditing(!editing)}>
          {editing ? 'Done' : 'Edit'}
        </button>
        <button type="button" onClick={() => (needsConsent ? setAskingConsent('copy') : copy())}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" onClick={() => (needsConsent ? setAskingConsent('insert') : tryInsert())}>
          {props.part ? 'Insert at cursor' : 'Insert'}
        </button>
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
