import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_HOSTS, fixtureSite } from '../../test-support/fixture-sites.ts';
import { pageFacts, parseHtml } from './page.ts';
import { companyProfile, keywordsOf, PROFILE_LIMITS, sentencesOf, summaryOf } from './profile.ts';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Everything a reader or a crawler finds on the raw page, read independently of page.ts: the
 * document's text (scripts included, so JSON-LD counts) and every meta tag's content.
 */
function onPage(html: string): string {
  const root = parse(html);
  const metas = root.querySelectorAll('meta').map((m) => m.getAttribute('content') ?? '');
  return collapse([root.text, ...metas].join('\n'));
}

const profileOf = (host: string) => {
  const pages = fixtureSite(host).slice(0, 2);
  return { pages, profile: companyProfile(pages.map((p) => pageFacts(parseHtml(p.html), p.url))) };
};

describe('companyProfile on the saved sites', () => {
  it.each(FIXTURE_HOSTS)('%s: every summary sentence appears verbatim on one of its pages', (host) => {
    const { pages, profile } = profileOf(host);
    const texts = pages.map((p) => onPage(p.html));
    const sentences = sentencesOf(profile.summary ?? '');
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(PROFILE_LIMITS.summarySentences);
    expect(profile.summary?.length).toBeLessThanOrEqual(PROFILE_LIMITS.summaryChars);
    for (const sentence of sentences) {
      expect(
        texts.some((t) => t.includes(sentence)),
        sentence,
      ).toBe(true);
    }
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('leads with what the company says it is, then its descriptions and about page', () => {
    const { profile } = profileOf('northwind.test');
    expect(profile.company_name).toBe('Northwind Logistics');
    expect(profile.industry).toBe('Logistics and Supply Chain');
    expect(profile.summary).toMatch(/^Northwind Logistics builds freight visibility software for mid-size shippers\. /);
    expect(profile.summary).toContain('Northwind Logistics was founded in Rotterdam in 2016');
    // og:description repeats the meta description: quoted once.
    expect(profile.summary?.match(/live tracking, exception alerts/g)).toHaveLength(1);
    expect(profile.same_as).toContain('https://www.linkedin.com/company/northwind-logistics');
  });

  it('takes keywords from JSON-LD, meta keywords, the title and headings, without chrome or questions', () => {
    const { profile } = profileOf('kestrel.test');
    expect(profile.keywords.slice(0, 6)).toEqual([
      'Revenue forecasting',
      'SaaS metrics',
      'Net revenue retention',
      'churn prediction',
      'financial planning',
      'Revenue forecasting for B2B subscription companies',
    ]);
    expect(profile.keywords).toContain('Cohort-based revenue forecasting');
    const all = FIXTURE_HOSTS.flatMap((h) => profileOf(h).profile.keywords);
    for (const generic of [
      'Testimonials',
      'About Us',
      'Our Story',
      'Subscribe',
      'Our mission',
      'Leadership',
      'Company',
    ]) {
      expect(all).not.toContain(generic);
    }
    expect(all).not.toContain('Ready to see it live?');
    expect(all.filter((k) => k.toLowerCase() === 'revenue forecasting')).toHaveLength(1);
    expect(profileOf('bramblebirch.test').profile.keywords[0]).toBe('Handmade ceramics and linen for slow living');
  });
});

describe('bounds', () => {
  const longSentence = (i: number) =>
    `Sentence number ${i} describes one more thing the company does for its customers.`;
  const noisy = parseHtml(`<html><head>
    <title>Acme</title>
    <meta name="description" content="${Array.from({ length: 60 }, (_, i) => longSentence(i)).join(' ')}">
    <meta name="keywords" content="${Array.from({ length: 50 }, (_, i) => `keyword ${i}`).join(', ')}, ${'x'.repeat(61)}">
    </head><body><main>
    ${Array.from({ length: 100 }, (_, i) => `<h2>Heading about topic ${i}</h2>`).join('')}
    <h2>A heading far too long to be a keyword because it goes on and on and on and on</h2>
    </main></body></html>`);
  const facts = pageFacts(noisy, 'https://acme.com/');

  it('keeps the summary within 5 whole sentences and 600 characters (contract: 2000)', () => {
    const summary = summaryOf([facts]) ?? '';
    expect(sentencesOf(summary)).toHaveLength(5);
    expect(summary.length).toBeLessThanOrEqual(600);
    expect(summary.startsWith(`${longSentence(0)} ${longSentence(1)}`)).toBe(true);
  });

  it('keeps at most 20 keywords of at most 60 characters (the contract limits)', () => {
    const keywords = keywordsOf([facts], 'Acme');
    expect(keywords).toHaveLength(20);
    expect(keywords.every((k) => k.length <= 60)).toBe(true);
    expect(keywords).not.toContain('x'.repeat(61));
  });

  it('uses a tagline without a full stop only when there is no sentence, and nothing when there is no text', () => {
    const tagline = pageFacts(
      parseHtml('<meta name="description" content="Freight visibility for mid-size shippers">'),
      'https://a.com/',
    );
    expect(summaryOf([tagline])).toBe('Freight visibility for mid-size shippers');
    const empty = pageFacts(parseHtml('<html><body></body></html>'), 'https://a.com/');
    expect(companyProfile([empty])).toEqual({ keywords: [], same_as: [] });
  });
});
