import { beforeEach, describe, expect, it } from 'vitest';
import { findLinkedInComposer } from './composer.ts';
import { insertGmail, insertLinkedIn, messageLines, renderedLines, typeIntoEditable, typeIntoField } from './insert.ts';

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
