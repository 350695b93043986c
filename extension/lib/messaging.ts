import type { LinkedInFormat } from '@personalizer/shared';
import type { InsertAt, InsertResult } from './insert.ts';
import type { ScrapeResult } from './scrape/types.ts';

/** Side panel → content script requests, and what each answers. */
export type PanelMessage =
  | { type: 'scrape' }
  /** at: 'caret' puts a part (slot) in at the cursor; the whole message replaces the draft. */
  | { type: 'insert'; subject: string | null; message: string; at?: InsertAt };
export type PanelReply<M extends PanelMessage> = M extends { type: 'scrape' } ? ScrapeResult : InsertResult;

/** Content script → side panel: the page moved on (in-app navigation) or a composer opened or closed. */
export interface PageChanged {
  type: 'page-changed';
  /** navigated: another page rendered (read it again); composer: only the open composer changed. */
  reason: 'navigated' | 'composer';
  url: string;
  composer: LinkedInFormat | null;
}

export const isPageChanged = (message: unknown): message is PageChanged =>
  (message as PageChanged | null)?.type === 'page-changed';

/** A content script's listener: answers the panel's messages with the page's scrape and insert. */
export function answerPanel(handlers: {
  scrape: () => ScrapeResult;
  insert: (subject: string | null, message: string, at: InsertAt) => InsertResult;
}) {
  return (message: PanelMessage): Promise<ScrapeResult | InsertResult> | undefined => {
    if (message?.type === 'scrape') return Promise.resolve(handlers.scrape());
    if (message?.type === 'insert')
      return Promise.resolve(handlers.insert(message.subject, message.message, message.at ?? 'replace'));
    return undefined;
  };
}
