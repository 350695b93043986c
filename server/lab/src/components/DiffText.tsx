import type { DiffRun } from '../word-diff.ts';

/** One side of a word diff: removed words in <del>, added words in <ins> (struck or underlined, not only coloured). */
export function DiffText(props: { runs: DiffRun[] }) {
  return props.runs.map((run, i) => {
    if (run.change === 'same') return run.text;
    const Change = run.change === 'deleted' ? 'del' : 'ins';
    // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reorder
    return <Change key={i}>{run.text}</Change>;
  });
}
