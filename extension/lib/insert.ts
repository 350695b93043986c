/**
 * Puts text into page fields so the page sees it as typed (its listeners fire, Send enables) and the
 * message keeps its shape: every line becomes a paragraph of the editor, as pressing Enter makes it.
 */
import { findLinkedInComposer, visible } from './composer.ts';

export type InsertTarget = 'gmail-compose' | 'linkedin-message' | 'linkedin-inmail' | 'linkedin-note';
/** replace: the message replaces the draft (a signature stays); caret: a part goes in at the cursor. */
export type InsertAt = 'replace' | 'caret';
export type InsertResult = { ok: true; target: InsertTarget } | { ok: false; reason: 'no-compose-box' };

const BLOCK = /^(?:DIV|P|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|SECTION|ARTICLE|TABLE|TR)$/;

/** The lines these nodes show: block elements and <br>s end lines (what a reader sees, unlike textContent). */
function linesOf(nodes: Iterable<Node>): string[] {
  const lines: string[] = [];
  let line: string | null = null;
  const flush = () => {
    if (line !== null) lines.push(line);
    line = null;
  };
  const walk = (children: Iterable<Node>) => {
    for (const child of children) {
      if (child.nodeType === Node.TEXT_NODE) {
        const value = child.textContent ?? '';
        // Source formatting between blocks is not shown.
        if (line !== null || value.trim()) line = (line ?? '') + value;
      } else if (child.nodeName === 'BR') {
        lines.push(line ?? '');
        line = null;
      } else if (BLOCK.test(child.nodeName)) {
        flush();
        walk(child.childNodes);
        flush();
      } else walk(child.childNodes);
    }
  };
  walk(nodes);
  flush();
  return lines;
}

/** The lines an editable shows. */
export const renderedLines = (root: Node): string[] => linesOf(root.childNodes);

/** The message as lines: one per paragraph or line break, without blank lines around it. */
export function messageLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^\s*\n|\s+$/g, '')
    .split('\n');
}

// Gmail keeps the signature and, in a reply, the quoted thread inside the body; the message goes above them.
const KEPT = '.gmail_signature_prefix, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_quote';

/** The top-level child of `el` that starts the signature or quote (with the blank line before it), or null. */
function signatureStart(el: HTMLElement): ChildNode | null {
  let node: ChildNode | null = el.querySelector(KEPT);
  while (node && node.parentNode !== el) node = node.parentNode as ChildNode | null;
  // Keep the blank line before it too, unless that line is all there is to type into.
  const previous = node?.previousSibling;
  const blank = previous && BLOCK.test(previous.nodeName) && renderedLines(previous).join('') === '';
  if (blank && previous.previousSibling) return previous;
  return node ?? null;
}

function siblingsFrom(node: ChildNode | null): ChildNode[] {
  const nodes: ChildNode[] = [];
  for (let n = node; n; n = n.nextSibling) nodes.push(n);
  return nodes;
}

/**
 * What typing replaces: everything, or the contents from the first child up to the signature.
 * A range spanning whole blocks would merge the last one into the signature's blank line.
 */
function replacedRange(el: HTMLElement, keep: ChildNode | null): Range {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  if (!keep) return range;
  const last = keep.previousSibling;
  if (!last || !el.firstChild || el.firstChild === keep) {
    range.setStartBefore(keep);
    range.collapse(true);
    return range;
  }
  range.setStart(el.firstChild, 0);
  range.setEnd(last, last.nodeType === Node.TEXT_NODE ? (last.textContent ?? '').length : last.childNodes.length);
  return range;
}

const sameLines = (a: string[], b: string[]) => a.length === b.length && a.every((line, i) => line === b[i]);

/** Lines as the editor's own blocks (<p> where it uses them, else <div>), when typing is unavailable. */
function replaceWithBlocks(el: HTMLElement, lines: string[], kept: ChildNode[]): void {
  const doc = el.ownerDocument;
  const tag = el.querySelector('p') ? 'p' : 'div';
  // Typing may have merged the first kept node away; keep what is left of the signature.
  const keep = kept.find((node) => node.parentNode === el) ?? null;
  while (el.firstChild && el.firstChild !== keep) el.firstChild.remove();
  for (const line of lines) {
    const block = doc.createElement(tag);
    block.append(line ? doc.createTextNode(line) : doc.createElement('br'));
    el.insertBefore(block, keep);
  }
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: lines.join('\n') }));
}

/**
 * Contenteditable: each line typed with execCommand('insertText') and each line break with
 * 'insertParagraph' (what Enter does), so the editor makes its own paragraphs and its input
 * listeners fire. The replaced range ends before a Gmail signature or quoted thread.
 */
export function typeIntoEditable(el: HTMLElement, text: string): void {
  const lines = messageLines(text);
  const keep = signatureStart(el);
  const kept = siblingsFrom(keep);
  const expected = [...lines, ...linesOf(kept)];
  el.focus();
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(replacedRange(el, keep));
  let typed = typeof doc.execCommand === 'function' && !!selection;
  lines.forEach((line, i) => {
    if (typed && i > 0) typed = doc.execCommand('insertParagraph', false);
    if (typed && line) typed = doc.execCommand('insertText', false, line);
  });
  if (!typed || !sameLines(renderedLines(el), expected)) replaceWithBlocks(el, lines, kept);
}

