/** Puts text into page fields so the page sees it as typed (its listeners fire, Send enables). */

export type InsertTarget = 'gmail-compose' | 'linkedin-message' | 'linkedin-note';
export type InsertResult = { ok: true; target: InsertTarget } | { ok: false; reason: 'no-compose-box' };

/** Contenteditable: execCommand('insertText') fires the page's input listeners like typing. */
export function typeIntoEditable(el: HTMLElement, text: string): void {
  el.focus();
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  selection?.selectAllChildren(el);
  const inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  if (!inserted || el.textContent !== text) {
    el.textContent = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

/** Input/textarea: the native value setter, so React-controlled fields notice, then 'input'. */
export function typeIntoField(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  el.focus();
  const proto = Object.getPrototypeOf(el) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, text);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

// A closed composer is hidden, not removed, on both sites.
const visible = (el: Element | null | undefined): el is HTMLElement => !!el && !el.closest('[hidden]');

export function insertGmail(doc: Document, subject: string | null, message: string): InsertResult {
  const body = doc.querySelector<HTMLElement>('div[g_editable="true"][role="textbox"]');
  if (!visible(body)) return { ok: false, reason: 'no-compose-box' };
  const subjectBox = doc.querySelector<HTMLInputElement>('input[name="subjectbox"]');
  if (subject && subjectBox) typeIntoField(subjectBox, subject);
  typeIntoEditable(body, message);
  return { ok: true, target: 'gmail-compose' };
}

/** The open connection note (in #interop-outlet's shadow root) wins over the message box. */
export function insertLinkedIn(doc: Document, message: string): InsertResult {
  const outlet = doc.querySelector('#interop-outlet')?.shadowRoot ?? doc;
  const note = outlet.querySelector<HTMLTextAreaElement>('textarea#custom-message, textarea[name="message"]');
  if (note) {
    typeIntoField(note, message);
    return { ok: true, target: 'linkedin-note' };
  }
  const box = doc.querySelector<HTMLElement>(
    '.msg-form [contenteditable="true"][role="textbox"], [contenteditable="true"][role="textbox"]',
  );
  if (!visible(box)) return { ok: false, reason: 'no-compose-box' };
  typeIntoEditable(box, message);
  return { ok: true, target: 'linkedin-message' };
}
