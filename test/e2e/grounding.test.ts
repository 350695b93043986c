/**
 * Grounding as the SDR meets it: a sender profile saved in Settings shapes the messages, a variant
 * with an invented claim shows the words marked with the reason, and inserting it anyway needs a
 * confirmation that the audit records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages } from '../support/pages.ts';
import { leadName, openContext } from '../support/panel.ts';
import { type Suite, startSuite } from '../support/suite.ts';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(async () => {
  await suite?.close();
});

const PROOF = 'Used by 400 logistics teams';

describe('grounding in the side panel', () => {
  it('saves a sender profile in Settings and writes as that sender', async () => {
    suite.fake.script([]);
    await servePages(suite.browser.context);
    const { page, panel } = await suite.openLead('https://www.linkedin.com/in/dana-reyes/', 'Dana');
    await panel.click('nav >> text=Settings');
    await panel.fill('input[name=sender_name]', 'Sam Okoro');
    await panel.fill('input[name=sender_company]', 'RouteLoop');
    await panel.fill('textarea[name=sender_offer]', 'We assign loads automatically and text drivers their next run.');
    await panel.fill('textarea[name=sender_proof_points]', `${PROOF}\nSOC 2 Type II`);
    await panel.click('text=Save sender profile');
    await panel.waitForSelector('text=/Sender profile saved/');
    await suite.shot(panel, 'settings-sender-profile');

    await panel.click('nav >> text=Write');
    expect(await leadName(panel)).toBe('Dana Reyes');
    await panel.selectOption('select[name=channel]', 'EMAIL');
    await panel.fill('input[name=goal]', 'Book a short intro call about dispatch automation');
    await openContext(panel);
    await panel.fill('input[name=keywords]', 'freight visibility');
    await panel.click('text=Generate');
    await panel.waitForSelector('[data-testid=variant-0], .error-box');
    expect(await panel.locator('.error-box').count()).toBe(0);

    const messages = await panel.locator('.variant .message').allTextContents();
    expect(messages.some((m) => m.includes(PROOF))).toBe(true);
    expect(messages.some((m) => m.includes('We assign loads automatically'))).toBe(true);
    const request = await suite.collection('personalization_requests').findOne({}, { sort: { created_at: -1 } });
    expect(request?.input.sender).toMatchObject({
      name: 'Sam Okoro',
      company: 'RouteLoop',
      proof_points: [PROOF, 'SOC 2 Type II'],
    });
    await panel.close();
    await page.close();
  });

  it('marks the invented words with the reason and records an Insert anyway', async () => {
    const invented =
      'Hi Dana,\n\nI read your recent post about freight visibility. Teams like Stripe use us.\n\nOpen to a short call?';
    const clean = (n: number) => ({
      message: `Hi Dana,\n\nFreight visibility idea number ${n === 1 ? 'one' : 'two'} for Northwind Logistics.\n\nOpen to a short call?`,
    });
    // The retry answers with the same invention, so the flags stay on the returned variant.
    suite.fake.script([
      { kind: 'json', variants: [{ message: invented }, clean(1), clean(2)] },
      { kind: 'json', variants: [{ message: invented }] },
    ]);
    await servePages(suite.browser.context);
    const { page, panel } = await suite.openLead('https://www.linkedin.com/in/dana-reyes/', 'Dana');
    await page.click('#message');
    await panel.fill('input[name=goal]', 'Book a short call about freight visibility');
    await openContext(panel);
    await panel.fill('input[name=keywords]', 'freight visibility');
    await panel.click('text=Generate');
    await panel.waitForSelector('[data-testid=variant-0] mark.flagged');

    const card = panel.locator('[data-testid=variant-0]');
    const marked = card.locator('.message mark.flagged');
    expect(await marked.evaluateAll((ms) => ms.map((m) => m.firstChild?.textContent))).toEqual(
      expect.arrayContaining(['your recent post', 'Stripe']),
    );
    // The reason shows on keyboard focus, as on hover.
    await marked.first().focus();
    const tip = card.locator('.message mark.flagged:focus [role=tooltip]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('observation the input does not hold');
    await suite.shot(panel, 'panel-flagged-span');

    await card.locator('text=Insert').first().click();
    const dialog = panel.locator('[role=alertdialog]');
    expect(await dialog.textContent()).toContain('“Stripe” is a name that is not in the input');
    await suite.shot(panel, 'panel-insert-anyway');
    await dialog.locator('text=Insert anyway').click();
    await panel.waitForSelector('text=/Inserted variant 1/');

    const output = await suite.collection('outputs').findOne({ final: true, 'parsed_variants.0.message': invented });
    expect(output?.selections).toEqual([
      expect.objectContaining({ variant_index: 0, overrode_flags: expect.arrayContaining(['UNSOURCED_CLAIM']) }),
    ]);
    await panel.close();
    await page.close();
  });
});
