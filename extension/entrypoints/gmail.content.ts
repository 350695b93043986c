import { insertGmail } from '@/lib/insert';
import { answerPanel } from '@/lib/messaging';
import { scrapeGmail } from '@/lib/scrape/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main() {
    browser.runtime.onMessage.addListener(
      answerPanel({
        scrape: () => scrapeGmail(document, location.href),
        insert: (subject, message) => insertGmail(document, subject, message),
      }),
    );
  },
});
