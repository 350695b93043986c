/** Fixture pages served under their real URLs, so content scripts inject by their real matches. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from './paths.ts';

const FIXTURES = path.join(REPO_ROOT, 'extension/lib/scrape/fixtures');

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** Serves LinkedIn and Gmail from fixtures; `linkedin` may be replaced per test. */
export async function servePages(context: BrowserContext, pages: { linkedin?: string; gmail?: string } = {}) {
  await context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: pages.linkedin ?? fixtureHtml('linkedin-profile.html') }),
  );
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: pages.gmail ?? fixtureHtml('gmail-compose.html') }),
  );
}

/**
 * The lines an editor shows, read from its paragraphs (top-level blocks and bare text) with
 * innerText: textContent would run the paragraphs together into one line.
 */
export function shownLines(page: Page, selector: string): Promise<string[]> {
  return page.$eval(selector, (editor) =>
    [...editor.childNodes].map((node) =>
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
      node instanceof HTMLElement ? node.innerText.replace(/\n$/, '') : (node.textContent ?? ''),
    ),
  );
}
