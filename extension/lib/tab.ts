import type { PanelMessage, PanelReply } from './messaging.ts';

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
