/**
 * The prompt lab in real Chromium against the real server and database: sign in, search, open a
 * record and its prompts, replay it at another temperature and read the side-by-side diff, run an
 * ad-hoc request. axe-core checks each view; screenshots go to test/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type FakeProvider, startFakeProvider } from '@personalizer/server/test-support/fake-provider';
import { cleanEmailVariants, emailRequest, inventedClaimVariant } from '@personalizer/server/test-support/fixtures';
import { AuditRecord, type PersonalizeRequestInput, PersonalizeResponse } from '@personalizer/shared';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { ARTIFACTS_DIR } from '../support/paths.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { modelServerEnv } from '../support/suite.ts';

const priyaRequest: PersonalizeRequestInput = {
  channel: 'LINKEDIN',
  tone: 'FRIENDLY',
  goal: 'Start a conversation about cold-chain tracking',
  lead: { first_name: 'Priya', last_name: 'Natarajan', title: 'Head of Logistics', company_name: 'Contoso Freight' },
  company_context: { summary: 'Contoso Freight moves refrigerated goods across Europe.', keywords: ['cold chain'] },
};

let fake: FakeProvider;
let server: RunningServer;
let browser: Browser;
let page: Page;
let danaId: string;

async function post(route: string, body: unknown) {
  const res = await fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return res.json();
}

async function record(requestId: string) {
  const res = await fetch(`${server.url}/personalize/${requestId}`, {
    headers: { authorization: `Bearer ${server.token}` },
  });
  return AuditRecord.parse(await res.json());
}

/** axe-core on the page as it is now: no serious or critical violation. */
async function expectAccessible(view: Page) {
  await view.addScriptTag({ content: axe.source });
  const { violations, passes } = await view.evaluate(async () => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return {
      passes: results.passes.length,
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => n.target.join(' ')),
      })),
    };
  });
  expect(passes).toBeGreaterThan(10); // the rules did run on this page
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

async function shot(view: Page, name: string) {
  await view.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  fake = await startFakeProvider();
  server = await startServer(modelServerEnv(fake));
  // Dana's request invents a claim on its first attempt and is retried; Priya's is written at once.
  const [first, second, third] = cleanEmailVariants;
  fake.script([
    { kind: 'json', variants: [first, inventedClaimVariant, third] },
    { kind: 'json', variants: [second] },
  ]);
  danaId = PersonalizeResponse.parse(await post('/personalize', emailRequest)).request_id;
  fake.script([]);
  await post('/personalize', priyaRequest);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fake?.close();
});

const rows = () => page.locator('table.requests tbody tr');

/** What Tab reaches from the top of the page, `count` times: each control's label or text. */
async function tabOrder(count: number): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    names.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        const label = el.labels?.[0];
        return (label ? (label.firstChild?.textContent ?? '') : (el.textContent ?? '')).trim();
      }),
    );
  }
  return names;
}

describe('the prompt lab', () => {
  it('signs in with a token, lists and searches the requests', async () => {
    await page.goto(`${server.url}/lab`);
    await page.getByLabel('Access token').fill('not-a-real-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('UNAUTHORIZED');

    await page.getByLabel('Access token').fill(server.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => rows().count()).toBe(2);
    expect(await rows().first().textContent()).toContain('Priya Natarajan');
    expect(await rows().nth(1).textContent()).toContain('Dana Reyes');
    await expectAccessible(page);
    expect(await tabOrder(10)).toEqual([
      'Requests',
      'New request',
      'Sign out',
      'Search',
      'Channel',
      'Status',
      'Selected',
      'Search',
      'Priya Natarajan',
      'Dana Reyes',
    ]);
    await shot(page, 'lab-list');
    await page.setViewportSize({ width: 400, height: 900 });
    await shot(page, 'lab-list-400');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByLabel('Search').fill('contoso');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain('Priya Natarajan');

    await page.getByLabel('Search').fill('');
    await page.getByLabel('Channel').selectOption('EMAIL');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain('Dana Reyes');

    await page.getByLabel('Channel').selectOption('SMS');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByText('No request matches.').count()).toBe(1);
  });

  it('opens a record with its prompts, attempts, flagged spans and raw output', async () => {
    await page.getByRole('link', { name: 'Requests' }).click();
    await page.getByRole('link', { name: 'Dana Reyes' }).click();
    await page.getByRole('heading', { name: `Request ${danaId}` }).waitFor();
    const stored = await record(danaId);
    const [firstPrompt, retryPrompt] = stored.prompts;
    const blocks = page.locator('pre.block');
    await expect.poll(() => blocks.count()).toBe(1 + 2 * 2 + 2); // input, two prompt pairs, two raw outputs
    expect(await blocks.nth(1).textContent()).toBe(firstPrompt?.system_prompt);
    expect(await blocks.nth(2).textContent()).toBe(firstPrompt?.user_prompt);
    expect(await blocks.nth(5).textContent()).toBe(retryPrompt?.user_prompt);
    expect(await page.getByRole('heading', { name: /Attempt 2.*retry/ }).count()).toBe(1);
    // The invented statistic of attempt 1 is marked in the text and its reason listed.
    const marked = page.locator('mark.flag-error', { hasText: '40%' });
    expect(await marked.count()).toBeGreaterThan(0);
    expect(await page.getByRole('list', { name: 'Flags of variant 2' }).first().textContent()).toContain(
      'UNSOURCED_NUMBER',
    );
    expect(await page.getByRole('heading', { name: 'Selections' }).count()).toBe(1);
    await expectAccessible(page);
    await shot(page, 'lab-record');
  });

  it('replays at another temperature and shows the original and the replay side by side with a word diff', async () => {
    const [first, second, third] = cleanEmailVariants;
    const changed = {
      ...first,
      message: (first?.message ?? '').replace('a short intro call next week', 'a quick call this month'),
    };
    fake.script([{ kind: 'json', variants: [changed, second, third] }]);
    await page.getByLabel('Temperature').fill('1.1');
    await page.getByRole('button', { name: 'Replay' }).click();
    await page.getByRole('heading', { name: /Variant 1.*words removed/ }).waitFor();
    expect(fake.requests[0]?.body).toMatchObject({ temperature: 1.1 });

    const variantOne = page.locator('section.variant-diff').first();
    expect(await variantOne.locator('del').allTextContents()).toEqual(['short intro', 'next week']);
    expect(await variantOne.locator('ins').allTextContents()).toEqual(['quick', 'this month']);
    expect(await variantOne.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['Original', 'Replay']);
    expect(await page.getByRole('heading', { name: /Variant 2.*unchanged/ }).count()).toBe(1);
    await expectAccessible(page);
    await page.locator('section.replay').screenshot({ path: path.join(ARTIFACTS_DIR, 'lab-replay.png') });
  });

  it('checks an ad-hoc request with the shared schema, sends it and opens the result', async () => {
    await page.getByRole('link', { name: 'New request' }).click();
    const body = page.getByLabel('Request body (PersonalizeRequest, JSON)');
    const example = JSON.parse(await body.inputValue());
    await body.fill(JSON.stringify({ ...example, channel: 'FAX' }));
    await expect
      .poll(() => page.getByRole('list', { name: 'Problems in the request' }).textContent())
      .toContain('channel');
    await body.fill(JSON.stringify({ ...example, lead: { ...example.lead, first_name: 'Ari' } }, null, 2));
    await page.getByText('Valid: checked with the same schema the server uses.').waitFor();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: /^Request req_/ }).waitFor();
    expect(await page.locator('pre.block').first().textContent()).toContain('"first_name": "Ari"');
    expect(await page.locator('article.variant').count()).toBeGreaterThan(0);
  });
});
