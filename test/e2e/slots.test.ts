/**
 * Personalization slots as the SDR meets them: a part of a message (opener, call to action, P.S.)
 * written on its own and typed in at the cursor of the draft on the page, inside the text that is
 * already there, so the page sees typing and the draft keeps its lines.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, shownLines } from '../support/pages.ts';
import { leadName, openContext, openMoreOptions } from '../support/panel.ts';
import { type Suite, startSuite } from '../support/suite.ts';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(async () => {
  await suite?.close();
});

/** Types `draft` into the editor's first paragraph, then puts the cursor right after `cursorAfter`. */
async function draftWithCursor(page: Page, editor: string, draft: string, cursorAfter: string) {
  await page.$eval(editor, (el) => {
    const first = el.firstElementChild as HTMLElement;
    (el as HTMLElement).focus();
    const range = document.createRange();
    range.setStart(first, 0);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  await page.keyboard.type(draft);
  await page.$eval(
    editor,
    (el, offset) => {
      const text = (el.firstElementChild as HTMLElement).firstChild as Text;
      const range = document.createRange();
      range.setStart(text, offset);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    },
    cursorAfter.length,
  );
}

describe('slots in the side panel', () => {
  it('writes a call to action alone and types it at the cursor inside the LinkedIn draft', async () => {
    suite.fake.script([]);
    await servePages(suite.browser.context);
    const { page, panel } = await suite.openLead('https://www.linkedin.com/in/dana-reyes/', 'Dana');
    await page.click('#message');
    const box = '.msg-form__contenteditable';
    await draftWithCursor(page, box, 'Thanks for connecting. I will keep this short.', 'Thanks for connecting. ');

    await panel.fill('input[name=goal]', 'Book a short intro call about shipment analytics');
    await openContext(panel);
    await panel.fill('input[name=keywords]', 'freight visibility');
    await openMoreOptions(panel);
    await panel.selectOption('select[name=slot]', 'CTA');
    expect(await panel.inputValue('input[name=max_words]')).toBe('25');
    await panel.click('text=Generate');
    await panel.waitForSelector('[data-testid=variant-2]');
    const ctas = await panel.locator('.variant .message').allTextContents();
    for (const cta of ctas) expect(cta).toMatch(/^(?!Hi )[^\n]*shipment analytics\?$/);
    await suite.shot(panel, 'slots-cta-variants');

    await panel.locator('[data-testid=variant-0] >> text=Insert at cursor').click();
    await panel.waitForSelector('text=/Inserted variant 1 at the cursor/');
    expect(await shownLines(page, box)).toEqual([`Thanks for connecting. ${ctas[0]} I will keep this short.`]);
    expect(await page.isEnabled('.msg-form__send-button')).toBe(true);
    await suite.shot(page, 'slots-linkedin-after-insert');

    const request = await suite.collection('personalization_requests').findOne({}, { sort: { created_at: -1 } });
    expect(request?.input).toMatchObject({ slot: 'CTA', constraints: { max_words: 25, include_subjects: false } });
    const output = await suite.collection('outputs').findOne({ request_id: request?.request_id, final: true });
    expect(output?.selections).toEqual([expect.objectContaining({ variant_index: 0 })]);
    await panel.close();
    await page.close();
  });

  it('types a two-line opener at the cursor inside the Gmail draft: the paragraph splits, the signature stays', async () => {
    const opener = 'Hi Sam,\n\nI noticed your document automation work.';
    suite.fake.script([
      {
        kind: 'json',
        variants: [
          { message: opener },
          { message: 'Hi Sam, document automation at Quill Legal caught my eye.' },
          { message: 'Hi Sam, your focus on document automation stood out.' },
        ],
      },
    ]);
    await servePages(suite.browser.context);
    const { page, panel } = await suite.openLead('https://mail.google.com/mail/u/0/#inbox?compose=new');
    await expect.poll(() => leadName(panel)).toMatch(/^Sam\b/);
    const body = 'div[g_editable="true"]';
    await draftWithCursor(page, body, 'Thanks for the call today. More notes below.', 'Thanks for the call today. ');

    await panel.fill('input[name=goal]', 'Offer a security review of document automation');
    await openContext(panel);
    await panel.fill('input[name=keywords]', 'document automation');
    await openMoreOptions(panel);
    await panel.selectOption('select[name=slot]', 'OPENER');
    await panel.click('text=Generate');
    await panel.waitForSelector('[data-testid=variant-2]');
    expect(await panel.locator('.variant .subject').count()).toBe(0);
    expect(await panel.locator('.flags').count()).toBe(0);
    await panel.locator('[data-testid=variant-0] >> text=Insert at cursor').click();
    await panel.waitForSelector('text=/Inserted variant 1 at the cursor in the gmail compose/');

    expect(await shownLines(page, body)).toEqual([
      'Thanks for the call today. Hi Sam,',
      '',
      'I noticed your document automation work. More notes below.',
      '',
      '--',
      'Alex Seller\nSeller Example',
    ]);
    expect(await page.inputValue('input[name=subjectbox]')).toBe('');
    expect(await page.getAttribute('.send', 'aria-disabled')).toBe('false');
    await suite.shot(page, 'slots-gmail-after-insert');
    await panel.close();
    await page.close();
  });
});
