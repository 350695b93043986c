/**
 * The side panel as a new SDR meets it at its real width: from a LinkedIn profile to an inserted
 * message in four actions with the variants in view; each state (empty, loading, variants with a
 * flagged span, error, history, analytics) screenshotted at 400 px and checked with axe-core;
 * one variant rewritten; History searched and filtered.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, shownLines } from '../support/pages.ts';
import { type Focused, openMoreOptions, seriousViolations, tabOrder } from '../support/panel.ts';
import { ARTIFACTS_DIR } from '../support/paths.ts';
import { type Suite, startSuite } from '../support/suite.ts';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
  await servePages(suite.browser.context);
});

afterAll(async () => {
  await suite?.close();
});

const PROFILE = 'https://www.linkedin.com/in/dana-reyes/';
const GOAL = 'Book a short intro call about shipment analytics';

/** Saves the panel as the SDR sees it and asserts axe finds nothing serious or critical. */
async function shotAndAudit(panel: Page, state: string) {
  // From the top: a full-page shot of a scrolled page draws the sticky bar mid-page.
  await panel.evaluate(() => window.scrollTo(0, 0));
  await suite.shot(panel, `panel-${state}`);
  expect(await seriousViolations(panel), state).toEqual([]);
}

async function openAtPanelSize() {
  const opened = await suite.openLead(PROFILE, 'Dana');
  await opened.panel.setViewportSize({ width: 400, height: 800 });
  return opened;
}

