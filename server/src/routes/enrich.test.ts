import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApiError, AuditRecord, EnrichResponse, PersonalizeResponse, websiteSources } from '@personalizer/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_HOSTS, fixtureSiteHandler } from '../../test-support/fixture-sites.ts';
import { cleanEmailVariants, emailRequest } from '../../test-support/fixtures.ts';
import { type SiteServer, startSiteServer, tableResolver } from '../../test-support/site-server.ts';
import { useApiSuite } from '../../test-support/suites.ts';
import { fakeOpenAi, testApp, withTestAdmin } from '../../test-support/test-app.ts';
import { openTestStores } from '../../test-support/test-db.ts';
import { sentencesOf } from '../enrich/profile.ts';
import { createSafeFetch } from '../enrich/safe-fetch.ts';
import { createCompanyEnricher } from '../service/enrichment.ts';
import type { Stores } from '../store/stores.ts';

const { fake, stores, api } = useApiSuite();
const UA = 'PersonalizerBot/0.1 (+https://example.org/bot)';
const DAY_MS = 24 * 60 * 60 * 1000;

let sites: SiteServer;
beforeAll(async () => {
  const served = fixtureSiteHandler(() => sites);
  sites = await startSiteServer((req, res, hit) => {
    // A site that looks fine but sends the fetcher inside the network.
    if (hit.host === 'redirector.test') {
      res.writeHead(302, { location: 'http://internal.test/admin' });
      return res.end();
    }
    served(req, res, hit);
  });
});
afterAll(() => sites.close());
beforeEach(async () => {
  sites.hits.length = 0;
  await stores().db.db.collection('company_profiles').deleteMany({});
});

const RESOLVE = {
  ...Object.fromEntries(FIXTURE_HOSTS.map((h) => [h, '127.0.0.1'])),
  'www.northwind.test': '127.0.0.1',
  'redirector.test': '127.0.0.1',
  'empty.test': '127.0.0.1',
  'internal.test': '10.1.2.3',
};

let clock = new Date('2026-03-01T10:00:00.000Z');

/** The app with an enricher on the fixture sites: test mode allows only the site server's loopback port. */
function enrichApp(options: { testMode?: boolean; on?: Stores } = {}) {
  const on = options.on ?? stores();
  const enricher = createCompanyEnricher({
    profiles: on.companies,
    fetchPage: createSafeFetch({
      userAgent: UA,
      resolve: tableResolver(RESOLVE).resolve,
      ...(options.testMode === false ? {} : { loopbackPortsForTests: new Set([sites.port]) }),
    }),
    cacheDays: 7,
    now: () => clock,
    homepageUrls: (domain) => [sites.url(domain)],
  });
  return testApp(on, fakeOpenAi(fake().openaiBaseURL), { enricher });
}

const enrich = (app: ReturnType<typeof enrichApp>, domain: string) => app.call('POST', '/enrich', { domain });

function expectApiError(res: { status: number; json: unknown }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(ApiError.parse(res.json).error.code).toBe(code);
}

const FIXTURES = path.resolve(import.meta.dirname, '../enrich/fixtures');
const savedPage = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');

