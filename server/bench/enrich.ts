/**
 * Enrichment: the fingerprint engine's one-time load, the pure work per site (parse, facts,
 * profile, technologies) on the saved sites and on a 1 MB page, and whole enrichments over
 * loopback (two fetches, local database), uncached and cached.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pageFacts, parseHtml } from '../src/enrich/page.ts';
import { companyProfile } from '../src/enrich/profile.ts';
import { createSafeFetch, type FetchedPage } from '../src/enrich/safe-fetch.ts';
import { detectTechnologies, signalsOf } from '../src/enrich/tech.ts';
import { createCompanyEnricher } from '../src/service/enrichment.ts';
import { startLocalDb } from '../src/store/local-db.ts';
import { openStores } from '../src/store/stores.ts';
import { FIXTURE_HOSTS, fixturePage, fixtureSite, startFixtureSites } from '../test-support/fixture-sites.ts';
import { tableResolver } from '../test-support/site-server.ts';

/** What the enrichment does with fetched pages, without the fetching. */
function readPages(pages: FetchedPage[]) {
  const read = pages.map((page) => ({ page, doc: parseHtml(page.html) }));
  companyProfile(read.map(({ page, doc }) => pageFacts(doc, page.url)));
  return detectTechnologies(read.map(({ page, doc }) => signalsOf(doc, page)));
}

function timed(runs: number, run: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}
const at = (times: number[], q: number) => times[Math.floor(q * (times.length - 1))] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;

export async function bench(): Promise<void> {
  console.log('\nEnrichment (POST /enrich)');
  const load = performance.now();
  readPages([fixturePage('kestrel.test')]);
  console.log(`  fingerprint engine load + first page: ${ms(performance.now() - load)} (once per process)`);

  const perSite = timed(30, () => {
    for (const host of FIXTURE_HOSTS) readPages(fixtureSite(host));
  }).map((t) => t / FIXTURE_HOSTS.length);
  console.log(`  pure work per site (2 pages): median ${ms(at(perSite, 0.5))}, p95 ${ms(at(perSite, 0.95))}`);

  // The largest page the fetch accepts: the saved homepage padded with content to 1 MB.
  const home = fixturePage('northwind.test');
  const section = home.html.slice(home.html.indexOf('<main>'), home.html.indexOf('</main>'));
  const big = {
    ...home,
    html: home.html.replace('</main>', `${section.repeat(Math.ceil(1_000_000 / section.length))}</main>`),
  };
  const bigTimes = timed(5, () => readPages([big]));
  console.log(`  pure work on a ${(big.html.length / 1e6).toFixed(1)} MB page: median ${ms(at(bigTimes, 0.5))}`);

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'pz-bench-enrich-'));
  const localDb = process.env.MONGODB_URI ? null : await startLocalDb({ dataDir });
  const stores = await openStores({
    uri: process.env.MONGODB_URI ?? (localDb?.uri as string),
    db: `bench_enrich_${Date.now()}`,
    rateLimitPerMin: 1000,
  });
  const sites = await startFixtureSites();
  try {
    const profiles = stores.companies;
    const fetchPage = createSafeFetch({
      userAgent: 'PersonalizerBot/0.1 (bench)',
      resolve: tableResolver(Object.fromEntries(FIXTURE_HOSTS.map((h) => [h, '127.0.0.1']))).resolve,
      loopbackPortsForTests: new Set([sites.port]),
    });
    let now = Date.now();
    const enricher = createCompanyEnricher({
      profiles,
      fetchPage,
      cacheDays: 7,
      now: () => new Date(now),
      homepageUrls: (domain) => [sites.url(domain)],
    });
    const uncached: number[] = [];
    const cached: number[] = [];
    for (let round = 0; round < 20; round++) {
      now += 8 * 24 * 60 * 60 * 1000; // every profile expired: a real fetch
      for (const host of FIXTURE_HOSTS) {
        for (const bucket of [uncached, cached]) {
          const start = performance.now();
          const outcome = await enricher.enrich(host);
          if (!outcome.ok) throw new Error(outcome.message);
          bucket.push(performance.now() - start);
        }
      }
    }
    for (const times of [uncached, cached]) times.sort((a, b) => a - b);
    console.log(
      `  enrich over loopback, uncached (2 fetches, store write): p50 ${ms(at(uncached, 0.5))}, p95 ${ms(at(uncached, 0.95))}`,
    );
    console.log(`  enrich from the company_profiles cache: p50 ${ms(at(cached, 0.5))}, p95 ${ms(at(cached, 0.95))}`);
  } finally {
    await sites.close();
    await stores.db.close();
    await localDb?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.main) await bench();