describe('a new SDR on a LinkedIn profile', () => {
  it('reaches an inserted, grounded message in four actions, the variants in view without scrolling', async () => {
    suite.fake.script([]);
    const { page, panel } = await openAtPanelSize();
    await shotAndAudit(panel, 'empty');

    let actions = 0;
    const act = async (action: () => Promise<unknown>) => {
      actions++;
      await action();
    };
    await act(() => page.click('#message'));
    await act(() => panel.fill('input[name=goal]', GOAL));
    await act(() => panel.keyboard.press('Control+Enter'));
    const first = panel.getByTestId('variant-0');
    await first.waitFor();

    // The first variant starts inside the 800 px window, below the lead, with nothing scrolled.
    expect(await panel.evaluate(() => window.scrollY)).toBe(0);
    const top = (await first.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    const leadBottom = await panel.getByTestId('lead-card').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThan(leadBottom);
    expect(top).toBeLessThan(800 - 100);
    // What the SDR sees in the window, as it is (not the full page).
    await panel.screenshot({ path: path.join(ARTIFACTS_DIR, 'panel-above-the-fold.png') });

    const message = (await first.locator('.message').textContent()) ?? '';
    await act(() => panel.keyboard.press('Alt+1'));
    await panel.getByText(/Inserted variant 1 into the linkedin message/).waitFor();
    expect(actions).toBeLessThanOrEqual(4);
    expect(await shownLines(page, '.msg-form__contenteditable')).toEqual(message.split('\n'));
    // Grounded: greets the lead, names what the profile says, and carries no error flag.
    expect(message).toMatch(/^Hi Dana\b/);
    expect(await first.locator('.points li').allTextContents()).toContain('Named the company: Northwind Logistics');
    expect(await first.locator('.flags .error').count()).toBe(0);
    expect(await first.getByText('inserted').isVisible()).toBe(true);
    const output = await suite.collection('outputs').findOne({ final: true, 'parsed_variants.0.message': message });
    expect(output?.selections).toEqual([expect.objectContaining({ variant_index: 0 })]);
    await panel.close();
    await page.close();
  });
});

describe('writing in another language', () => {
  it('writes in the language picked under More options, greeting the lead the way that language does', async () => {
    suite.fake.script([]);
    const { page, panel } = await openAtPanelSize();
    await openMoreOptions(panel);
    // The browser's language is the default (English here); the SDR picks Spanish.
    expect(await panel.locator('select[name=language]').inputValue()).toBe('en');
    await panel.selectOption('select[name=language]', 'es');
    await panel.fill('input[name=goal]', 'Agendar una llamada corta sobre analítica de envíos');
    await panel.keyboard.press('Control+Enter');
    const first = panel.getByTestId('variant-0');
    await first.waitFor();
    expect(await panel.locator('details.more > summary').textContent()).toContain('Español');
    const message = (await first.locator('.message').textContent()) ?? '';
    expect(message).toMatch(/^Hola Dana\b/);
    expect(await first.locator('.flags .error').count()).toBe(0);
    await shotAndAudit(panel, 'spanish');
    await panel.close();
    await page.close();
  });
});

describe('panel states', () => {
  it('shows skeletons while writing, then the variants with the flagged words marked', async () => {
    const invented = `Hi Dana,\n\nTeams like Stripe use us for shipment analytics.\n\nOpen to a short call?`;
    const clean = (n: string) => ({
      message: `Hi Dana,\n\nShipment analytics idea ${n} for Northwind Logistics.\n\nOpen to a short intro call?`,
    });
    suite.fake.script([
      { kind: 'json', variants: [clean('one'), { message: invented }, clean('two')], delayMs: 1500 },
      { kind: 'json', variants: [{ message: invented }] },
    ]);
    const { page, panel } = await openAtPanelSize();
    await panel.fill('input[name=goal]', GOAL);
    await panel.getByRole('button', { name: 'Generate' }).click();
    await panel.getByTestId('skeleton-2').waitFor();
    expect(await panel.getByRole('status').filter({ hasText: 'Writing three variants' }).isVisible()).toBe(true);
    await shotAndAudit(panel, 'loading');

    const flagged = panel.getByTestId('variant-1').locator('.message mark.flagged');
    await flagged.first().waitFor();
    expect(await flagged.evaluateAll((ms) => ms.map((m) => m.firstChild?.textContent))).toContain('Stripe');
    await flagged.first().focus();
    await panel.getByTestId('variant-1').scrollIntoViewIfNeeded();
    await shotAndAudit(panel, 'variants');
    // Focus moves as the panel reads: top to bottom, and left to right within a line.
    const order = await tabOrder(panel);
    expect(order.length).toBeGreaterThan(20);
    for (const [i, next] of order.slice(1).entries()) {
      const prev = order[i] as Focused;
      const sameLine = Math.abs(next.top - prev.top) < 6;
      expect(sameLine ? next.left > prev.left : next.top > prev.top, `${prev.label} → ${next.label}`).toBe(true);
    }
    // Narrow and wide side panels: nothing runs off the side.
    for (const width of [360, 480]) {
      await panel.setViewportSize({ width, height: 800 });
      expect(await panel.evaluate(() => document.documentElement.scrollWidth), `at ${width} px`).toBe(width);
    }
    await suite.shot(panel, 'panel-variants-480');
    await panel.setViewportSize({ width: 360, height: 800 });
    await suite.shot(panel, 'panel-variants-360');
    await panel.setViewportSize({ width: 400, height: 800 });
    // The same state in the dark theme, which follows the system.
    await panel.emulateMedia({ colorScheme: 'dark' });
    await shotAndAudit(panel, 'variants-dark');
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.close();
    await page.close();
  });

  it('says what went wrong and what to do next', async () => {
    await suite.configure(suite.server.url, 'wrong-token-0000000000');
    const { page, panel } = await openAtPanelSize();
    await panel.fill('input[name=goal]', GOAL);
    await panel.keyboard.press('Control+Enter');
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Paste the token the server printed into Settings');
    expect(await alert.getByRole('button', { name: 'Settings' }).isVisible()).toBe(true);
    await shotAndAudit(panel, 'error');
    await suite.configure(suite.server.url, suite.server.token);
    await panel.close();
    await page.close();
  });
});

describe('regenerate one variant', () => {
  it('rewrites only that variant; inserting it records the pick against the current variants', async () => {
    suite.fake.script([]);
    const { page, panel } = await openAtPanelSize();
    await page.click('#message');
    await panel.fill('input[name=goal]', GOAL);
    await panel.keyboard.press('Control+Enter');
    await panel.getByTestId('variant-2').waitFor();
    const before = await panel.locator('.variant .message').allTextContents();

    const second = panel.getByTestId('variant-1');
    const answered = panel.waitForResponse((r) => r.url().endsWith('/variants/1/regenerate'));
    await second.getByRole('button', { name: 'Regenerate' }).click();
    expect((await answered).status()).toBe(200);
    await expect.poll(() => second.locator('.message').textContent()).not.toBe(before[1]);
    const after = await panel.locator('.variant .message').allTextContents();
    expect([after[0], after[2]]).toEqual([before[0], before[2]]);

    await second.getByRole('button', { name: 'Insert' }).click();
    await panel.getByText(/Inserted variant 2/).waitFor();
    expect(await shownLines(page, '.msg-form__contenteditable')).toEqual((after[1] ?? '').split('\n'));
    const output = await suite.collection('outputs').findOne({ final: true, 'parsed_variants.1.message': after[1] });
    expect(output?.parsed_variants.map((v: { message: string }) => v.message)).toEqual(after);
    expect(output?.selections).toEqual([expect.objectContaining({ variant_index: 1 })]);
    await panel.close();
    await page.close();
  });
});

describe('History and analytics', () => {
  it('finds a request by company, filters by what was inserted, and re-opens it with its pick', async () => {
    // One more lead, written through the API: an email to Sam at Quill Legal, never inserted.
    suite.fake.script([]);
    const res = await fetch(`${suite.server.url}/personalize`, {
      method: 'POST',
      headers: { authorization: `Bearer ${suite.server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'EMAIL',
        tone: 'DIRECT',
        goal: 'Offer a security review of document automation',
        lead: { first_name: 'Sam', last_name: 'Lee', company_name: 'Quill Legal' },
        company_context: { keywords: ['document automation'] },
      }),
    });
    expect(res.status).toBe(200);

    const { page, panel } = await openAtPanelSize();
    await panel.getByRole('navigation').getByRole('button', { name: 'History' }).click();
    const rows = panel.getByRole('list', { name: 'Requests' }).getByRole('listitem');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(2);

    await panel.getByLabel('Search').fill('quill');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringMatching(/^Sam Lee · Quill Legal/)]);
    await shotAndAudit(panel, 'history');

    await panel.getByLabel('Search').fill('');
    await panel.locator('select[name=selected]').selectOption('true');
    const dana = expect.stringMatching(/^Dana Reyes · Northwind Logistics/);
    await expect.poll(() => rows.allTextContents()).toEqual([dana, dana]);
    await panel.locator('select[name=selected]').selectOption('false');
    await expect.poll(() => rows.allTextContents()).toContainEqual(expect.stringMatching(/^Sam Lee/));

    // The newest inserted request: the one whose second variant was rewritten and inserted.
    await panel.locator('select[name=selected]').selectOption('true');
    await expect.poll(() => rows.allTextContents()).toEqual([dana, dana]);
    await rows.first().getByRole('button').click();
    await panel.getByText(/^Re-opened request req_/).waitFor();
    expect(await panel.getByTestId('variant-1').getByText('inserted').isVisible()).toBe(true);
    expect(await panel.getByTestId('variant-0').getByText('inserted').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('shows the selection rate by tone, template and arm, and channel', async () => {
    const { page, panel } = await openAtPanelSize();
    await panel.getByRole('navigation').getByRole('button', { name: 'Analytics' }).click();
    const byChannel = panel.getByRole('img', { name: /^Selection rate by channel: / });
    await byChannel.waitFor();
    // Two LinkedIn requests inserted of those written here; the email was never inserted.
    expect(await byChannel.getAttribute('aria-label')).toMatch(/LinkedIn \d+%, Email 0%/);
    expect(await panel.getByRole('img', { name: /^Selection rate by tone: / }).isVisible()).toBe(true);
    expect(await panel.getByRole('img', { name: /^Selection rate by template and arm: / }).isVisible()).toBe(true);
    await shotAndAudit(panel, 'analytics');
    await panel.close();
    await page.close();
  });
});
