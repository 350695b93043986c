/** Fixture pages served under their real URLs, so content scripts inject by their real matches. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from './paths.ts';

const FIXTURES = path.join(REPO_ROOT, 'extension/lib/scrape/fixtures');

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** LinkedIn pages by address: company pages get the company fixture, everything else the profile. */
export const linkedinFixture = (url: string) =>
  fixtureHtml(/\/company\//.test(url) ? 'linkedin-company-about.html' : 'linkedin-profile.html');

/** Serves LinkedIn and Gmail from fixtures; either may be replaced per test (LinkedIn by address). */
export async function servePages(
  context: BrowserContext,
  pages: { linkedin?: string | ((url: string) => string); gmail?: string } = {},
) {
  const linkedin = pages.linkedin ?? linkedinFixture;
  await context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: typeof linkedin === 'string' ? linkedin : linkedin(route.request().url()),
    }),
  );
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: pages.gmail ?? fixtureHtml('gmail-compose.html') }),
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
