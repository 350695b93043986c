import type { PanelMessage, PanelReply } from './messaging.ts';
import type { ScrapeResult } from './scrape/types.ts';

const PAGES = ['https://www.linkedin.com/*', 'https://mail.google.com/*'];

/**
 * The page the panel works on: `?tabId=N` when given, else the active tab if it is LinkedIn or
 * Gmail (the panel opened on the page), else the most recently used LinkedIn/Gmail tab.
 */
export async function findTargetTab(): Promise<Browser.tabs.Tab | undefined> {
  const explicit = Number(new URLSearchParams(location.search).get('tabId'));
  if (explicit) return browser.tabs.get(explicit);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.url && /^https:\/\/(www\.linkedin\.com|mail\.google\.com)\//.test(active.url)) return active;
  const tabs = await browser.tabs.query({ url: PAGES });
  return tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

export function siteOf(url: string | undefined): 'linkedin' | 'gmail' | null {
  if (url?.startsWith('https://www.linkedin.com/')) return 'linkedin';
  if (url?.startsWith('https://mail.google.com/')) return 'gmail';
  return null;
}

/** Sends to the tab's content script; tabs opened before install get it injected first. */
export async function sendToTab<M extends PanelMessage>(tab: Browser.tabs.Tab, message: M): Promise<PanelReply<M>> {
  const id = tab.id as number;
  try {
    return (await browser.tabs.sendMessage(id, message)) as PanelReply<M>;
  } catch {
    const file: '/content-scripts/gmail.js' | '/content-scripts/linkedin.js' =
      siteOf(tab.url) === 'gmail' ? '/content-scripts/gmail.js' : '/content-scripts/linkedin.js';
    await browser.scripting.executeScript({ target: { tabId: id }, files: [file] });
    return (await browser.tabs.sendMessage(id, message)) as PanelReply<M>;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a page in the tab until `ready` accepts it (the page renders after it loads), a few times. */
export async function scrapeWhen(
  tab: Browser.tabs.Tab,
  ready: (result: ScrapeResult) => boolean,
  attempts = 8,
  delayMs = 300,
): Promise<ScrapeResult> {
  let result = await sendToTab(tab, { type: 'scrape' });
  for (let i = 1; i < attempts && !ready(result); i++) {
    await sleep(delayMs);
    result = await sendToTab(tab, { type: 'scrape' });
  }
  return result;
}

async function loaded(id: number, timeoutMs: number): Promise<Browser.tabs.Tab> {
  const started = Date.now();
  for (;;) {
    const tab = await browser.tabs.get(id);
    if (tab.status === 'complete') return tab;
    if (Date.now() - started > timeoutMs) throw new Error('The company page did not load');
    await sleep(200);
  }
}

const isCompanyPage = (r: ScrapeResult) => r.page === 'company' && r.context.length > 0;

/**
 * Reads a LinkedIn company's About page in a background tab the user asked for, and closes it:
 * the SDR stays on the profile and keeps the lead they are writing to. A page that failed to load
 * (an error page takes no content script) is reloaded once.
 */
export async function readCompanyPage(companyUrl: string, timeoutMs = 15_000): Promise<ScrapeResult> {
  const { id } = await browser.tabs.create({ url: `${companyUrl}about/`, active: false });
  const tabId = id as number;
  try {
    // A login wall or another page is no company page: never let it replace the lead.
    const read = async () => {
      const result = await scrapeWhen(await loaded(tabId, timeoutMs), isCompanyPage);
      if (!isCompanyPage(result)) throw new Error('No company page to read');
      return result;
    };
    try {
      return await read();
    } catch {
      await browser.tabs.reload(tabId);
      await sleep(200);
      return await read();
    }
  } finally {
    await browser.tabs.remove(tabId).catch(() => {});
  }
}
