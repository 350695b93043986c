/** Reading page text as a person sees it: line by line, without the copies made for screen readers. */

// Node types as numbers: scrapers also run on documents without DOM globals (happy-dom windows in the bench).
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIP = 'script, style, template, button, svg, noscript, [hidden]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const BLOCK =
  /^(?:DIV|P|LI|UL|OL|SECTION|ARTICLE|HEADER|FOOTER|MAIN|H[1-6]|BLOCKQUOTE|PRE|TABLE|TR|TD|DL|DT|DD|FIGURE)$/;

/** LinkedIn writes text twice: aria-hidden for the eye, then a visually hidden copy for screen readers. */
function isScreenReaderCopy(el: Element): boolean {
  const previous = el.previousElementSibling;
  return previous?.getAttribute('aria-hidden') === 'true' && previous.textContent?.trim() === el.textContent?.trim();
}

/** Such a pair is one line of its own on the page (CSS stacks them), whatever its tags. */
function isVisualLine(el: Element): boolean {
  const next = el.nextElementSibling;
  return !!next && el.getAttribute('aria-hidden') === 'true' && isScreenReaderCopy(next);
}

/**
 * The lines of text in `root`: blocks and <br>s end lines, spaces collapse, one blank line at most
 * between paragraphs. Buttons, scripts, hidden parts (and headings, unless asked) are left out.
 */
export function readLines(root: Element | null | undefined, options: { headings?: boolean } = {}): string[] {
  if (!root) return [];
  const skip = options.headings ? SKIP : `${SKIP}, ${HEADINGS}`;
  const lines: string[] = [];
  let line = '';
  const end = (blank = false) => {
    const value = line.replace(/\s+/g, ' ').trim();
    if (value) lines.push(value);
    else if (blank && lines.length && lines.at(-1) !== '') lines.push('');
    line = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        // A blank line inside one text node is a paragraph break of pre-wrapped text (LinkedIn overviews).
        const paragraphs = (child.textContent ?? '').split(/\n[ \t]*\n\s*/);
        paragraphs.forEach((text, i) => {
          if (i > 0) {
            end();
            if (lines.length && lines.at(-1) !== '') lines.push('');
          }
          line += text;
        });
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (el.matches(skip) || isScreenReaderCopy(el)) continue;
        if (el.tagName === 'BR') end(line.trim() === '');
        else if (BLOCK.test(el.tagName) || isVisualLine(el)) {
          end();
          walk(child);
          end();
        } else walk(child);
      }
    }
  };
  walk(root);
  end();
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

/** One element's text on one line. */
export function readText(el: Element | null | undefined, options: { headings?: boolean } = {}): string | undefined {
  return readLines(el, options).filter(Boolean).join(' ') || undefined;
}

/** Paragraph text: lines joined, blank lines kept as paragraph breaks. */
export function readParagraphs(el: Element | null | undefined): string | undefined {
  return (
    readLines(el)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() || undefined
  );
}

/** At most `max` characters, cut at a sentence end when one is past the middle, else at a word. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentence = Math.max(...['. ', '! ', '? ', '.\n', '!\n', '?\n'].map((end) => head.lastIndexOf(end)));
  if (sentence > max / 2) return head.slice(0, sentence + 1).trim();
  const word = head.lastIndexOf(' ');
  return `${head.slice(0, word > max / 2 ? word : max - 1).trim()}…`;
}
