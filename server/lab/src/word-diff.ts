import { countWords } from '@personalizer/shared';
import { diffWordsWithSpace } from 'diff';

/** A run of one side's text: kept, or only on this side (deleted from the original, inserted in the replay). */
export interface DiffRun {
  text: string;
  change: 'same' | 'deleted' | 'inserted';
}

export interface WordDiff {
  /** The original's text, its removed words marked. */
  before: DiffRun[];
  /** The replay's text, its added words marked. */
  after: DiffRun[];
  deletedWords: number;
  insertedWords: number;
}

/**
 * A word-level diff for two texts shown side by side. Whitespace counts as tokens, so each side's
 * runs join back to exactly its own text (line breaks included); a space kept between two changes
 * joins them, so "quick intro" is marked once rather than word by word.
 */
export function wordDiff(before: string, after: string): WordDiff {
  const diff: WordDiff = { before: [], after: [], deletedWords: 0, insertedWords: 0 };
  const changes = diffWordsWithSpace(before, after);
  const changed = (i: number) => changes[i] !== undefined && (changes[i].added || changes[i].removed);
  changes.forEach((change, i) => {
    if (change.removed) {
      push(diff.before, change.value, 'deleted');
      diff.deletedWords += countWords(change.value);
    } else if (change.added) {
      push(diff.after, change.value, 'inserted');
      diff.insertedWords += countWords(change.value);
    } else {
      const joins = /^\s+$/.test(change.value) && changed(i - 1) && changed(i + 1);
      push(diff.before, change.value, joins ? 'deleted' : 'same');
      push(diff.after, change.value, joins ? 'inserted' : 'same');
    }
  });
  return diff;
}

function push(runs: DiffRun[], text: string, change: DiffRun['change']) {
  const last = runs.at(-1);
  if (last?.change === change) last.text += text;
  else runs.push({ text, change });
}
