import { describe, expect, it } from 'vitest';
import { shortcutOf } from './shortcuts.ts';

const press = (
  key: string,
  code: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>>,
) => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcutOf', () => {
  it('generates on Ctrl+Enter and Cmd+Enter, not on Enter alone', () => {
    expect(shortcutOf(press('Enter', 'Enter', { ctrlKey: true }))).toEqual({ kind: 'generate' });
    expect(shortcutOf(press('Enter', 'Enter', { metaKey: true }))).toEqual({ kind: 'generate' });
    expect(shortcutOf(press('Enter', 'Enter', {}))).toBeNull();
    expect(shortcutOf(press('Enter', 'Enter', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('inserts variant 1 to 3 on Alt+1..3, by key position (Option+1 types ¡ on a Mac)', () => {
    expect(shortcutOf(press('1', 'Digit1', { altKey: true }))).toEqual({ kind: 'insert', index: 0 });
    expect(shortcutOf(press('¡', 'Digit1', { altKey: true }))).toEqual({ kind: 'insert', index: 0 });
    expect(shortcutOf(press('3', 'Numpad3', { altKey: true }))).toEqual({ kind: 'insert', index: 2 });
    expect(shortcutOf(press('4', 'Digit4', { altKey: true }))).toBeNull();
    expect(shortcutOf(press('1', 'Digit1', {}))).toBeNull();
    expect(shortcutOf(press('1', 'Digit1', { altKey: true, ctrlKey: true }))).toBeNull();
  });
});
