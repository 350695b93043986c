import type { Ref } from 'react';
import type { InsertChoice, Written } from '@/lib/use-variants';
import { VariantCard, type VariantCardHandle } from './VariantCard.tsx';

/** A card-shaped placeholder while the model writes. */
function Skeleton(props: { index: number }) {
  return (
    <div className="card skeleton" aria-hidden="true" data-testid={`skeleton-${props.index}`}>
      <div className="bone short" />
      <div className="bone" />
      <div className="bone" />
      <div className="bone medium" />
    </div>
  );
}

/** The variants, the panel's main content: skeletons while writing, then one card each. */
export function VariantList(props: {
  written: Written | null;
  writing: boolean;
  /** The variant being rewritten, if one is. */
  regenerating: number | null;
  onInsert: (index: number, choice: InsertChoice) => void;
  onRegenerate: (index: number) => void;
  cardRef: (index: number) => Ref<VariantCardHandle>;
}) {
  const { written } = props;
  if (props.writing)
    return (
      <section className="variants" aria-label="Variants" aria-busy="true">
        <p className="status-line" role="status">
          Writing three variants…
        </p>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} index={i} />
        ))}
      </section>
    );
  if (!written) return null;
  if (written.variants.length === 0)
    return <p className="notice">This request has no variants to show. Generate again.</p>;
  return (
    <section className="variants" aria-label="Variants">
      {written.variants.map((variant, index) => (
        <VariantCard
          // A rewritten variant is a new card: its edits and confirmations were about the old text.
          // biome-ignore lint/suspicious/noArrayIndexKey: variants have no id; their position is their identity
          key={`${written.request_id}-${index}-${written.versions[index] ?? 0}`}
          ref={props.cardRef(index)}
          index={index}
          variant={variant}
          channel={written.channel}
          maxWords={written.maxWords}
          part={written.slot !== 'FULL'}
          selected={written.selected === index}
          {...(written.linkedin ? { linkedin: written.linkedin } : {})}
          onInsert={(choice) => props.onInsert(index, choice)}
          onRegenerate={() => props.onRegenerate(index)}
          regenerating={props.regenerating === index}
        />
      ))}
    </section>
  );
}
