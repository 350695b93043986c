import { beforeEach, describe, expect, it } from 'vitest';
import { findLinkedInComposer } from './composer.ts';
import {
  insertGmail,
  insertLinkedIn,
  messageLines,
  renderedLines,
  spaced,
  typeAtCaret,
  typeIntoEditable,
  typeIntoField,
  typeIntoFieldAtCaret,
} from './insert.ts';

const EMAIL = 'Hi Dana,\n\nFreight visibility caught my eye.\nShort question below.\n\nOpen to a call?';
const LINES = ['Hi Dana,', '', 'Freight visibility caught my eye.', 'Short question below.', '', 'Open to a call?'];

beforeEach(() => {
  document.body.innerHTML = '';
});

function editable(inner = ''): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" role="textbox">${inner}</div>`;
  return document.querySelector('div') as HTMLElement;
}

describe('renderedLines', () => {
  it.each([
    ['Hi<div><br></div><div>Body</div>', ['Hi', '', 'Body']],
    ['<p>Hi</p><p><br></p><p>Body</p>', ['Hi', '', 'Body']],
    ['<div>Hi<br>there</div>\n  <div>Body<br></div>', ['Hi', 'there', 'Body']],
    ['Hi <b>Dana</b>,<br><br>Body', ['Hi Dana,', '', 'Body']],
    ['one line\nwith a newline character', ['one line\nwith a newline character']],
  ])('%j shows %j', (html, lines) => {
    expect(renderedLines(editable(html))).toEqual(lines);
  });
});

describe('messageLines', () => {
  it('splits on every line break and drops blank lines around the message', () => {
    expect(messageLines(`\n${EMAIL.replaceAll('\n', '\r\n')}\n\n`)).toEqual(LINES);
  });
});

describe('typeIntoEditable', () => {
  it('makes each line a paragraph and fires input', () => {
    const box = editable('old text');
    const seen: string[] = [];
    box.addEventListener('input', () => seen.push(box.textContent ?? ''));
    typeIntoEditable(box, EMAIL);
    expect(renderedLines(box)).toEqual(LINES);
    expect(box.querySelectorAll('div')).toHaveLength(6);
    expect(seen.length).toBeGreaterThan(0);
    expect(box.textContent).not.toContain('old text');
  });

  it("uses the editor's <p> paragraphs when it has them (LinkedIn's message box)", () => {
    const box = editable('<p><br></p>');
    typeIntoEditable(box, EMAIL);
    expect([...box.children].map((p) => p.tagName)).toEqual(Array(6).fill('P'));
    expect(renderedLines(box)).toEqual(LINES);
  });

  it('keeps the quoted thread of a Gmail reply below the message', () => {
    const box = editable(
      '<div><br></div><div class="gmail_quote">On Monday Dana wrote:<blockquote>Hi</blockquote></div>',
    );
    typeIntoEditable(box, EMAIL);
    expect(renderedLines(box)).toEqual([...LINES, 'On Monday Dana wrote:', 'Hi']);
  });

  it('keeps the Gmail signature below the message', () => {
    const box = editable(
      '<div>draft</div><div><br></div><div class="gmail_signature_prefix">-- </div><div class="gmail_signature">Alex</div>',
    );
    typeIntoEditable(box, EMAIL);
    expect(renderedLines(box)).toEqual([...LINES, '', '-- ', 'Alex']);
  });
});

describe('typeIntoField', () => {
  it('fills a textarea through the native setter, keeps line breaks and fires input', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const area = document.querySelector('textarea') as HTMLTextAreaElement;
    let events = 0;
    area.addEventListener('input', () => events++);
    typeIntoField(area, 'A note\n\nwith a second paragraph');
    expect(area.value).toBe('A note\n\nwith a second paragraph');
    expect(events).toBe(1);
  });
});

