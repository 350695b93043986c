/**
 * SMS compliance as the SDR meets it: every text names the sender and carries the opt-out, a lead
 * whose consent is not confirmed is flagged and the panel asks before Copy and Insert (recorded
 * with the selection), and a server with SMS_REQUIRE_CONSENT=true refuses until consent is ticked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, shownLines } from '../support/pages.ts';
import { openContext } from '../support/panel.ts';
import { startServer } from '../support/server.ts';
import { type Suite, startSuite } from '../support/suite.ts';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(async () => {
  await suite?.close();
});

const OPT_OUT = 'Reply STOP to opt out.';

async function saveSender() {
  const res = await fetch(`${suite.server.url}/sender-profile`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${suite.server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Sam Okoro', company: 'RouteLoop', proof_points: [] }),
  });
  expect(res.status).toBe(200);
}

async function openSms() {
  suite.fake.script([]);
  await servePages(suite.browser.context);
  const { page, panel } = await suite.openLead('https://www.linkedin.com/in/dana-reyes/', 'Dana');
  await page.click('#message');
  await panel.selectOption('select[name=channel]', 'SMS');
  await panel.fill('input[name=goal]', 'Book a short call about dispatch automation');
  await openContext(panel);
  await panel.fill('input[name=keywords]', 'freight visibility');
  return { page, panel };
}

/** Generates and waits for the answer (earlier variants may still be on screen until it comes). */
async function generate(panel: Awaited<ReturnType<typeof openSms>>['panel']) {
  const answered = panel.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/personalize'));
  await panel.click('text=Generate');
  expect((await answered).status()).toBe(200);
  await panel.waitForSelector('button:has-text("Generate"):not([disabled])');
  await panel.waitForSelector('[data-testid=variant-2]');
}

describe('SMS in the side panel', () => {
  it('names the sender and the opt-out in every text, and asks to confirm consent before Copy and Insert', async () => {
    await saveSender();
    const { page, panel } = await openSms();
    expect(await panel.isChecked('input[name=sms_consent]')).toBe(false);
    await generate(panel);

    const messages = await panel.locator('.variant .message').allTextContents();
    expect(messages).toHaveLength(3);
    for (const message of messages) {
      expect(message).toMatch(/^Hi Dana, this is Sam Okoro from RouteLoop\. /);
      expect(message.endsWith(OPT_OUT)).toBe(true);
    }
    expect(await panel.locator('.variant .length').allTextContents()).toEqual(
      Array(3).fill(expect.stringMatching(/1 SMS segment \(GSM-7\)$/)),
    );
    expect(await panel.locator('.flags .warning').allTextContents()).toEqual(
      Array(3).fill(expect.stringContaining("the lead's consent to texts is not confirmed")),
    );

    const first = panel.locator('[data-testid=variant-0]');
    await panel.bringToFront();
    await first.locator('text=Copy').click();
    const dialog = first.locator('[role=alertdialog]');
    expect(await dialog.textContent()).toContain('Did this lead agree to get texts from you?');
    await suite.shot(panel, 'sms-confirm-consent');
    await dialog.locator('text=They opted in: Copy').click();
    await first.locator('text=Copied').waitFor();
    // The clipboard is the browser's: read back from the page (extension origins take no grants).
    await suite.browser.context.grantPermissions(['clipboard-read'], { origin: 'https://www.linkedin.com' });
    await page.bringToFront();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(messages[0]);
    await panel.bringToFront();

    const second = panel.locator('[data-testid=variant-1]');
    await second.locator('text=Insert').click();
    await second.locator('text=They opted in: Insert').click();
    await panel.waitForSelector('text=/Inserted variant 2/');
    expect(await shownLines(page, '.msg-form__contenteditable')).toEqual([messages[1]]);
    const output = await suite.collection('outputs').findOne({ final: true, 'parsed_variants.1.message': messages[1] });
    expect(output?.selections).toEqual([
      expect.objectContaining({ variant_index: 1, overrode_flags: ['SMS_CONSENT_UNCONFIRMED'] }),
    ]);

    // Consent ticked: no warning, nothing to confirm.
    await panel.check('input[name=sms_consent]');
    await generate(panel);
    expect(await panel.locator('.flags').count()).toBe(0);
    await panel.locator('[data-testid=variant-0] >> text=Insert').click();
    await panel.waitForSelector('text=/Inserted variant 1/');
    expect(await panel.locator('[role=alertdialog]').count()).toBe(0);
    const request = await suite.collection('personalization_requests').findOne({}, { sort: { created_at: -1 } });
    expect(request?.input.constraints.sms_consent).toBe(true);
    await panel.close();
    await page.close();
  });

  it('with SMS_REQUIRE_CONSENT=true, explains the refusal until the consent is ticked', async () => {
    const { port, token, dbName } = suite.server;
    await suite.server.stop();
    suite.server = await startServer(
      { ...suite.serverEnv(), API_TOKEN: token, MONGODB_DB: dbName, SMS_REQUIRE_CONSENT: 'true' },
      { port },
    );
    const { page, panel } = await openSms();
    await panel.click('text=Generate');
    const alert = panel.locator('[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This server writes texts only to leads who opted in');
    expect(suite.fake.requests).toHaveLength(0);
    await suite.shot(panel, 'sms-consent-required');

    await panel.check('input[name=sms_consent]');
    await generate(panel);
    expect(await panel.locator('.variant .message').count()).toBe(3);
    await panel.close();
    await page.close();
  });
});
