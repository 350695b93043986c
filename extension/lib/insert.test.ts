import { beforeEach, describe, expect, it } from 'vitest';
import { insertGmail, insertLinkedIn, typeIntoEditable, typeIntoField } from './insert.ts';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('typing helpers', () => {
  it('fills a contenteditable and fires input', () => {
    document.body.innerHTML = '<div contenteditable="true" role="textbox">old</div>';
    const box = document.querySelector('div') as HTMLElement;
    const seen: string[] = [];
    box.addEventListener('input', () => seen.push(box.textContent ?? ''));
    typeIntoEditable(box, 'Hi Dana, new text');
    expect(box.textContent).toBe('Hi Dana, new text');
    expect(seen.at(-1)).toBe('Hi Dana, new text');
  });

  it('fills a textarea through the native setter and fires input', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const area = document.querySelector('textarea') as HTMLTextAreaElement;
    let events = 0;
    area.addEventListener('input', () => events++);
    typeIntoField(area, 'A note');
    expect(area.value).toBe('A note');
    expect(events).toBe(1);
  });
});

describe('page insertion', () => {
  it('fills Gmail subject and body', () => {
    document.body.innerHTML =
      '<input name="subjectbox"><div g_editable="true" role="textbox" contenteditable="true"></div>';
    expect(insertGmail(document, 'Subject line', 'Body text')).toEqual({ ok: true, target: 'gmail-compose' });
    expect((document.querySelector('input') as HTMLInputElement).value).toBe('Subject line');
    expect(document.querySelector('[g_editable]')?.textContent).toBe('Body text');
  });

  it('says so when there is no compose box', () => {
    expect(insertGmail(document, null, 'x')).toEqual({ ok: false, reason: 'no-compose-box' });
    expect(insertLinkedIn(document, 'x')).toEqual({ ok: false, reason: 'no-compose-box' });
  });

  it('prefers the LinkedIn connection note inside the shadow root', () => {
    document.body.innerHTML =
      '<div class="msg-form"><div contenteditable="true" role="textbox"></div></div><div id="interop-outlet"></div>';
    const root = (document.getElementById('interop-outlet') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea id="custom-message"></textarea>';
    expect(insertLinkedIn(document, 'Note text')).toEqual({ ok: true, target: 'linkedin-note' });
    expect((root.getElementById('custom-message') as HTMLTextAreaElement).value).toBe('Note text');
  });

  it('falls back to the LinkedIn message box', () => {
    document.body.innerHTML = '<div class="msg-form"><div contenteditable="true" role="textbox"></div></div>';
    expect(insertLinkedIn(document, 'Message text')).toEqual({ ok: true, target: 'linkedin-message' });
    expect(document.querySelector('[role="textbox"]')?.textContent).toBe('Message text');
  });
});
