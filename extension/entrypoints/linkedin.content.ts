import { insertLinkedIn } from '@/lib/insert';
import { answerPanel } from '@/lib/messaging';
import { scrapeLinkedIn } from '@/lib/scrape/linkedin';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  main() {
    browser.runtime.onMessage.addListener(
      answerPanel({
        // Read on demand, so in-app navigation to another profile is always current.
        scrape: () => scrapeLinkedIn(document, location.href),
        insert: (subject, message) => insertLinkedIn(document, subject, message),
      }),
    );
  },
});