describe('page insertion', () => {
  it('fills Gmail subject and body', () => {
    document.body.innerHTML =
      '<input name="subjectbox"><div g_editable="true" role="textbox" contenteditable="true"></div>';
    expect(insertGmail(document, 'Subject line', EMAIL)).toEqual({ ok: true, target: 'gmail-compose' });
    expect((document.querySelector('input') as HTMLInputElement).value).toBe('Subject line');
    expect(renderedLines(document.querySelector('[g_editable]') as HTMLElement)).toEqual(LINES);
  });

  it('says so when there is no compose box', () => {
    expect(insertGmail(document, null, 'x')).toEqual({ ok: false, reason: 'no-compose-box' });
    expect(insertLinkedIn(document, null, 'x')).toEqual({ ok: false, reason: 'no-compose-box' });
    document.body.innerHTML = '<div class="msg-form" hidden><div contenteditable="true" role="textbox"></div></div>';
    expect(findLinkedInComposer(document)).toBeNull();
  });

  it('prefers the LinkedIn connection note inside the shadow root and keeps its line breaks', () => {
    document.body.innerHTML =
      '<div class="msg-form"><div contenteditable="true" role="textbox"></div></div><div id="interop-outlet"></div>';
    const root = (document.getElementById('interop-outlet') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea id="custom-message"></textarea>';
    expect(findLinkedInComposer(document)?.format).toBe('CONNECTION_NOTE');
    expect(insertLinkedIn(document, null, 'Hi Dana,\n\nNote text')).toEqual({ ok: true, target: 'linkedin-note' });
    expect((root.getElementById('custom-message') as HTMLTextAreaElement).value).toBe('Hi Dana,\n\nNote text');
  });

  it('falls back to the LinkedIn message box, in paragraphs', () => {
    document.body.innerHTML =
      '<div class="msg-form"><div contenteditable="true" role="textbox"><p><br></p></div></div>';
    expect(findLinkedInComposer(document)?.format).toBe('MESSAGE');
    expect(insertLinkedIn(document, 'ignored', EMAIL)).toEqual({ ok: true, target: 'linkedin-message' });
    expect(renderedLines(document.querySelector('[role="textbox"]') as HTMLElement)).toEqual(LINES);
  });

  it('fills an InMail subject and body', () => {
    document.body.innerHTML =
      '<form class="msg-form"><input name="subject"><div contenteditable="true" role="textbox"></div></form>';
    expect(findLinkedInComposer(document)?.format).toBe('INMAIL');
    expect(insertLinkedIn(document, 'Cold chain', EMAIL)).toEqual({ ok: true, target: 'linkedin-inmail' });
    expect((document.querySelector('input') as HTMLInputElement).value).toBe('Cold chain');
    expect(renderedLines(document.querySelector('[role="textbox"]') as HTMLElement)).toEqual(LINES);
  });
});

describe('insertion at the cursor (slots)', () => {
  function caretAt(node: Node, offset: number, end?: number) {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, end ?? offset);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }

  it('puts a part in at the cursor inside existing text, spaced from the words around it, and fires input', () => {
    const box = editable('<p>Thanks for connecting.I will keep this short.</p>');
    const text = box.querySelector('p')?.firstChild as Text;
    caretAt(text, 'Thanks for connecting.'.length);
    let events = 0;
    box.addEventListener('input', () => events++);
    typeAtCaret(box, 'Would a short call make sense?');
    expect(renderedLines(box)).toEqual([
      'Thanks for connecting. Would a short call make sense? I will keep this short.',
    ]);
    expect(events).toBe(1);
  });

  it('replaces a selection and keeps the lines of a part with line breaks', () => {
    const box = editable('<div>Hello there, friend.</div>');
    const text = box.querySelector('div')?.firstChild as Text;
    caretAt(text, 0, 'Hello there'.length);
    typeAtCaret(box, 'Hi Dana,\n\nI read about Northwind');
    expect(renderedLines(box)).toEqual(['Hi Dana,', '', 'I read about Northwind, friend.']);
  });

  it('goes at the end of the message, above the Gmail signature, without a cursor in the editor', () => {
    const box = editable(
      '<div>Thanks for the call.</div><div><br></div><div class="gmail_signature_prefix">-- </div><div class="gmail_signature">Alex</div>',
    );
    document.getSelection()?.removeAllRanges();
    typeAtCaret(box, 'P.S. Northwind came up twice.');
    expect(renderedLines(box)).toEqual(['Thanks for the call. P.S. Northwind came up twice.', '', '-- ', 'Alex']);
  });

  it('types into a textarea at its cursor and leaves the cursor after the part', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const area = document.querySelector('textarea') as HTMLTextAreaElement;
    area.value = 'Hi Dana, great to meet you.';
    area.setSelectionRange(9, 9);
    typeIntoFieldAtCaret(area, 'P.S. Loved the talk.');
    expect(area.value).toBe('Hi Dana, P.S. Loved the talk. great to meet you.');
    expect(area.selectionStart).toBe('Hi Dana, P.S. Loved the talk. '.length);
  });

  it('sends a part at the cursor of the LinkedIn and Gmail composers, the whole message still replaces', () => {
    document.body.innerHTML =
      '<div class="msg-form"><div contenteditable="true" role="textbox"><p>Draft text.</p></div></div>';
    const box = document.querySelector('[role="textbox"]') as HTMLElement;
    caretAt(box.querySelector('p')?.firstChild as Text, 0);
    expect(insertLinkedIn(document, null, 'Hi Dana, I noticed Northwind.', 'caret')).toEqual({
      ok: true,
      target: 'linkedin-message',
    });
    expect(renderedLines(box)).toEqual(['Hi Dana, I noticed Northwind. Draft text.']);
    insertLinkedIn(document, null, 'Whole message.');
    expect(renderedLines(box)).toEqual(['Whole message.']);

    document.body.innerHTML =
      '<input name="subjectbox"><div g_editable="true" role="textbox" contenteditable="true"><div>Draft.</div></div>';
    expect(insertGmail(document, null, 'Open to a call?', 'caret')).toEqual({ ok: true, target: 'gmail-compose' });
    expect(renderedLines(document.querySelector('[g_editable]') as HTMLElement)).toEqual(['Draft. Open to a call?']);
  });

  it.each([
    ['', '', 'x'],
    ['word', 'next', ' x '],
    ['word ', ' next', 'x'],
    ['word\n', '\nnext', 'x'],
    ['done.', ', and more', ' x'],
    ['(', ')', 'x'],
  ])('spaces %j|%j as %j', (before, after, expected) => {
    expect(spaced('x', before, after)).toBe(expected);
  });
});
