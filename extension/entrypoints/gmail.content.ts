import { insertGmail } from '@/lib/insert';
import { answerPanel } from '@/lib/messaging';
import { watchPage } from '@/lib/page-watch';
import { scrapeGmail } from '@/lib/scrape/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main(ctx) {
    browser.runtime.onMessage.addListener(
      answerPanel({
        scrape: () => scrapeGmail(document, location.href),
        insert: (subject, message, at) => insertGmail(document, subject, message, at),
      }),
    );
    watchPage(ctx, { send: (message) => browser.runtime.sendMessage(message) });
  },
});
