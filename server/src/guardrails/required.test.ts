import { EXAMPLE_REQUEST, PersonalizeRequest, type PersonalizeRequestInput } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { checkVariant } from './index.ts';
import { hasCallToAction, hasGreeting } from './required.ts';

describe('the greeting', () => {
  it('greets by first name, or formally by title and surname', () => {
    expect(hasGreeting('Hi Angela,\n\nQuick note.', 'Angela', 'en', 'Whitfield')).toBe(true);
    expect(hasGreeting('G’day Angela,\n\nQuick note.', 'Angela')).toBe(true);
    expect(hasGreeting('Howzit Angela!\n\nQuick note.', 'Angela')).toBe(true);
    expect(hasGreeting('Good day Angela,\n\nQuick note.', 'Angela')).toBe(true);
    expect(hasGreeting('Hola Angela,\n\nQuick note.', 'Angela')).toBe(true);
    expect(hasGreeting('Dear Dr. Whitfield,\n\nQuick note.', 'Angela', 'en', 'Whitfield')).toBe(true);
    expect(hasGreeting('Dr. Zhou, I work with academic libraries.', 'Mei Lin', 'en', 'Zhou')).toBe(true);
    expect(hasGreeting('Sehr geehrte Frau Weber, kurz zu Ihren Praxen.', 'Anna', 'de', 'Weber')).toBe(true);
    // An English message may open in another language.
    expect(hasGreeting('Bonjour Mathis,\n\nQuick note.', 'Mathis')).toBe(true);
    expect(hasGreeting('Habari Wanjiru, quick note.', 'Wanjiru')).toBe(true);
    expect(hasGreeting('Hej Helena! Quick note.', 'Helena')).toBe(true);
    expect(hasGreeting('Dia duit Colm,\n\nQuick note.', 'Colm')).toBe(true);
    // A title before the first name, or before the surname.
    expect(hasGreeting('Hi Pastor Eli,\n\nQuick note.', 'Eli')).toBe(true);
    expect(hasGreeting('Dear Father Doyle,\n\nQuick note.', 'Fr. Michael', 'en', 'Doyle')).toBe(true);
    expect(hasGreeting('Dear Father Byrne,\n\nQuick note.', 'Fr. Michael', 'en', 'Doyle')).toBe(false);
    // Greeting words of any region, one or two, before the name and a pause.
    expect(hasGreeting('Now then Shane,\n\nI’ll not keep you long.', 'Shane')).toBe(true);
    expect(hasGreeting('Morning Angela! Quick note.', 'Angela')).toBe(true);
    expect(hasGreeting('Unlike Angela and her team, we route by hand.', 'Angela')).toBe(false);
    expect(hasGreeting('Quick note for Angela about routes.', 'Angela')).toBe(false);
  });

  it('is missing when it greets nobody or someone else', () => {
    expect(hasGreeting('Dear Sir or Madam, quick note.', 'Angela', 'en', 'Whitfield')).toBe(false);
    expect(hasGreeting('Dear Dr. Okafor, quick note.', 'Angela', 'en', 'Whitfield')).toBe(false);
    expect(hasGreeting('Buenos días. Le escribo por sus clínicas.', 'Marta', 'es', 'Ruiz')).toBe(false);
  });
});