/** The text with a space where it would otherwise run into the words either side of the cursor. */
export function spaced(text: string, before: string, after: string): string {
  const lead = /[\p{L}\p{N}.,;:!?)\]”’"']$/u.test(before) ? ' ' : '';
  const tail = /^[\p{L}\p{N}(“‘]/u.test(after) ? ' ' : '';
  return `${lead}${text}${tail}`;
}

/** The deepest place at the end of `node`'s text (before a closing <br>, which only holds a line open). */
function collapseAtEnd(range: Range, node: Node): void {
  if (node.nodeType !== Node.TEXT_NODE && node.nodeName !== 'BR' && node.lastChild) {
    collapseAtEnd(range, node.lastChild);
    return;
  }
  if (node.nodeType === Node.TEXT_NODE) range.setStart(node, (node.textContent ?? '').length);
  else if (node.nodeName === 'BR') range.setStartBefore(node);
  else range.setStart(node, 0);
  range.collapse(true);
}

/** The cursor or selection inside `el`, else the end of the message (above a Gmail signature or quote). */
function caretIn(el: HTMLElement): Range {
  const selection = el.ownerDocument.getSelection();
  const current = selection?.rangeCount ? selection.getRangeAt(0) : null;
  if (current && el.contains(current.startContainer) && el.contains(current.endContainer)) return current.cloneRange();
  const range = el.ownerDocument.createRange();
  const keep = signatureStart(el);
  const last = keep ? keep.previousSibling : el.lastChild;
  if (last) collapseAtEnd(range, last);
  else {
    range.selectNodeContents(el);
    range.collapse(true);
  }
  return range;
}

/** The text of the node the range starts or ends in, either side of it. */
function textAround(range: Range): { before: string; after: string } {
  const { startContainer: start, endContainer: end } = range;
  return {
    before: start.nodeType === Node.TEXT_NODE ? (start.textContent ?? '').slice(0, range.startOffset) : '',
    after: end.nodeType === Node.TEXT_NODE ? (end.textContent ?? '').slice(range.endOffset) : '',
  };
}

/**
 * Contenteditable: a part of a message typed at the cursor (replacing a selection), line by line as
 * in typeIntoEditable, so the editor splits its paragraph where a line break goes. Without a cursor
 * in the editor it goes at the end of the message. Where typing is unavailable the lines are put
 * in with <br>s.
 */
export function typeAtCaret(el: HTMLElement, text: string): void {
  const range = caretIn(el);
  const { before, after } = textAround(range);
  const lines = spaced(messageLines(text).join('\n'), before, after).split('\n');
  el.focus();
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const untouched = el.innerHTML;
  let typed = typeof doc.execCommand === 'function' && !!selection;
  lines.forEach((line, i) => {
    if (typed && i > 0) typed = doc.execCommand('insertParagraph', false);
    if (typed && line) typed = doc.execCommand('insertText', false, line);
  });
  // The editor took nothing: put the lines in by hand.
  if (el.innerHTML === untouched) insertLines(el, range, lines);
}

function insertLines(el: HTMLElement, range: Range, lines: string[]): void {
  const doc = el.ownerDocument;
  const fragment = doc.createDocumentFragment();
  lines.forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.deleteContents();
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(range);
  }
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: lines.join('\n') }));
}

/** Input/textarea: a part typed at the cursor (replacing a selection), the cursor left after it. */
export function typeIntoFieldAtCaret(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const { value } = el;
  const start = el.selectionStart ?? value.length;
  const end = el.selectionEnd ?? start;
  const part = spaced(text.replace(/\r\n?/g, '\n').trim(), value.slice(0, start), value.slice(end));
  typeIntoField(el, value.slice(0, start) + part + value.slice(end));
  el.setSelectionRange(start + part.length, start + part.length);
}

/** Input/textarea: the native value setter, so React-controlled fields notice, then 'input'. Line breaks stay. */
export function typeIntoField(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  el.focus();
  const proto = Object.getPrototypeOf(el) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, text);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export function insertGmail(
  doc: Document,
  subject: string | null,
  message: string,
  at: InsertAt = 'replace',
): InsertResult {
  const body = doc.querySelector<HTMLElement>('div[g_editable="true"][role="textbox"]');
  if (!visible(body)) return { ok: false, reason: 'no-compose-box' };
  const subjectBox = doc.querySelector<HTMLInputElement>('input[name="subjectbox"]');
  if (subject && subjectBox) typeIntoField(subjectBox, subject);
  (at === 'caret' ? typeAtCaret : typeIntoEditable)(body, message);
  return { ok: true, target: 'gmail-compose' };
}

/** Into the composer open on the page: the connection note wins over an InMail or message box. */
export function insertLinkedIn(
  doc: Document,
  subject: string | null,
  message: string,
  at: InsertAt = 'replace',
): InsertResult {
  const composer = findLinkedInComposer(doc);
  if (!composer) return { ok: false, reason: 'no-compose-box' };
  if (composer.format === 'CONNECTION_NOTE') {
    if (at === 'caret') typeIntoFieldAtCaret(composer.body, message);
    else typeIntoField(composer.body, message.replace(/\r\n?/g, '\n').trim());
    return { ok: true, target: 'linkedin-note' };
  }
  if (subject && composer.format === 'INMAIL' && composer.subject) typeIntoField(composer.subject, subject);
  (at === 'caret' ? typeAtCaret : typeIntoEditable)(composer.body, message);
  return { ok: true, target: composer.format === 'INMAIL' ? 'linkedin-inmail' : 'linkedin-message' };
}
