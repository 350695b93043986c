import type { Variant } from '@personalizer/shared';
import { FlaggedText } from './FlaggedText.tsx';

/** One parsed variant: its text with flagged spans marked, the flags' reasons, and the evidence it used. */
export function VariantView(props: { variant: Variant; index: number; idPrefix: string }) {
  const { variant, index } = props;
  const title = `${props.idPrefix}-variant-${index}`;
  const quote = (field: 'subject' | 'message', span: { start: number; end: number }) =>
    (field === 'subject' ? (variant.subject ?? '') : variant.message).slice(span.start, span.end);
  return (
    <article className="variant" aria-labelledby={title}>
      <h4 id={title}>
        Variant {index + 1}
        <span className="count">
          {variant.risk_flags.length === 0
            ? 'no flags'
            : `${variant.risk_flags.length} flag${variant.risk_flags.length > 1 ? 's' : ''}`}
        </span>
      </h4>
      {variant.subject !== null && (
        <p className="subject">
          <span className="field-name">Subject: </span>
          <FlaggedText text={variant.subject} flags={variant.risk_flags} field="subject" />
        </p>
      )}
      <p className="message">
        <FlaggedText text={variant.message} flags={variant.risk_flags} field="message" />
      </p>
      {variant.risk_flags.length > 0 && (
        <ul className="flags" aria-label={`Flags of variant ${index + 1}`}>
          {variant.risk_flags.map((flag, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: flags are listed as stored
            <li key={i} className={`flag-item flag-item-${flag.severity}`}>
              <span className="severity">{flag.severity}</span> <code>{flag.code}</code> ({flag.category}) {flag.detail}
              {flag.field && flag.span && (
                <>
                  {' '}
                  — {flag.field} <q>{quote(flag.field, flag.span)}</q>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {variant.evidence.length > 0 && (
        <details className="evidence">
          <summary>Evidence used ({variant.evidence.length})</summary>
          <ul>
            {variant.evidence.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: evidence is listed as stored
              <li key={i}>
                {item.source} <q>{item.value}</q> at {item.field} {item.span.start}–{item.span.end}:{' '}
                <q>{quote(item.field, item.span)}</q>
              </li>
            ))}
          </ul>
        </details>
      )}
      {variant.personalization_points.length > 0 && (
        <>
          <p className="points-title" id={`${title}-points`}>
            Personalizes on
          </p>
          <ul className="points" aria-labelledby={`${title}-points`}>
            {variant.personalization_points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
