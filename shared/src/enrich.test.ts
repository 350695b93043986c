import { describe, expect, it } from 'vitest';
import { CompanyContext, EnrichRequest, EnrichResponse } from './index.ts';

describe('EnrichRequest', () => {
  it('takes a domain as the lead carries it', () => {
    expect(EnrichRequest.parse({ domain: ' Acme.com ' })).toEqual({ domain: 'Acme.com' });
  });

  it.each([{}, { domain: '' }, { domain: 'acme' }, { domain: 'https://acme.com/' }, { domain: 'acme.com', x: 1 }])(
    'rejects %j',
    (input) => {
      expect(EnrichRequest.safeParse(input).success).toBe(false);
    },
  );
});

describe('EnrichResponse', () => {
  const answer = {
    domain: 'acme.com',
    summary: 'Acme builds freight software.',
    keywords: ['freight software'],
    tech_stack: ['HubSpot'],
    same_as: ['https://www.linkedin.com/company/acme'],
    sources: ['https://acme.com/', 'https://acme.com/about'],
    fetched_at: '2026-01-02T03:04:05.000Z',
  };

  it('parses and fits the request company_context', () => {
    const parsed = EnrichResponse.parse(answer);
    const { summary, keywords, tech_stack } = parsed;
    expect(CompanyContext.parse({ summary, keywords, tech_stack })).toEqual({ summary, keywords, tech_stack });
  });

  it('keeps the company_context bounds', () => {
    expect(EnrichResponse.safeParse({ ...answer, keywords: Array(21).fill('k') }).success).toBe(false);
    expect(EnrichResponse.safeParse({ ...answer, tech_stack: ['x'.repeat(61)] }).success).toBe(false);
    expect(EnrichResponse.safeParse({ ...answer, summary: 's'.repeat(2001) }).success).toBe(false);
    expect(EnrichResponse.safeParse({ ...answer, sources: [] }).success).toBe(false);
  });
});
