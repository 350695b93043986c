import { PersonalizeRequest, type PersonalizeRequestInput } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { checkVariant, explainVariant, isBlocking } from './index.ts';

const base: PersonalizeRequestInput = {
  channel: 'EMAIL',
  tone: 'FRIENDLY',
  goal: 'Book a 20-minute call about our free trial of route analytics',
  lead: { first_name: 'Zoë', last_name: 'Park', title: 'Head of Logistics', company_name: 'Bluefin Foods' },
  company_context: {
    summary: 'Bluefin Foods ships seafood to 40% of Korean grocers and raised a Series B in 2024.',
    keywords: ['cold chain', 'seafood'],
    tech_stack: ['SAP', 'Web3'],
  },
};
const req = (over: Partial<PersonalizeRequestInput> = {}) => PersonalizeRequest.parse({ ...base, ...over });
const clean =
  'Hi Zoë,\n\nYour cold chain work at Bluefin Foods caught my eye. Would a 20-minute call next week make sense?';
const codes = (message: string, subject: string | null = 'Cold chain at Bluefin', r = req()) =>
  checkVariant(r, { subject, message }).map((f) => f.code);

describe('checkVariant', () => {
  it('passes a grounded message', () => {
    expect(codes(clean)).toEqual([]);
  });

  it.each([
    ['We cut costs by 35% for teams like yours.', '35%'],
    ['That is 3x faster.', '3x'],
    ['Thirty percent of grocers agree.', '“Thirty percent”'],
    ['We saved $2M last year.', '$2M'],
    ['Over 1,000 customers use it.', '1,000'],
    ['Since 2019 we have helped.', '2019'],
  ])('flags the unsourced number in %j', (sentence, number) => {
    const flags = checkVariant(req(), { subject: 'Cold chain', message: `${clean} ${sentence}` });
    expect(flags.find((f) => f.code === 'UNSOURCED_NUMBER')?.detail).toContain(number);
  });

  it('accepts numbers the input states, in any format', () => {
    expect(codes(`${clean} You already reach 40 percent of Korean grocers since 2024.`)).toEqual([]);
    expect(codes(`${clean} Plenty of Web3 and SAP talk out there.`)).toEqual([]);
  });

  it.each([
    ['Act NOW!!!', 'SPAM_PHRASE'],
    ['This is guaranteed to work.', 'SPAM_PHRASE'],
    ['It is risk-free.', 'SPAM_PHRASE'],
    ['Click here: $$$', 'SPAM_PHRASE'],
    ['Companies like Stripe rely on us.', 'UNSOURCED_CLAIM'],
    ['We are an award-winning, industry-leading platform.', 'UNSOURCED_CLAIM'],
    ['We just raised our seed round.', 'UNSOURCED_CLAIM'],
    ['Happy to loop in my colleague Marcus.', 'UNSOURCED_CLAIM'],
    ['I’m sure Initech would agree.', 'UNSOURCED_CLAIM'],
    ['Reply to [Your Name].', 'UNFILLED_PLACEHOLDER'],
  ])('flags %j as %s', (sentence, code) => {
    expect(codes(`${clean} ${sentence}`)).toContain(code);
  });

  it('has no false hits on ordinary words or sourced phrases', () => {
    expect(codes(`${clean} Freedom to act nowhere near a freelance budget.`)).toEqual([]);
    expect(codes(`${clean} Congrats on the Series B. Happy to set up the free trial.`)).toEqual([]);
    // Free as in available; a spam word the input says in another form ("Discounted for charities").
    expect(codes(`${clean} I'm free Monday at 10am.`)).toEqual([]);
    // "you won't" is no "you won": no prize, and no news of one.
    expect(codes(`${clean} At rates you won’t see elsewhere, it adds up.`)).toEqual([]);
    // The request's goal says "free trial": these are read with a goal that does not.
    const plain = req({ goal: 'Book a 20-minute call about route analytics' });
    const available = `${clean} Free for 20 minutes on Monday? It could free up your mornings and offer the next free slot.`;
    expect(codes(available, 'Cold chain at Bluefin', plain)).toEqual([]);
    expect(codes(`${clean} We include free setup.`, 'Cold chain at Bluefin', plain)).toContain('SPAM_PHRASE');
    const discounted = req({ sender: { name: 'Sam', proof_points: ['Discounted for registered charities'] } });
    expect(codes(`${clean} Charities get it at a discount.`, 'Cold chain at Bluefin', discounted)).toEqual([]);
    expect(codes(`${clean} Charities get it at a discount.`)).toEqual(['SPAM_PHRASE']);
    expect(codes(`${clean} We still have the odd free date in May.`, 'Cold chain at Bluefin', plain)).toEqual([]);
    expect(codes(`${clean} Happy to show you. Free Thursday?`, 'Cold chain at Bluefin', plain)).toEqual([]);
    expect(codes(`${clean} It alerts you before a permit expires.`, 'Cold chain at Bluefin', plain)).toEqual([]);
    expect(codes(`${clean} The offer expires Friday.`, 'Cold chain at Bluefin', plain)).toEqual(['SPAM_PHRASE']);
    // "Commission-free" for the proof point "No commission on bookings".
    const noCommission = req({
      goal: 'Book a 20-minute call about route analytics',
      sender: { name: 'Sam', proof_points: ['No commission on bookings'] },
    });
    expect(codes(`${clean} Commission-free bookings.`, 'Cold chain at Bluefin', noCommission)).toEqual([]);
    expect(codes(`${clean} Commission-free bookings.`, 'Cold chain at Bluefin', plain)).toEqual(['SPAM_PHRASE']);
    // Without something ("gluten-free"), and the writer's praise ("sounds like a winner").
    expect(
      codes(
        `${clean} The kitchen knows who is gluten-free. Cold chain sounds like a winner.`,
        'Cold chain at Bluefin',
        plain,
      ),
    ).toEqual([]);
    expect(codes(`${clean} It is risk-free. You are a winner.`, 'Cold chain at Bluefin', plain)).toContain(
      'SPAM_PHRASE',
    );
  });

  it('requires greeting, CTA and relevance', () => {
    expect(codes('Your cold chain work at Bluefin Foods caught my eye. Open to a chat?')).toEqual(['MISSING_GREETING']);
    expect(codes('Hi Zoe, your cold chain work at Bluefin Foods caught my eye.')).toEqual(['MISSING_CTA']);
    expect(codes('Hello Zoë, I write to many people. Open to a chat?', 'Hello')).toEqual(['MISSING_RELEVANCE']);
    const thin = req({ lead: { first_name: 'Zoë' }, company_context: { keywords: [], tech_stack: [] } });
    expect(
      codes(
        'Hi Mia, this is Sam from RouteLoop. I hope the week is going well. Open to a short chat? Reply STOP to opt out.',
        null,
        req({
          channel: 'SMS',
          lead: { first_name: 'Mia' },
          company_context: {},
          sender: { name: 'Sam', company: 'RouteLoop' },
          constraints: { sms_consent: true },
        }),
      ),
    ).toEqual([]);
    expect(thin.company_context.keywords).toEqual([]);
  });

  it('expects the greeting a person would use for a decorated first name', () => {
    const decorated = req({ lead: { first_name: 'Dr. Katherine (Kate) 🚀', company_name: 'Bluefin Foods' } });
    expect(
      codes('Hi Kate, your cold chain work at Bluefin Foods caught my eye. Open to a chat?', 'x', decorated),
    ).toEqual([]);
    expect(
      codes('Hi Dr., your cold chain work at Bluefin Foods caught my eye. Open to a chat?', 'x', decorated),
    ).toEqual(['MISSING_GREETING']);
  });

  it('checks word, channel and subject limits', () => {
    const long = `${clean} ${'More cold chain words here. '.repeat(30)}`;
    expect(codes(long)).toContain('OVER_WORD_LIMIT');
    const sms = req({ channel: 'SMS', constraints: { max_words: 60 } });
    expect(codes(`${clean} ${'✓ cold chain '.repeat(20)}`, null, sms)).toContain('OVER_CHANNEL_LIMIT');
    const note = checkVariant(req({ channel: 'LINKEDIN', constraints: { max_words: 250 } }), {
      subject: null,
      message: `${clean} ${'Seafood cold chain ideas. '.repeat(12)}`,
    });
    expect(note.find((f) => f.code === 'OVER_CHANNEL_LIMIT')?.severity).toBe('warning');
    expect(isBlocking(note)).toBe(false);
    expect(codes(clean, null)).toEqual(['MISSING_SUBJECT']);
    expect(codes(clean, `Cold chain ${'x'.repeat(80)}`)).toEqual(['SUBJECT_TOO_LONG']);
  });

  it.each([
    ['CONNECTION_NOTE', 'FREE', 201, 'error'],
    ['CONNECTION_NOTE', 'FREE', 200, null],
    ['CONNECTION_NOTE', 'PREMIUM', 300, null],
    ['CONNECTION_NOTE', 'PREMIUM', 301, 'error'],
    ['CONNECTION_NOTE', undefined, 250, 'warning'],
    ['INMAIL', 'FREE', 1900, null],
    ['INMAIL', 'FREE', 1901, 'error'],
    ['MESSAGE', 'FREE', 1901, null],
  ] as const)('limits a LinkedIn %s (%s account) of %i characters: %s', (format, tier, chars, severity) => {
    const message = `Hi Zoë, Bluefin Foods cold chain?${' x'.repeat(200)}${'y'.repeat(2000)}`.slice(0, chars);
    const request = req({
      channel: 'LINKEDIN',
      linkedin_format: format,
      ...(tier ? { linkedin_tier: tier } : {}),
      constraints: { max_words: format === 'CONNECTION_NOTE' ? 50 : 250 },
    });
    const flag = checkVariant(request, { subject: format === 'INMAIL' ? 'Cold chain' : null, message }).find(
      (f) => f.code === 'OVER_CHANNEL_LIMIT',
    );
    expect(flag?.severity ?? null).toBe(severity);
    if (severity === 'error') expect(flag?.detail).toMatch(/over the \d+-character limit of a LinkedIn/);
  });

  it('limits an InMail subject to 200 characters and requires one', () => {
    const inmail = req({ channel: 'LINKEDIN', linkedin_format: 'INMAIL', constraints: { max_words: 100 } });
    expect(inmail.constraints.include_subjects).toBe(true);
    expect(codes(clean, `Cold chain ${'x'.repeat(150)}`, inmail)).toEqual([]);
    expect(codes(clean, `Cold chain ${'x'.repeat(190)}`, inmail)).toEqual(['SUBJECT_TOO_LONG']);
    expect(codes(clean, null, inmail)).toEqual(['MISSING_SUBJECT']);
  });

  it('explains what the message uses, with spans, for people and for code', () => {
    const variant = {
      subject: null,
      message: 'Hi Zoë, as Head of Logistics at Bluefin Foods running SAP for the cold chain, any thoughts?',
    };
    const { evidence, personalization_points } = explainVariant(req(), variant);
    expect(evidence.map((e) => [e.source, variant.message.slice(e.span.start, e.span.end)])).toEqual([
      ['keyword', 'cold chain'],
      ['title', 'Head of Logistics'],
      ['tech_stack', 'SAP'],
      ['company', 'Bluefin Foods'],
    ]);
    expect(personalization_points).toEqual([
      'Used company keywords: cold chain',
      'Referenced the Head of Logistics title',
      'Mentioned SAP',
      'Named the company: Bluefin Foods',
    ]);
  });

  it('points every flag at its words in its field', () => {
    const variant = { subject: 'The only cold chain tool', message: `${clean} We cut costs in half.` };
    const flags = checkVariant(req(), variant);
    const quoted = flags.map((f) => [
      f.field,
      f.category,
      f.span && (f.field === 'subject' ? variant.subject : variant.message).slice(f.span.start, f.span.end),
    ]);
    expect(quoted).toEqual([
      ['subject', 'superlative', 'The only'],
      ['message', 'social_proof', 'We cut'],
      ['message', 'number', 'in half'],
    ]);
    expect(flags[2]?.detail).toBe('“in half” is a number that is not in the input');
  });

  it('points at a claim in the subject and again in the message, once in each', () => {
    const variant = {
      subject: 'Your new CFO',
      message: 'Hi Zoë,\n\nCongrats on your new CFO. Your new CFO may like cold chain data. A call next week?',
    };
    const events = checkVariant(req(), variant).filter((f) => f.category === 'event');
    expect(events.map((f) => [f.field, f.span?.start])).toEqual([
      ['subject', 0],
      ['message', 21],
    ]);
  });
});
