/**
 * Tells the side panel when the page changes under it: in-app navigation on LinkedIn and Gmail
 * (WXT's 'wxt:locationchange', once the new page has rendered) and a LinkedIn composer opening or
 * closing.
 */
import type { LinkedInFormat } from '@personalizer/shared';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageChanged } from './messaging.ts';

const COMPOSER_POLL_MS = 500;
const RENDER_POLL_MS = 150;
const RENDER_WAIT_MS = 4000;

export function watchPage(
  ctx: ContentScriptContext,
  options: { composer?: () => LinkedInFormat | null; send: (message: PageChanged) => Promise<unknown> },
): void {
  const openComposer = options.composer ?? (() => null);
  let composer = openComposer();
  const notify = (reason: PageChanged['reason']) =>
    options.send({ type: 'page-changed', reason, url: location.href, composer }).catch(() => {
      // The panel is closed: nobody to tell.
    });

  // The navigate event fires before the new page renders: wait until its title changes (bounded).
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    const title = document.title;
    const started = Date.now();
    const wait = ctx.setInterval(() => {
      if (document.title !== title || Date.now() - started > RENDER_WAIT_MS) {
        clearInterval(wait);
        composer = openComposer();
        notify('navigated');
      }
    }, RENDER_POLL_MS);
  });

  // The invite dialog lives in a shadow root that DOM observers on the page do not see: poll (cheap).
  if (!options.composer) return;
  ctx.setInterval(() => {
    const now = openComposer();
    if (now !== composer) {
      composer = now;
      notify('composer');
    }
  }, COMPOSER_POLL_MS);
}
