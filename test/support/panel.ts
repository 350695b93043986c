/** The side panel as a tab next to the page it serves (EXTENSION-TESTING.md), and screenshots. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser.ts';
import { ARTIFACTS_DIR } from './paths.ts';

/** The panel's real width in Chrome's side panel. */
export const PANEL_WIDTH = 400;

export async function configure(browser: ExtensionBrowser, url: string, token: string) {
  await browser.worker.evaluate(([serverUrl, accessToken]) => chrome.storage.local.set({ serverUrl, accessToken }), [
    url,
    token,
  ] as const);
}

export async function tabIdOf(browser: ExtensionBrowser, pattern: string): Promise<number> {
  const ids = await browser.worker.evaluate(
    async (url) => (await chrome.tabs.query({ url })).map((t) => t.id as number),
    pattern,
  );
  return ids.at(-1) as number;
}

export async function openPanel(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: PANEL_WIDTH, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}