describe('POST /enrich', () => {
  it('reads the homepage and the about page into a profile with its sources', async () => {
    const res = await enrich(enrichApp(), 'northwind.test');
    expect(res.status).toBe(200);
    const body = EnrichResponse.parse(res.json);
    expect(body).toMatchObject({
      domain: 'northwind.test',
      company_name: 'Northwind Logistics',
      industry: 'Logistics and Supply Chain',
      sources: [sites.url('northwind.test'), sites.url('northwind.test', '/company')],
      fetched_at: clock.toISOString(),
    });
    expect(body.summary).toMatch(/^Northwind Logistics builds freight visibility software/);
    // Extractive: each sentence is on one of the two saved pages, as written.
    const pages = ['northwind-home.html', 'northwind-company.html'].map((f) => savedPage(f).replace(/\s+/g, ' '));
    for (const sentence of sentencesOf(body.summary ?? '')) {
      expect(pages.some((p) => p.includes(sentence))).toBe(true);
    }
    expect(body.keywords).toEqual(expect.arrayContaining(['Live shipment tracking', 'Carrier scorecards']));
    expect(body.tech_stack).toEqual(expect.arrayContaining(['Next.js', 'HubSpot', 'Google Tag Manager', 'Cloudflare']));
    expect(body.same_as).toContain('https://www.linkedin.com/company/northwind-logistics');
    expect(sites.hits.map((h) => h.path)).toEqual(['/', '/company']);
    expect(sites.hits.every((h) => h.headers['user-agent'] === UA && !h.headers.cookie)).toBe(true);
  });

  it.each([
    ['bramblebirch.test', '/pages/about-us', ['Shopify', 'Klaviyo']],
    ['kestrel.test', '/about-us/', ['WordPress', 'Stripe']],
  ])('reads %s and its about page %s', async (domain, aboutPath, tech) => {
    const body = EnrichResponse.parse((await enrich(enrichApp(), domain)).json);
    expect(body.sources).toEqual([sites.url(domain), sites.url(domain, aboutPath)]);
    expect(body.tech_stack).toEqual(expect.arrayContaining(tech));
    expect(body.summary?.length).toBeGreaterThan(100);
    expect(body.keywords.length).toBeGreaterThan(3);
  });

  it('answers from the cache for the same domain until it expires', async () => {
    const app = enrichApp();
    const first = EnrichResponse.parse((await enrich(app, 'northwind.test')).json);
    const hits = sites.hits.length;
    const again = await enrich(app, 'WWW.Northwind.test');
    expect(again.json).toEqual(first);
    expect(sites.hits).toHaveLength(hits);
    expect(app.logs.at(-1)).toMatchObject({ route: '/enrich', status: 200, enrich_cache: 'hit' });
    const stored = await stores()
      .db.collection('company_profiles')
      .findOne({ _id: 'northwind.test' as never });
    expect(stored?.expires_at).toEqual(new Date(clock.getTime() + 7 * DAY_MS));

    clock = new Date(clock.getTime() + 7 * DAY_MS);
    const refreshed = EnrichResponse.parse((await enrich(app, 'northwind.test')).json);
    expect(refreshed.fetched_at).toBe(clock.toISOString());
    expect(sites.hits.length).toBeGreaterThan(hits);
    expect(app.logs.at(-1)).toMatchObject({ enrich_cache: 'miss' });
  });

  it('fetches a domain once for concurrent requests', async () => {
    const app = enrichApp();
    const answers = await Promise.all([1, 2, 3].map(() => enrich(app, 'kestrel.test')));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(sites.hits.filter((h) => h.path === '/')).toHaveLength(1);
  });

  it('refuses internal addresses in normal mode without connecting', async () => {
    const app = enrichApp({ testMode: false });
    for (const domain of ['northwind.test', 'internal.test']) {
      const res = await enrich(app, domain);
      expectApiError(res, 422, 'SITE_BLOCKED');
      expect(res.json.error.issues[0].path).toBe('domain');
    }
    expect((await enrich(app, 'northwind.test')).json.error.message).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(sites.hits).toEqual([]);
  });

  it('refuses a site that redirects inside the network, even in test mode', async () => {
    const res = await enrich(enrichApp(), 'redirector.test');
    expectApiError(res, 422, 'SITE_BLOCKED');
    expect(res.json.error.message).toMatch(/internal\.test resolves to 10\.1\.2\.3/);
    expect(sites.hits.map((h) => h.host)).toEqual(['redirector.test']);
  });

  it('answers 502 when the site cannot be read, and caches nothing', async () => {
    expectApiError(await enrich(enrichApp(), 'nowhere.test'), 502, 'SITE_UNAVAILABLE');
    const notFound = await enrich(enrichApp(), 'empty.test');
    expectApiError(notFound, 502, 'SITE_UNAVAILABLE');
    expect(notFound.json.error.message).toMatch(/404/);
    expect(await stores().db.db.collection('company_profiles').countDocuments()).toBe(0);
  });

  it('validates the body and needs the token', async () => {
    const app = enrichApp();
    expectApiError(await app.call('POST', '/enrich', { domain: 'not a domain' }), 400, 'INVALID_REQUEST');
    expectApiError(await app.call('POST', '/enrich', { domain: 'http://northwind.test/' }), 400, 'INVALID_REQUEST');
    expectApiError(await app.call('POST', '/enrich', {}), 400, 'INVALID_REQUEST');
    expectApiError(
      await app.call('POST', '/enrich', { domain: 'northwind.test' }, { authorization: '' }),
      401,
      'UNAUTHORIZED',
    );
    expect(sites.hits).toEqual([]);
  });

  it('rate-limits enrichment on its own budget', async () => {
    const limited = (await openTestStores({ rateLimitPerMin: 2 })).stores;
    await withTestAdmin(limited);
    const app = enrichApp({ on: limited });
    expect((await enrich(app, 'kestrel.test')).status).toBe(200);
    expect((await enrich(app, 'kestrel.test')).status).toBe(200);
    const res = await enrich(app, 'kestrel.test');
    expectApiError(res, 429, 'RATE_LIMITED');
    expect(res.json.error.message).toMatch(/enrichment/);
    fake().script([{ kind: 'json', variants: cleanEmailVariants }]);
    expect((await app.call('POST', '/personalize', emailRequest)).status).toBe(200);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await api().call('GET', '/openapi.json', undefined, { authorization: '' })).json;
    expect(doc.paths['/enrich'].post.responses).toHaveProperty('200');
    expect(doc.paths['/enrich'].post.responses).toHaveProperty('422');
    expect(doc.components.schemas.EnrichRequest.required).toEqual(['domain']);
    expect(doc.components.schemas.EnrichResponse.properties).toHaveProperty('tech_stack');
    expect(doc.components.schemas.PersonalizeRequest.properties).toHaveProperty('context_sources');
  });
});

describe('provenance', () => {
  it('records the context sources of a request, website pages included, in its audit', async () => {
    const body = EnrichResponse.parse((await enrich(enrichApp(), 'northwind.test')).json);
    const context_sources = [
      { kind: 'linkedin_profile', label: 'LinkedIn profile', url: 'https://www.linkedin.com/in/dana-reyes' },
      ...websiteSources(body.sources),
      { kind: 'manual', label: 'Typed by me' },
    ];
    fake().script([{ kind: 'json', variants: cleanEmailVariants }]);
    const res = await api().call('POST', '/personalize', { ...emailRequest, context_sources });
    const { request_id } = PersonalizeResponse.parse(res.json);
    const record = AuditRecord.parse((await api().call('GET', `/personalize/${request_id}`)).json);
    expect((record.request.input as { context_sources: unknown }).context_sources).toEqual(context_sources);
    expect(context_sources[1]).toMatchObject({ kind: 'website', label: 'northwind.test' });
  });
});
