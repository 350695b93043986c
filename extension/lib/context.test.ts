import { describe, expect, it } from 'vitest';
import { mergeItems, requestContext, toItems, websiteItems } from './context.ts';

const about = { kind: 'linkedin_about' as const, label: 'LinkedIn About', url: 'https://www.linkedin.com/in/dana/' };
const company = { kind: 'linkedin_company' as const, label: 'LinkedIn company' };
const none = { summary: '', keywords: '', tech_stack: '' };

describe('requestContext', () => {
  it('sends each item to its field and lists only the sources of what is sent', () => {
    const items = toItems([
      { source: about, target: 'lead_context', text: '  I build freight teams.  ' },
      { source: company, target: 'summary', text: 'Freight visibility for shippers.' },
      { source: company, target: 'keywords', text: 'Logistics, freight visibility, logistics' },
      { source: { kind: 'website', label: 'acme.com' }, target: 'tech_stack', text: '   ' },
    ]);
    expect(
      requestContext(items, { summary: 'Met at a conference.', keywords: 'Freight Visibility', tech_stack: '' }),
    ).toEqual({
      company_context: {
        summary: 'Met at a conference.\n\nFreight visibility for shippers.',
        keywords: ['Freight Visibility', 'Logistics'],
        tech_stack: [],
      },
      lead_context: [{ source: about, text: 'I build freight teams.' }],
      context_sources: [about, company, { kind: 'manual', label: 'Typed by you' }],
    });
  });

  it('sends nothing extra when there is no context', () => {
    expect(requestContext([], none)).toEqual({ company_context: { keywords: [], tech_stack: [] } });
  });

  it('keeps the request within the contract limits', () => {
    const items = toItems(
      Array.from({ length: 12 }, (_, i) => ({
        source: { kind: 'manual' as const, label: `note ${i}` },
        target: 'lead_context' as const,
        text: 'x'.repeat(2000),
      })),
    );
    const { lead_context } = requestContext(items, {
      ...none,
      keywords: Array(30)
        .fill('k')
        .map((k, i) => k + i)
        .join(','),
    });
    expect(lead_context).toHaveLength(8);
    expect(lead_context?.[0]?.text).toHaveLength(1500);
  });
});

describe('mergeItems', () => {
  it('replaces an item re-read from the same source and keeps the others', () => {
    const first = toItems([
      { source: about, target: 'lead_context', text: 'old' },
      { source: company, target: 'summary', text: 'summary' },
    ]);
    const again = toItems([{ source: about, target: 'lead_context', text: 'new' }]);
    expect(mergeItems(first, again).map((i) => i.text)).toEqual(['summary', 'new']);
  });
});

describe('websiteItems', () => {
  it('turns what the server read on the website into items with the site as their source', () => {
    const items = websiteItems({
      domain: 'acme.com',
      company_name: 'Acme',
      summary: 'Acme builds freight visibility software.',
      keywords: ['freight visibility', 'shippers'],
      tech_stack: ['HubSpot', 'Next.js'],
      industry: 'Logistics',
      same_as: [],
      sources: ['https://acme.com/', 'https://acme.com/about'],
      fetched_at: '2026-11-25T10:00:00.000Z',
    });
    expect(items.map((i) => [i.target, i.text])).toEqual([
      ['summary', 'Acme builds freight visibility software.'],
      ['keywords', 'freight visibility, shippers'],
      ['tech_stack', 'HubSpot, Next.js'],
      ['lead_context', 'Industry: Logistics'],
    ]);
    expect(new Set(items.map((i) => JSON.stringify(i.source)))).toEqual(
      new Set([JSON.stringify({ kind: 'website', label: 'acme.com', url: 'https://acme.com/' })]),
    );
    const request = requestContext(items, { summary: '', keywords: '', tech_stack: '' });
    expect(request.company_context?.tech_stack).toEqual(['HubSpot', 'Next.js']);
    expect(request.context_sources).toEqual([{ kind: 'website', label: 'acme.com', url: 'https://acme.com/' }]);
  });
});
