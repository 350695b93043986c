/** What the side panel shows and the few clicks that open its folded parts, as the SDR sees them. */
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** The lead card's name ("Dana Reyes"). */
export const leadName = (panel: Page) => panel.getByTestId('lead-name').textContent();
/** The lead card's "title · company" line. */
export const leadRole = (panel: Page) => panel.locator('.lead-role').textContent();

/** Opens the lead's fields (idempotent). */
export async function editLead(panel: Page) {
  const button = panel.getByRole('button', { name: 'Edit lead' });
  if (await button.isVisible()) await button.click();
  await panel.locator('input[name=first_name]').waitFor();
}

async function unfold(panel: Page, details: string) {
  const section = panel.locator(details);
  if ((await section.getAttribute('open')) === null) await section.locator('> summary').click();
  await panel.waitForSelector(`${details}[open]`);
}

/** Opens the context section (folded once the page filled it). */
export const openContext = (panel: Page) => unfold(panel, 'details.context-section');
/** Opens "More options": part, template, steps. */
export const openMoreOptions = (panel: Page) => unfold(panel, 'details.more');

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. The source is evaluated
 * over the DevTools protocol: an extension page's CSP refuses inline script tags.
 */
export async function seriousViolations(panel: Page): Promise<AxeViolation[]> {
  await panel.evaluate(axeSource);
  return panel.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => String(n.target)),
      }));
  });
}

export interface Focused {
  label: string;
  top: number;
  left: number;
}

/** Tabs through the page from the top and returns where each focused control sits (page coordinates). */
export async function tabOrder(panel: Page, max = 80): Promise<Focused[]> {
  // Focus the page itself so the next Tab starts at its top, wherever focus was.
  await panel.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  const seen: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await panel.keyboard.press('Tab');
    const focused = await panel.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const box = el.getBoundingClientRect();
      const label =
        el.getAttribute('aria-label') ?? el.getAttribute('name') ?? el.textContent?.trim().slice(0, 30) ?? '';
      return { label: `${el.tagName.toLowerCase()} ${label}`, top: box.top + scrollY, left: box.left + scrollX };
    });
    if (!focused) break;
    seen.push(focused);
  }
  return seen;
}
