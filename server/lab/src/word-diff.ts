import { countWords } from '@personalizer/shared';
import { type Change, diffWordsWithSpace } from 'diff';

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
 * runs join back to exactly its own text (line breaks included). Marks start and end on words, and
 * a space between two changes joins them, so "quick intro" is marked once rather than word by word.
 */
export function wordDiff(before: string, after: string): WordDiff {
  const changes = diffWordsWithSpace(before, after);
  const words = (pick: (c: Change) => boolean) => changes.filter(pick).reduce((sum, c) => sum + countWords(c.value), 0);
  return {
    before: side(changes, 'deleted'),
    after: side(changes, 'inserted'),
    deletedWords: words((c) => c.removed),
    insertedWords: words((c) => c.added),
  };
}

/** One side's runs: its kept text and its own changes (the other side's are not in its text). */
function side(changes: Change[], change: 'deleted' | 'inserted'): DiffRun[] {
  const runs: DiffRun[] = [];
  for (const c of changes) {
    if (change === 'deleted' ? c.added : c.removed) continue;
    if (!c.added && !c.removed) {
      push(runs, c.value, 'same');
      continue;
    }
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(c.value) ?? [];
    push(runs, lead, 'same');
    push(runs, core, change);
    push(runs, trail, 'same');
  }
  const joined: DiffRun[] = [];
  runs.forEach((run, i) => {
    const bridge =
      run.change === 'same' &&
      /^\s+$/.test(run.text) &&
      runs[i - 1]?.change === change &&
      runs[i + 1]?.change === change;
    push(joined, run.text, bridge ? change : run.change);
  });
  return joined;
}

function push(runs: DiffRun[], text: string, change: DiffRun['change']) {
  if (text === '') return;
  const last = runs.at(-1);
  if (last?.change === change) last.text += text;
  else runs.push({ text, change });
}
