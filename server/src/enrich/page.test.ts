import { describe, expect, it } from 'vitest';
import { fixturePage } from '../../test-support/fixture-sites.ts';
import { aboutPageLinks, organizationOf, type PageFacts, pageFacts, parseHtml } from './page.ts';

const factsOf = (host: string, path = '/') => {
  const page = fixturePage(host, path);
  return pageFacts(parseHtml(page.html), page.url);
};

describe('pageFacts on saved pages', () => {
  it('reads title, descriptions, JSON-LD and the main headings of a Next.js homepage', () => {
    const facts = factsOf('northwind.test');
    expect(facts.title).toBe('Northwind Logistics | Freight visibility for mid-size shippers');
    expect(facts.description).toMatch(/^Freight visibility for mid-size shippers: live tracking/);
    expect(facts.ogDescription).toBe(facts.description);
    expect(facts.siteName).toBe('Northwind Logistics');
    expect(facts.organization).toEqual({
      name: 'Northwind Logistics',
      description: expect.stringMatching(/^Northwind Logistics builds freight visibility software/),
      industry: 'Logistics and Supply Chain',
      sameAs: [
        'https://www.linkedin.com/company/northwind-logistics',
        'https://twitter.com/northwindlog',
        'https://github.com/northwind-logistics',
      ],
      keywords: [],
    });
    // Footer column titles ("Company", "Resources") are site chrome, not content.
    expect(facts.headings).toEqual([
      'Know where every shipment is, before your customers ask',
      'Live shipment tracking',
      'Exception alerts',
      'Carrier scorecards',
      'Trusted by operations teams',
      'Ready to see it live?',
    ]);
    expect(facts.paragraphs[0]).toMatch(/^Northwind gives operations teams one live view/);
    expect(facts.paragraphs.join(' ')).not.toContain('All rights reserved');
  });

  it('merges a Yoast @graph with a second Organization block', () => {
    const facts = factsOf('kestrel.test');
    expect(facts.organization).toEqual({
      name: 'Kestrel Analytics',
      description: expect.stringMatching(/^Kestrel Analytics is a revenue forecasting platform/),
      industry: 'Financial Software',
      sameAs: ['https://www.linkedin.com/company/kestrel-analytics', 'https://x.com/kestrelhq'],
      keywords: ['Revenue forecasting', 'SaaS metrics', 'Net revenue retention'],
    });
    expect(facts.metaKeywords).toEqual([
      'revenue forecasting',
      'SaaS metrics',
      'churn prediction',
      'financial planning',
    ]);
    expect(facts.title).toBe('Kestrel Analytics – Revenue forecasting for B2B subscription companies');
  });

  it('decodes entities in text and attributes', () => {
    const facts = factsOf('bramblebirch.test');
    expect(facts.title).toBe('Bramble & Birch – Handmade ceramics and linen for slow living');
    expect(facts.description).toMatch(/^Bramble & Birch makes small-batch stoneware/);
    expect(facts.organization?.description).toBeUndefined();
  });

  it('skips broken JSON-LD and non-organization nodes', () => {
    const doc = parseHtml(`<head>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">[{"@type":"WebSite","name":"Site"},{"@type":["Thing","LocalBusiness"],"name":"Corner Bakery","sameAs":"javascript:alert(1)"}]</script>
    </head>`);
    expect(organizationOf(doc)).toEqual({ name: 'Corner Bakery', sameAs: [], keywords: [] });
    expect(organizationOf(parseHtml('<p>No structured data</p>'))).toBeUndefined();
  });
});

describe('aboutPageLinks', () => {
  it('finds the about page of each saved site', () => {
    expect(aboutPageLinks(factsOf('northwind.test'))).toEqual(['https://northwind.test/company']);
    expect(aboutPageLinks(factsOf('bramblebirch.test'))).toEqual(['https://bramblebirch.test/pages/about-us']);
    expect(aboutPageLinks(factsOf('kestrel.test'))).toEqual(['https://kestrel.test/about-us/']);
  });

  const page = (links: [string, string][]): PageFacts => ({
    url: 'https://acme.com/',
    metaKeywords: [],
    headings: [],
    paragraphs: [],
    links: links.map(([url, text]) => ({ url, text })),
  });

  it('ranks /about first, stays on the site and returns at most two', () => {
    const links = aboutPageLinks(
      page([
        ['https://acme.com/company', 'Company'],
        ['https://other.com/about', 'About'],
        ['https://acme.com/en/team/about-us', 'About'],
        ['https://www.acme.com/about#story', 'About'],
        ['https://acme.com/who-we-are', 'Who we are'],
        ['https://acme.com/', 'Home'],
      ]),
    );
    expect(links).toEqual(['https://www.acme.com/about', 'https://acme.com/company']);
  });

  it('falls back to a link text such as "About us" and finds nothing on a site without one', () => {
    expect(aboutPageLinks(page([['https://acme.com/p/4711', 'About us']]))).toEqual(['https://acme.com/p/4711']);
    expect(aboutPageLinks(page([['https://acme.com/pricing', 'Pricing']]))).toEqual([]);
  });
});