describe('relevance', () => {
  /** The structure codes a message gets for a request. */
  const relevanceFor = async (input: PersonalizeRequestInput) => {
    const { checkRequired } = await import('./required.ts');
    const { inputFacts } = await import('./facts.ts');
    const request = PersonalizeRequest.parse(input);
    return (message: string) =>
      checkRequired(request, { subject: null, message }, inputFacts(request)).map((f) => f.code);
  };

  it('counts the company by its first words and a figure from its summary', async () => {
    const relevance = await relevanceFor({
      channel: 'LINKEDIN',
      tone: 'FRIENDLY',
      goal: 'A call about substitute coverage',
      lead: { first_name: 'Terrence', company_name: 'Maple Ridge Unified School District' },
      company_context: { summary: 'Public school district with 22 schools.', keywords: ['substitute teachers'] },
    });
    expect(relevance('Hi Terrence, SubLine texts offers to subs. Open to a call about Maple Ridge?')).toEqual([]);
    expect(relevance('Hi Terrence, with 22 schools to cover, is a quick call useful?')).toEqual([]);
    expect(relevance('Hi Terrence, SubLine texts offers to subs. Open to a call?')).toEqual(['MISSING_RELEVANCE']);
  });

  it('counts a two-word company by its first word, a keyword by its distinctive word, summary words joined by "and"', async () => {
    const relevance = await relevanceFor({
      channel: 'SMS',
      tone: 'FRIENDLY',
      goal: 'A call about ordering',
      lead: { first_name: 'Lucia', company_name: 'Fenwick Bakery' },
      company_context: {
        summary: 'Wholesale bakery supplying bread to cafés and grocers around Providence.',
        keywords: ['sourdough wholesale'],
      },
    });
    expect(relevance('Hi Lucia! A portal for your cafés and grocers. 10-minute call?')).toEqual([]);
    expect(relevance('Hi Lucia! Could we set up a 10-minute call for Fenwick?')).toEqual([]);
    // A keyword by its one distinctive word: "sourdough" for "sourdough wholesale".
    expect(relevance('Hi Lucia! Ordering texts for sourdough bakers. 10-minute call?')).toEqual([]);
    expect(relevance('Hi Lucia! Could we set up a 10-minute call?')).toEqual(['MISSING_RELEVANCE']);
  });

  it('counts a fact said in another form: plural, possessive, a verb’s root, a count in words', async () => {
    const relevance = await relevanceFor({
      channel: 'SMS',
      tone: 'FRIENDLY',
      goal: 'A call about dispatch',
      lead: { first_name: 'Rocco', company_name: 'Steel City Recovery' },
      company_context: {
        summary: 'Roadside recovery with 3 flatbeds, run as a snowmobile club on weekends.',
        keywords: ['towing'],
        tech_stack: ['Towbook'],
      },
    });
    expect(relevance('Rocco, Jenna at HookETA. ETA texts built on Towbook’s API. Worth a call?')).toEqual([]);
    expect(relevance('Rocco, Jenna at HookETA. Used by 700 tow operators. Worth a call?')).toEqual([]);
    expect(relevance('Rocco, Jenna at HookETA. Maps for snowmobile clubs. Worth a call?')).toEqual([]);
    expect(relevance('Rocco, Jenna at HookETA. ETAs for all three flatbeds. Worth a call?')).toEqual([]);
    expect(relevance('Rocco, Jenna at HookETA. ETA texts for customers. Worth a call?')).toEqual(['MISSING_RELEVANCE']);
  });

  it('counts a figure of the summary by value, and a word of the company’s name that tells its trade', async () => {
    const relevance = await relevanceFor({
      channel: 'SMS',
      tone: 'FRIENDLY',
      goal: 'A 15-minute call about booking',
      lead: { first_name: 'Rick', company_name: 'Marsh Gutter Care' },
      company_context: { summary: '24-lane bowling alley and gutter repairs in Wichita; 12 trucks.', keywords: [] },
      sender: { name: 'Mel', company: 'Leaguely', offer: 'Booking links for repair crews.' },
    });
    expect(relevance('Rick, Mel at Leaguely. Free for under 30 lanes, so all 24 of yours are covered. Call?')).toEqual(
      [],
    );
    expect(relevance('Rick, Mel at Leaguely. All twelve of your trucks on one map. Call?')).toEqual([]);
    expect(relevance('Rick, Mel at Leaguely. Customers text a photo of the gutter. Call?')).toEqual([]);
    // The call's length, the sender's own words and a family name said as a word show nothing of the lead.
    expect(relevance('Rick, Mel at Leaguely. Booking links for crews. A 15-minute call?')).toEqual([
      'MISSING_RELEVANCE',
    ]);
    expect(relevance('Rick, Mel at Leaguely. Booking links for repair crews. Call?')).toEqual(['MISSING_RELEVANCE']);
    expect(relevance('Rick, Mel at Leaguely. Fewer jobs lost in the marsh of paperwork. Call?')).toEqual([
      'MISSING_RELEVANCE',
    ]);
  });
});

