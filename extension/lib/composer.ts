/** Which LinkedIn composer is open: the format the panel writes for, and where insertion goes. */
import type { LinkedInFormat } from '@personalizer/shared';

export type LinkedInComposer =
  | { format: 'CONNECTION_NOTE'; body: HTMLTextAreaElement }
  | { format: Exclude<LinkedInFormat, 'CONNECTION_NOTE'>; body: HTMLElement; subject: HTMLInputElement | null };

// A closed composer is hidden, not removed.
export const visible = (el: Element | null | undefined): el is HTMLElement => !!el && !el.closest('[hidden]');

const NOTE = 'textarea#custom-message, textarea[name="message"]';
const MESSAGE_BOX = '.msg-form [contenteditable="true"][role="textbox"], [contenteditable="true"][role="textbox"]';
// InMail's composer adds a subject line to the message form.
const SUBJECT = 'input[name="subject"], input.msg-form__subject, .msg-form__subject input';

/**
 * The open composer: the connection note (inside #interop-outlet's shadow root, where LinkedIn puts
 * the invite dialog) wins over a message box; a message box with a subject line is an InMail.
 */
export function findLinkedInComposer(doc: Document): LinkedInComposer | null {
  const outlet = doc.querySelector('#interop-outlet')?.shadowRoot;
  for (const root of [outlet, doc]) {
    const note = root?.querySelector<HTMLTextAreaElement>(NOTE);
    if (visible(note)) return { format: 'CONNECTION_NOTE', body: note };
  }
  const box = doc.querySelector<HTMLElement>(MESSAGE_BOX);
  if (!visible(box)) return null;
  const form = box.closest('form, .msg-form, [role="dialog"]') ?? doc;
  const subject = form.querySelector<HTMLInputElement>(SUBJECT);
  return visible(subject) ? { format: 'INMAIL', body: box, subject } : { format: 'MESSAGE', body: box, subject: null };
}
