import { describe, expect, it } from 'vitest';
import {
  ApiError,
  PersonalizeRequest,
  type PersonalizeRequestInput,
  SelectRequest,
  toApiIssues,
  Variant,
} from './index.ts';

const valid: PersonalizeRequestInput = {
  channel: 'EMAIL',
  tone: 'FRIENDLY',
  goal: 'Book a 20-minute intro call about onboarding analytics',
  lead: {
    first_name: 'Dana',
    last_name: 'Reyes',
    title: 'VP of Customer Success',
    company_name: 'Northwind Logistics',
    domain: 'northwind.io',
    email: 'dana@northwind.io',
    profile_url: 'https://www.linkedin.com/in/dana-reyes',
  },
  company_context: {
    summary: 'Freight visibility platform for mid-size shippers.',
    keywords: ['freight visibility', 'shippers'],
    tech_stack: ['Snowflake', 'Segment'],
  },
};

function issuePaths(input: unknown): string[] {
  const result = PersonalizeRequest.safeParse(input);
  return result.success ? [] : toApiIssues(result.error).map((i) => i.path);
}

describe('PersonalizeRequest', () => {
  it('parses a full request and resolves channel defaults', () => {
    const req = PersonalizeRequest.parse(valid);
    expect(req.constraints).toEqual({
      max_words: 120,
      include_subjects: true,
      no_claims_policy: true,
      variant_count: 3,
    });
    expect(req.company_context.keywords).toEqual(['freight visibility', 'shippers']);
  });

  it('parses a minimal request with thin context', () => {
    const req = PersonalizeRequest.parse({
      channel: 'SMS',
      tone: 'DIRECT',
      goal: 'Say hi',
      lead: { first_name: 'Al' },
    });
    expect(req.constraints.max_words).toBe(35);
    expect(req.constraints.include_subjects).toBe(false);
    expect(req.company_context).toEqual({ keywords: [], tech_stack: [] });
  });

  it('resolves LinkedIn format defaults: a short note, an InMail with a subject', () => {
    const linkedin = { ...valid, channel: 'LINKEDIN' as const, constraints: {} };
    const note = PersonalizeRequest.parse({ ...linkedin, linkedin_format: 'CONNECTION_NOTE', linkedin_tier: 'FREE' });
    expect(note.constraints).toMatchObject({ max_words: 30, include_subjects: false });
    const inmail = PersonalizeRequest.parse({ ...linkedin, linkedin_format: 'INMAIL' });
    expect(inmail.constraints).toMatchObject({ max_words: 100, include_subjects: true });
    const sources = [{ kind: 'linkedin_about', label: 'LinkedIn About', url: 'https://www.linkedin.com/in/dana' }];
    const withContext = PersonalizeRequest.parse({
      ...valid,
      lead_context: [{ source: sources[0], text: ' Builds freight teams. ' }],
      context_sources: sources,
    });
    expect(withContext.lead_context).toEqual([{ source: sources[0], text: 'Builds freight teams.' }]);
    expect(withContext.context_sources).toEqual(sources);
  });

  it('treats blank optional scraped fields as absent and trims text', () => {
    const req = PersonalizeRequest.parse({ ...valid, lead: { first_name: '  Dana ', last_name: '', title: '   ' } });
    expect(req.lead).toEqual({ first_name: 'Dana' });
  });

  it.each([
    [{ ...valid, channel: 'FAX' }, 'channel'],
    [{ ...valid, tone: 'angry' }, 'tone'],
    [{ ...valid, goal: '   ' }, 'goal'],
    [{ ...valid, goal: 'x'.repeat(501) }, 'goal'],
    [{ ...valid, lead: { ...valid.lead, first_name: '' } }, 'lead.first_name'],
    [{ ...valid, lead: { last_name: 'Reyes' } }, 'lead.first_name'],
    [{ ...valid, lead: { ...valid.lead, first_name: 'Da\u0000na' } }, 'lead.first_name'],
    [{ ...valid, lead: { ...valid.lead, first_name: '\ud800' } }, 'lead.first_name'],
    [{ ...valid, lead: { ...valid.lead, email: 'not-an-email' } }, 'lead.email'],
    [{ ...valid, lead: { ...valid.lead, domain: 'acme' } }, 'lead.domain'],
    [{ ...valid, lead: { ...valid.lead, profile_url: 'javascript:alert(1)' } }, 'lead.profile_url'],
    [{ ...valid, lead: { ...valid.lead, nickname: 'D' } }, 'lead'],
    [{ ...valid, company_context: { keywords: ['a', 2] } }, 'company_context.keywords.1'],
    [{ ...valid, company_context: { tech_stack: Array(31).fill('Go') } }, 'company_context.tech_stack'],
    [{ ...valid, company_context: { summary: 'y'.repeat(2001) } }, 'company_context.summary'],
    [{ ...valid, constraints: { max_words: 5 } }, 'constraints.max_words'],
    [{ ...valid, constraints: { max_words: 12.5 } }, 'constraints.max_words'],
    [{ ...valid, constraints: { variant_count: 4 } }, 'constraints.variant_count'],
    [{ ...valid, constraints: { no_claims_policy: 'yes' } }, 'constraints.no_claims_policy'],
    [{ ...valid, channel: 'SMS', constraints: { include_subjects: true } }, 'constraints.include_subjects'],
    [{ ...valid, channel: 'SMS', constraints: { max_words: 120 } }, 'constraints.max_words'],
    [{ ...valid, channel: 'SMS', constraints: { sms_consent: 'yes' } }, 'constraints.sms_consent'],
    [{ ...valid, extra: true }, '(body)'],
    [{ ...valid, linkedin_format: 'CONNECTION_NOTE' }, 'linkedin_format'],
    [{ ...valid, channel: 'LINKEDIN', linkedin_format: 'POST' }, 'linkedin_format'],
    [{ ...valid, channel: 'LINKEDIN', linkedin_tier: 'GOLD' }, 'linkedin_tier'],
    [
      { ...valid, channel: 'LINKEDIN', linkedin_format: 'CONNECTION_NOTE', constraints: { max_words: 60 } },
      'constraints.max_words',
    ],
    [
      { ...valid, channel: 'LINKEDIN', linkedin_format: 'MESSAGE', constraints: { include_subjects: true } },
      'constraints.include_subjects',
    ],
    [{ ...valid, lead_context: [{ source: { kind: 'rumour', label: 'x' }, text: 'y' }] }, 'lead_context.0.source.kind'],
    [
      { ...valid, lead_context: [{ source: { kind: 'manual', label: 'x' }, text: 'y'.repeat(1501) }] },
      'lead_context.0.text',
    ],
    [
      { ...valid, context_sources: [{ kind: 'website', label: 'acme.com', url: 'file:///etc/passwd' }] },
      'context_sources.0.url',
    ],
  ])('rejects an invalid field with its path (%#)', (input, path) => {
    expect(issuePaths(input)).toContain(path);
  });
});