describe('greetings from anywhere', () => {
  it('reads up to three words before the name and a pause, an emoji as a pause, and "Tanaka-san"', () => {
    expect(hasGreeting('Mālō e lelei Ana! Whale season is close.', 'Ana')).toBe(true);
    expect(hasGreeting('Morning Tamsin 🍏 Ollie at Stallpay here.', 'Tamsin')).toBe(true);
    expect(hasGreeting('Dear Tanaka-san,\n\nExporting bonsai is careful work.', 'Hiroshi', 'en', 'Tanaka')).toBe(true);
    expect(hasGreeting('Assalam-o-Alaikum Farhan sahib,\n\nBlue pottery travels far.', 'Farhan')).toBe(true);
    expect(hasGreeting('Annyeonghaseyo Hyun-woo,\n\nVisitors come from everywhere.', 'Hyun-woo')).toBe(true);
    expect(hasGreeting('Alright Jenna? Sunrise flights get scrubbed.', 'Jenna')).toBe(true);
    // A capital whose lower case is longer ("İzmir") leaves the opening as written: still a greeting.
    expect(hasGreeting('Hello Ayşe, congrats on the new line in İzmir.', 'Ayşe')).toBe(true);
    // The name later in a sentence greets no one.
    expect(hasGreeting('We build booking tools that Tamsin would like.', 'Tamsin')).toBe(false);
  });
});

describe('relevance', () => {
  it('reads two words only the lead’s summary holds, or a place it names, as a fact about the lead', () => {
    const check = (summary: string, message: string) =>
      checkVariant(
        PersonalizeRequest.parse({
          ...EXAMPLE_REQUEST,
          channel: 'SMS',
          company_context: { summary, keywords: [], tech_stack: [] },
          sender: { name: 'Kari', company: 'FreightNord', offer: 'Dry freight from Northern Norway to Europe.' },
        }),
        { subject: null, message: `Hi Dana, Kari at FreightNord. ${message} Worth a call? Reply STOP to opt out.` },
      ).filter((f) => f.code === 'MISSING_RELEVANCE');
    const summary = 'Dries cod on racks and exports stockfish to Italy; based in County Donegal.';
    expect(check(summary, 'Stockfish headed for Italy: we consolidate dry freight.')).toEqual([]);
    expect(check(summary, 'Suits shippers across Donegal.')).toEqual([]);
    expect(check('Ships rugs across the GTA.', 'Suits shippers across the GTA.')).toEqual([]);
    // The sender's own words, or one word of theirs, show nothing of the lead.
    expect(check(summary, 'We consolidate dry freight out of Northern Norway.')).not.toEqual([]);
    expect(check(summary, 'Stockfish travels well.')).not.toEqual([]);
  });
});

describe('the call to action', () => {
  it('is a question, a next step, or on LinkedIn the wish to connect', () => {
    expect(hasCallToAction('Open to a call?')).toBe(true);
    expect(hasCallToAction('If it matters, give me 15 minutes this week.')).toBe(true);
    expect(hasCallToAction("If that's useful, 15 minutes Thursday at 2 works on my end.")).toBe(true);
    expect(hasCallToAction('It works on any phone your members carry.')).toBe(false);
    expect(hasCallToAction('I work with credit unions on Symitar. Happy to connect.')).toBe(true);
    expect(hasCallToAction('Would welcome the connection.')).toBe(true);
    expect(hasCallToAction('If shift coverage is ever a puzzle, happy to compare notes.')).toBe(true);
    expect(hasCallToAction('ParkAhead adds pre-booking on top of SKIDATA. Would value connecting.')).toBe(true);
    expect(hasCallToAction('ParkAhead adds pre-booking on top of SKIDATA.')).toBe(false);
    // A formal letter asks in statements: "I would be grateful for…", "Kindly advise a convenient time."
    expect(hasCallToAction('I would be grateful for a 30-minute meeting. Kindly advise a convenient time.')).toBe(true);
    expect(hasCallToAction('I would be most grateful for a short call on prior authorization.')).toBe(true);
    expect(hasCallToAction('We submit one million prior authorizations a year.')).toBe(false);
    expect(hasCallToAction('If med sync ever takes more phone time than you would like, happy to chat.')).toBe(true);
    expect(hasCallToAction('Avísame si te encaja el jueves.', 'es')).toBe(true);
    expect(hasCallToAction('Here is some information about us.')).toBe(false);
  });

  it('is a call offered in a statement: "I’d welcome a 30-minute call", "I can do 20 minutes on Tuesday"', () => {
    expect(hasCallToAction('I’d welcome a 30-minute call to hear how samples reach you.')).toBe(true);
    expect(hasCallToAction('If icing matters, I can do 20 minutes on Tuesday or Thursday.')).toBe(true);
    expect(hasCallToAction('Happy to run you through it over the phone if you’re keen.')).toBe(true);
    expect(hasCallToAction('Fifteen minutes, whenever suits.')).toBe(true);
    // What the writer would do, with no call in it, offers none.
    expect(hasCallToAction('I’d guess your crews log it by hand.')).toBe(false);
  });
});
