import { findLinkedInComposer } from '@/lib/composer';
import { insertLinkedIn } from '@/lib/insert';
import { answerPanel } from '@/lib/messaging';
import { watchPage } from '@/lib/page-watch';
import { scrapeLinkedIn } from '@/lib/scrape/linkedin';
import { companyPageUrl, scrapeLinkedInCompany } from '@/lib/scrape/linkedin-company';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  main(ctx) {
    const composer = () => findLinkedInComposer(document)?.format ?? null;
    browser.runtime.onMessage.addListener(
      answerPanel({
        // Read on demand, so in-app navigation to another profile is always current.
        scrape: () =>
          companyPageUrl(location.href)
            ? scrapeLinkedInCompany(document, location.href)
            : { ...scrapeLinkedIn(document, location.href), composer: composer() },
        insert: (subject, message, at) => insertLinkedIn(document, subject, message, at),
      }),
    );
    watchPage(ctx, { composer, send: (message) => browser.runtime.sendMessage(message) });
  },
});
