import { describe, expect, it } from 'vitest';
import { ContextSource, PersonalizeRequest, toApiIssues, websiteLabel, websiteSources } from './index.ts';

const request = {
  channel: 'EMAIL',
  tone: 'FRIENDLY',
  goal: 'Book an intro call',
  lead: { first_name: 'Dana', company_name: 'Northwind Logistics', domain: 'northwind.io' },
};

const issuePaths = (input: unknown) => {
  const result = PersonalizeRequest.safeParse(input);
  return result.success ? [] : toApiIssues(result.error).map((i) => i.path);
};

describe('ContextSource', () => {
  it('is optional on PersonalizeRequest and kept as given', () => {
    expect(PersonalizeRequest.parse(request).context_sources).toBeUndefined();
    const context_sources = [
      { kind: 'linkedin_about', label: 'LinkedIn About', url: 'https://www.linkedin.com/in/dana-reyes' },
      { kind: 'website', label: 'northwind.io', url: 'https://northwind.io/' },
      { kind: 'manual', label: 'Typed by me' },
    ];
    expect(PersonalizeRequest.parse({ ...request, context_sources }).context_sources).toEqual(context_sources);
  });

  it.each([
    [[{ kind: 'twitter', label: 'X' }], 'context_sources.0.kind'],
    [[{ kind: 'website', label: '' }], 'context_sources.0.label'],
    [[{ kind: 'website', label: 'a'.repeat(121) }], 'context_sources.0.label'],
    [[{ kind: 'website', label: 'two\nlines' }], 'context_sources.0.label'],
    [[{ kind: 'website', label: 'acme.com', url: 'javascript:alert(1)' }], 'context_sources.0.url'],
    [[{ kind: 'website', label: 'acme.com', extra: 1 }], 'context_sources.0'],
    [Array(21).fill({ kind: 'manual', label: 'Typed' }), 'context_sources'],
    ['website', 'context_sources'],
  ])('rejects invalid sources with their path (%#)', (context_sources, path) => {
    expect(issuePaths({ ...request, context_sources })).toContain(path);
  });

  it('maps website pages to website sources labelled by host and path', () => {
    expect(websiteLabel('https://www.acme.com/')).toBe('acme.com');
    expect(websiteLabel('https://acme.com/company/about-us/')).toBe('acme.com/company/about-us');
    const sources = websiteSources(['https://acme.com/', 'https://acme.com/about']);
    expect(sources).toEqual([
      { kind: 'website', label: 'acme.com', url: 'https://acme.com/' },
      { kind: 'website', label: 'acme.com/about', url: 'https://acme.com/about' },
    ]);
    for (const source of sources) expect(ContextSource.parse(source)).toEqual(source);
  });
});