describe('SelectRequest', () => {
  it('accepts an index with optional edits', () => {
    expect(SelectRequest.parse({ variant_index: 1, edited_message: 'Hi Dana, …' })).toEqual({
      variant_index: 1,
      edited_message: 'Hi Dana, …',
    });
  });

  it.each([
    { variant_index: -1 },
    { variant_index: 3 },
    { variant_index: '1' },
    { variant_index: 0, edited_message: '' },
    {},
  ])('rejects %j', (input) => {
    expect(SelectRequest.safeParse(input).success).toBe(false);
  });
});

describe('Variant and ApiError', () => {
  it('accepts a structured risk flag and rejects an unknown code', () => {
    const variant = {
      subject: null,
      message: 'Hi Dana',
      personalization_points: ['Used company keywords: shippers'],
      evidence: [{ source: 'keyword', value: 'shippers', field: 'message', span: { start: 0, end: 8 } }],
      risk_flags: [
        {
          code: 'SPAM_PHRASE',
          category: 'spam',
          severity: 'error',
          detail: '“act now” is an urgency phrase',
          field: 'message',
          span: { start: 9, end: 16 },
        },
      ],
    };
    expect(Variant.parse(variant)).toEqual(variant);
    const flag = variant.risk_flags[0];
    const bad = (over: object) => ({ ...variant, risk_flags: [{ ...flag, ...over }] });
    expect(Variant.safeParse(bad({ code: 'MADE_UP' })).success).toBe(false);
    expect(Variant.safeParse(bad({ category: 'gossip' })).success).toBe(false);
    expect(Variant.safeParse(bad({ field: 'body' })).success).toBe(false);
    expect(Variant.safeParse(bad({ span: { start: -1, end: 2 } })).success).toBe(false);
    expect(Variant.safeParse({ ...variant, personalization_points: [{ source: 'keyword', value: 'x' }] }).success).toBe(
      false,
    );
    expect(
      Variant.safeParse({
        ...variant,
        evidence: [{ source: 'rumour', value: 'x', field: 'message', span: { start: 0, end: 1 } }],
      }).success,
    ).toBe(false);
  });

  it('takes a sender with approved proof points, bounded', () => {
    const request = {
      channel: 'EMAIL',
      tone: 'DIRECT',
      goal: 'Book a call',
      lead: { first_name: 'Dana' },
      sender: {
        name: 'Sam',
        company: 'RouteLoop',
        offer: 'Load assignment for LTL carriers',
        proof_points: ['Used by 400 logistics teams'],
      },
    };
    expect(PersonalizeRequest.parse(request).sender?.proof_points).toEqual(['Used by 400 logistics teams']);
    const many = { ...request, sender: { proof_points: Array.from({ length: 11 }, (_, i) => `Proof ${i}`) } };
    expect(PersonalizeRequest.safeParse(many).success).toBe(false);
    expect(PersonalizeRequest.safeParse({ ...request, sender: { proof_points: [''] } }).success).toBe(false);
    expect(PersonalizeRequest.safeParse({ ...request, sender: { offer: 'x'.repeat(601) } }).success).toBe(false);
  });

  it('records the flags an SDR overrode with a selection', () => {
    expect(SelectRequest.parse({ variant_index: 1, overrode_flags: ['UNSOURCED_CLAIM'] }).overrode_flags).toEqual([
      'UNSOURCED_CLAIM',
    ]);
    expect(SelectRequest.safeParse({ variant_index: 1, overrode_flags: ['NOPE'] }).success).toBe(false);
  });

  it('has one error shape with optional issues', () => {
    const body = {
      error: { code: 'INVALID_REQUEST', message: 'Invalid body', issues: [{ path: 'goal', message: 'x' }] },
    };
    expect(ApiError.parse(body)).toEqual(body);
    expect(ApiError.safeParse({ error: { code: 'OOPS', message: 'x' } }).success).toBe(false);
  });
});
