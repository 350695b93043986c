/** The panel's keyboard shortcuts: Ctrl/Cmd+Enter generates, Alt+1..3 inserts that variant. */
export type Shortcut = { kind: 'generate' } | { kind: 'insert'; index: number };

type Keys = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** The shortcut a key press means, or null. Digits are read from `code`: Option+1 types "¡" on a Mac. */
export function shortcutOf(e: Keys): Shortcut | null {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) return { kind: 'generate' };
  const digit = /^(?:Digit|Numpad)([1-3])$/.exec(e.code)?.[1];
  if (digit && e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) return { kind: 'insert', index: Number(digit) - 1 };
  return null;
}
