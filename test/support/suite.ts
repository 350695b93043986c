/**
 * One browser suite's world: the scripted model, the real server on the shared database, Chromium
 * with the built extension, and the helpers that drive the side panel (opened as a tab at the
 * side panel's width).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type FakeProvider, startFakeProvider } from '@personalizer/server/test-support/fake-provider';
import { MongoClient } from 'mongodb';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser.ts';
import { leadName } from './panel.ts';
import { ARTIFACTS_DIR } from './paths.ts';
import { type RunningServer, startServer } from './server.ts';

export interface Suite {
  fake: FakeProvider;
  server: RunningServer;
  browser: ExtensionBrowser;
  mongo: MongoClient;
  serverEnv(): Record<string, string>;
  configure(url: string, token: string): Promise<void>;
  tabIdOf(pattern: string): Promise<number>;
  openPanel(tabId: number): Promise<Page>;
  /** Opens the page and the panel on it; waits until the panel shows `firstName` when given. */
  openLead(url: string, firstName?: string): Promise<{ page: Page; panel: Page }>;
  shot(page: Page, name: string): Promise<void>;
  collection(
    name: 'outputs' | 'prompts' | 'personalization_requests',
  ): ReturnType<ReturnType<MongoClient['db']>['collection']>;
  close(): Promise<void>;
}

/** A server on the shared test database whose model is the scripted one, through the real OpenAI SDK. */
export function modelServerEnv(fake: FakeProvider): Record<string, string> {
  return {
    MONGODB_URI: inject('mongodbUri'),
    LLM_PROVIDER: 'openai',
    OPENAI_BASE_URL: fake.openaiBaseURL,
    OPENAI_API_KEY: 'sk-e2e-not-real',
    OPENAI_MODEL: 'gpt-e2e',
    LLM_MAX_RETRIES: '0',
  };
}

export async function startSuite(): Promise<Suite> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const fake = await startFakeProvider();
  const serverEnv = () => modelServerEnv(fake);
  const server = await startServer(serverEnv());
  const browser = await launchWithExtension();
  const mongo = new MongoClient(inject('mongodbUri'));
  const suite: Suite = {
    fake,
    server,
    browser,
    mongo,
    serverEnv,
    configure: async (url, token) => {
      await browser.worker.evaluate(
        ([serverUrl, accessToken]) => chrome.storage.local.set({ serverUrl, accessToken }),
        [url, token] as const,
      );
    },
    tabIdOf: async (pattern) => {
      const ids = await browser.worker.evaluate(
        async (url) => (await chrome.tabs.query({ url })).map((t) => t.id as number),
        pattern,
      );
      return ids.at(-1) as number;
    },
    openPanel: async (tabId) => {
      const panel = await browser.context.newPage();
      // The width of Chrome's side panel.
      await panel.setViewportSize({ width: 400, height: 900 });
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    },
    openLead: async (url, firstName) => {
      const page = await browser.context.newPage();
      await page.goto(url);
      const panel = await suite.openPanel(await suite.tabIdOf(`${new URL(url).origin}/*`));
      if (firstName) await expect.poll(() => leadName(panel)).toMatch(new RegExp(`^${firstName}\\b`));
      return { page, panel };
    },
    shot: async (page, name) => {
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
    },
    // The suite's server may be replaced (restarted), so the database name is read each time.
    collection: (name) => mongo.db(suite.server.dbName).collection(name),
    close: async () => {
      await browser.close();
      await suite.server.stop();
      await fake.close();
      await mongo.close();
    },
  };
  await suite.configure(server.url, server.token);
  return suite;
}
