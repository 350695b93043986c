import type { InsertResult } from './insert.ts';
import type { ScrapeResult } from './scrape/types.ts';

/** Side panel → content script requests, and what each answers. */
export type PanelMessage = { type: 'scrape' } | { type: 'insert'; subject: string | null; message: string };
export type PanelReply<M extends PanelMessage> = M extends { type: 'scrape' } ? ScrapeResult : InsertResult;

/** A content script's listener: answers the panel's messages with the page's scrape and insert. */
export function answerPanel(handlers: {
  scrape: () => ScrapeResult;
  insert: (subject: string | null, message: string) => InsertResult;
}) {
  return (message: PanelMessage): Promise<ScrapeResult | InsertResult> | undefined => {
    if (message?.type === 'scrape') return Promise.resolve(handlers.scrape());
    if (message?.type === 'insert') return Promise.resolve(handlers.insert(message.subject, message.message));
    return undefined;
  };
}
