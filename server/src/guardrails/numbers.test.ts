import { describe, expect, it } from 'vitest';
import { flaggedWords } from '../../test-support/claims.ts';
import { extractNumbers } from './numbers.ts';

const words = (message: string) => flaggedWords('number', `Hi Dana, ${message} Open to a call?`);
/** The numbers flagged in a message whose input is the lead's summary and one approved proof point. */
const inContext = (summary: string, message: string, proof = 'Works offline', close = ' Call?') =>
  flaggedWords('number', `Hi Dana, ${message}${close}`, {
    company_context: { summary, keywords: [], tech_stack: [] },
    sender: { name: 'Sam', proof_points: [proof] },
  });

describe('numbers', () => {
  it('reads the first of a pair as counting what the second does, and hours on any clock', () => {
    const reminders = 'Sends SMS reminders 48 and 24 hours before fittings';
    expect(
      inContext(
        'Bridal alterations.',
        'A text reminder two days before, then another the day before.',
        reminders,
        ' Wednesday at 10?',
      ),
    ).toEqual([]);
    expect(
      inContext('Bridal alterations.', 'A text reminder three days before.', reminders, ' Wednesday at 10?'),
    ).toEqual(['three']);
    expect(extractNumbers('ten or fifteen minutes')[0]?.units).toEqual(['minute']);
    expect(words('Would a call work? Ten or fifteen minutes would do it.')).toEqual([]);
    expect(words('Is Tuesday at 10 or Thursday at 14 better?')).toEqual([]);
    expect(words('Worth a call Weds at 11?')).toEqual([]);
    // A figure after "at" that is no hour, and a span said in one word.
    expect(words('We cut admin by 14 hours.')).toEqual(['14']);
    expect(words('It pays for itself within a single season.')).toEqual(['within a single season']);
  });

  it('reads the input said another way: under and less than, no and zero, both and two, a share asked about', () => {
    const proof = 'Setup in under a week';
    expect(inContext('Accordion repair.', 'Setup takes less than a week.', proof)).toEqual([]);
    expect(inContext('Accordion repair.', 'Setup takes less than a month.', proof)).toEqual(['less than a month']);
    expect(
      inContext('Accordion repair.', 'There are zero transaction fees.', 'No transaction fees on direct orders'),
    ).toEqual([]);
    expect(
      inContext('Accordion repair.', 'There are zero setup fees.', 'No transaction fees on direct orders'),
    ).toEqual(['zero']);
    expect(words('Listed on both Airbnb and Booking.com, how do you keep the two calendars lined up?')).toEqual([]);
    expect(words('I’m curious whether most of those bookings come through Airbnb today.')).toEqual([]);
    expect(words('Most of those bookings come through Airbnb today.')).not.toEqual([]);
    // The length of what was just offered, and no double-ups.
    expect(words('Can I show you how it works? Ten minutes only.')).toEqual([]);
    expect(words('Any weekday morning before 9 is fine.')).toEqual([]);
    expect(words('It syncs both calendars, so no double-ups.')).toEqual([]);
  });

  it('reads "thanks a million" and what matters most to someone as no quantities', () => {
    expect(words('Thanks a million for reading.')).toEqual([]);
    expect(words('It tends to matter most to shippers carrying a big book.')).toEqual([]);
    expect(words('We ship a million parcels.')).toEqual(['a million']);
    expect(words('Your history comes with you rather than starting from zero.')).toEqual([]);
    expect(words('We took them from zero to 40 stores.')).toEqual(['zero', '40']);
    expect(words('Most shippers we work with cut it.')).toEqual(['Most shippers']);
  });

  it('reads "a couple of" things as two, but not the times or ideas a writer offers', () => {
    // No sender: its "SOC 2" would be a two of the input's.
    const said = (message: string, over: object = {}) =>
      flaggedWords('number', `Hi Dana, ${message} Open to a call?`, { sender: undefined, ...over });
    expect(said('Late deliveries have cost you a couple of wedding bookings this year.')).toEqual(['a couple of']);
    expect(said('It pays for itself within a couple of jobs.')).toEqual(['a couple of']);
    expect(said('Reply and I’ll send a couple of times.')).toEqual([]);
    expect(said('I have a couple of quick ideas for the yard.')).toEqual([]);
    const depots = { company_context: { summary: 'Runs 2 depots in Ohio.', keywords: [], tech_stack: [] } };
    expect(said('A couple of depots is a lot to watch.', depots)).toEqual([]);
  });

  it('reads items counted inline as no figures', () => {
    expect(words('An idea: 1) one dock board, 2) carriers book their own slots.')).toEqual([]);
    expect(words('It cut delays by 7) we think.')).toEqual(['7']);
  });

  it('reads a twin or dual thing of the input as two', () => {
    const rink = {
      sender: undefined,
      company_context: { summary: 'Twin-pad community ice rink.', keywords: ['ice time'], tech_stack: [] },
    };
    expect(flaggedWords('number', 'Hi Dana, with two pads to book, Fridays fill fast. Open to a call?', rink)).toEqual(
      [],
    );
    expect(
      flaggedWords('number', 'Hi Dana, with three pads to book, Fridays fill fast. Open to a call?', rink),
    ).toEqual(['three']);
  });

  it('reads a share as its percentage, and "an hour" as the input’s "1 hour"', () => {
    const proof = (proof_points: string[]) => ({ sender: { name: 'Sam', proof_points } });
    const said = (message: string, over: object) => flaggedWords('number', `Hi Dana, ${message} Open to a call?`, over);
    expect(said('Harbor cut paperwork time by 50% with us.', proof(['Cut paperwork time by half at Harbor']))).toEqual(
      [],
    );
    expect(said('Harbor cut paperwork time by 40% with us.', proof(['Cut paperwork time by half at Harbor']))).toEqual([
      '40%',
    ]);
    expect(said('Reports land in under an hour.', proof(['Reports delivered in under 1 hour']))).toEqual([]);
    expect(said('Reports land in under one hour.', proof(['Reports delivered in under 1 hour']))).toEqual([]);
    expect(said('Reports land in under a day.', proof(['Reports delivered in under 1 hour']))).toEqual([
      'in under a day',
    ]);
  });

  it('counts the names an input lists as places, systems or sides, and reads "the two" as things just named', () => {
    const listed = {
      sender: undefined,
      company_context: {
        summary: 'Freight brokerage covering Houston and San Antonio.',
        keywords: ['freight visibility'],
        tech_stack: ['Snowflake'],
      },
    };
    const said = (message: string, over = listed) =>
      flaggedWords('number', `Hi Dana, ${message} Open to a call?`, over);
    expect(said('Dispatch across two metros gets messy.')).toEqual([]);
    expect(said('Both desks keep two sets of load counts.')).toEqual([]);
    // A list counts places, not time or work.
    expect(said('It saves two hours a day.')).toEqual(['two']);
    expect(said('It adds two extra stops per driver.')).toEqual(['two']);
    expect(
      said('Dispatch across two metros gets messy.', {
        ...listed,
        company_context: { ...listed.company_context, summary: 'Freight brokerage in Texas.' },
      }),
    ).toEqual(['two']);
    expect(
      said('Spot and contract freight pull in different directions; how does Northwind balance the two today?', {
        ...listed,
        company_context: { ...listed.company_context, summary: 'Freight brokerage in Texas.' },
      }),
    ).toEqual([]);
  });

  it.each([
    ['We cut costs by 35% for shippers.', '35%'],
    ['Teams cut their AWS bill in half.', 'in half'],
    ['It makes dispatch twice as fast.', 'twice'],
    ['Teams ship twice the loads.', 'twice'],
    ['Carriers double their throughput.', 'double'],
    ['Replies come three times faster.', 'three'],
    ['It costs a fraction of the price.', 'a fraction of'],
    ['Dozens of carriers agree.', 'Dozens'],
    ['Hundreds of SaaS companies rely on it.', 'Hundreds'],
    ['Most of our customers see it in a week.', 'Most of our'],
    ['We are a top five vendor.', 'top five'],
    ['The second-largest carrier uses it.', 'second-largest'],
    ['Drone data either saves a week or creates a backlog.', 'saves a week'],
    ['Congrats on the firm’s 75th anniversary.', '75th'],
    ['A dozen shippers asked for it.', 'A dozen'],
    ['A good dozen shippers asked for it.', 'A good dozen'],
    ['A carrier twice your size cut it.', 'twice'],
    ['Shippers on it get sign-off within a day.', 'within a day'],
    ['Rate checks eat most of the analyst time at Northwind.', 'most of the analyst time'],
    ['Crews on it finish a week earlier.', 'a week earlier'],
    ['It saves a third of the time.', 'a third'],
    ['We grew tenfold.', 'tenfold'],
    ['Bookings grew over the past couple of seasons.', 'the past couple of seasons'],
    ['It usually lifts revenue a quarter or more.', 'a quarter'],
    ['It cuts route count by a fifth.', 'a fifth'],
    ['Roughly a third of quotes never go out.', 'a third'],
    ['Most installers we work with stop chasing permits.', 'Most installers'],
  ])('flags the unsourced quantity in %j', (sentence, expected) => {
    expect(words(sentence)).toEqual([expected]);
  });

  it('reads what a count counts past a pair of words: "47 electric and broadband co-ops"', () => {
    const sender = { name: 'Sam', company: 'RouteLoop', proof_points: ['Used by 47 electric and broadband co-ops'] };
    expect(flaggedWords('number', 'Hi Dana, 47 co-ops already use it. Call?', { sender })).toEqual([]);
    expect(flaggedWords('number', 'Hi Dana, 47 states already use it. Call?', { sender })).toEqual(['47']);
  });

  it('reads "on nearly every new matter" as how often, no count of customers', () => {
    expect(words('Conflict checks come up on nearly every new matter.')).toEqual([]);
    expect(words('Nearly every shipper in Ohio uses us.')).toEqual(['Nearly every']);
  });

  it('reads "from days to hours" as a change of size the input must state', () => {
    expect(words('We cut report turnaround from days to hours.')).toEqual(['from days to hours']);
  });

  it('accepts "more than most people realise": a comparison, no count', () => {
    expect(words('Returns touch more of the customer experience than most people realise.')).toEqual([]);
  });

  it('accepts the input’s numbers in any format, and small talk', () => {
    expect(words('Your software serves mid-size shippers, and 400 logistics teams use RouteLoop.')).toEqual([]);
    expect(words('Two quick questions, one idea.')).toEqual([]);
    expect(words('One small thing, and two small questions.')).toEqual([]);
    expect(inContext('Runs two small passenger ferries out of Oban.', 'Two passenger ferries out of Oban.')).toEqual(
      [],
    );
    expect(inContext('Runs two small passenger ferries out of Oban.', 'Three small ferries out of Oban.')).toEqual([
      'Three',
    ]);
    expect(words('Would the 15th work for a call?')).toEqual([]);
    const league = {
      sender: {
        name: 'Sam',
        proof_points: ['Pacific Clash League renewed 9 of 10 sponsors', 'Financed $42M since 2019\nB Corp'],
      },
    };
    expect(
      flaggedWords('number', 'Hi Dana, Pacific Clash League renewed nine of its ten sponsors. Call?', league),
    ).toEqual([]);
    expect(flaggedWords('number', 'Hi Dana, we have financed $42 million since 2019. Call?', league)).toEqual([]);
    expect(words('Running docks and trucks sounds like two jobs at once.')).toEqual([]);
    expect(words('Summer hikers and winter skiers make two quite different seasons to staff.')).toEqual([]);
    expect(words('Selling on Etsy and at craft fairs means stock in two places.')).toEqual([]);
    expect(words('Docks and trucks took on two new dispatchers.')).toEqual(['two']);
    expect(words('We reach grocery buyers, and we just placed two Austin sauces.')).toEqual(['two']);
    expect(words('Two ferries and a wildlife boat.')).toEqual(['Two']);
    expect(words('Mick from TasterBook here, giz two minutes.')).toEqual([]);
    expect(inContext('Surf school.', 'Onboarding is two short sessions. One short question: Tuesday?')).toEqual([
      'two',
    ]);
    expect(words('Install takes one morning per field.')).toEqual(['one morning']);
    expect(inContext('Hot sauce.', 'Setup takes one afternoon.', 'Setup in one afternoon')).toEqual([]);
    const cats = 'Snowcat skiing running 2 cats with 12 guests each, December to April.';
    expect(inContext(cats, 'Two cats, twelve guests each: twenty-four people to brief.')).toEqual([]);
    expect(inContext(cats, 'Twenty-six people to brief.')).toEqual(['Twenty-six']);
    expect(inContext('Fireworks; licensed for 1.3G displays.', 'Permits for 1.3G displays.')).toEqual([]);
    expect(inContext('Bindery.', 'A flat fee of fifty cent per ticket.', 'Flat fee of €0.50 per ticket')).toEqual([]);
    expect(inContext('Bindery.', 'A flat fee of forty cent per ticket.', 'Flat fee of €0.50 per ticket')).toEqual([
      'forty',
    ]);
    const tugs = 'Seven harbour tugs.';
    expect(inContext(tugs, 'Typical savings run five to eight percent.', 'Typical 5-8% fuel savings')).toEqual([]);
    expect(inContext(tugs, 'Typical savings run five to nine percent.', 'Typical 5-8% fuel savings')).toEqual([
      'nine percent',
    ]);
    expect(inContext(tugs, 'It maps graves to ten centimetres.', 'GPS accuracy to 10cm')).toEqual([]);
    expect(inContext(tugs, 'It maps graves to twelve centimetres.', 'GPS accuracy to 10cm')).toEqual(['twelve']);
    expect(inContext(tugs, 'Keeping track of which cask is whose is half the battle.')).toEqual([]);
    expect(inContext('Llama treks.', 'Llamas, round two?')).toEqual([]);
    expect(inContext('Tea room.', 'A harvest festival sounds like a blast and a half.')).toEqual([]);
    expect(inContext('Tea room.', 'A short call on Friday? I can show everything in 15 minutes.')).toEqual([]);
    expect(inContext('Tea room.', 'It matches requests in under 4 minutes.')).toEqual(['4']);
    const lindner = 'Used by Bäckerei Lindner and 45 other German food producers';
    expect(inContext('Pickles.', 'Lindner is one of forty-six German food producers on it.', lindner)).toEqual([]);
    const chess = 'Chess school teaching kids aged 6–14 and running weekend tournaments.';
    expect(inContext(chess, 'Classes for six-to-fourteen-year-olds and weekend tournaments.')).toEqual([]);
    const stores = 'Hot sauce stocked in 45 Midwest grocery stores.';
    expect(inContext(stores, '45 stores is real reach.\n\nWant to see which of those 45 shelves move?')).toEqual([]);
    expect(inContext(stores, '45 stores is real reach.\n\nWant to see which of 45 shelves move?')).toEqual(['45']);
    expect(flaggedWords('number', 'Hi Dana,\n\nStep 1: connect. Step 2: see loads.\n\nCall?')).toEqual([]);
    // A numbered list's markers, and the count of its items, are no claims.
    expect(
      flaggedWords('number', 'Hi Dana,\n\nThree reasons I’m writing:\n\n1. Routes.\n2. Docks.\n3. Drivers.\n\nCall?'),
    ).toEqual([]);
    const fyne = { sender: { name: 'Sam', proof_points: ['Loch Fyne Marine cut phone bookings by 40%'] } };
    expect(
      flaggedWords('number', 'Hi Dana, Loch Fyne Marine cut phone bookings by forty per cent. Call?', fyne),
    ).toEqual([]);
    // The length of the meeting asked for is no claim; how long setup takes is one.
    expect(words('A short intro call, 20 minutes at most?')).toEqual([]);
    expect(words('Worth a 15-min chat on Thursday?')).toEqual([]);
    expect(words('Open to a call? Setup takes about 10 minutes.')).toEqual(['10']);
    expect(flaggedWords('number', 'Hi Dana, 18 percent fewer empty miles at Harbor Freight. Call?')).toEqual([]);
    expect(words('RouteLoop serves logistics teams, and 400 of them use it.')).toEqual([]);
    expect(words('Nothing gets entered twice, and the two stay in sync.')).toEqual([]);
    expect(words('Fourteen hundred teams, and the two stay in sync.')).toEqual(['Fourteen hundred']);
  });

  it('reads a span of time in another unit, short units and a year written short', () => {
    const spans = {
      sender: {
        name: 'Sam',
        proof_points: ['Brought back 140 overdue patients in 90 days at Saguaro Dental', 'Adherence up 12 points'],
      },
      company_context: { summary: 'An agency in Worcester, founded 1962.' },
    };
    expect(flaggedWords('number', 'Hi Dana, 140 patients back in about three months. Call?', spans)).toEqual([]);
    expect(flaggedWords('number', 'Hi Dana, adherence went up 12 pts. Call?', spans)).toEqual([]);
    expect(flaggedWords('number', "Hi Dana, an agency since '62 is rare. Call?", spans)).toEqual([]);
    expect(flaggedWords('number', 'Hi Dana, 140 patients back in about eight months. Call?', spans)).toEqual(['eight']);
  });

  it('reads a span of time as time: not the input’s count of other things, nor a meeting when it is how fast', () => {
    const fleets = {
      sender: { name: 'Sam', proof_points: ['Used by 90 school-bus fleets'] },
      company_context: { summary: 'A cold store holding 2–8°C biologics for 14 clients.' },
    };
    // "90 seconds per bus" is no count of fleets of buses, "two weeks" no "2–8°C".
    expect(
      flaggedWords('number', 'Hi Dana, drivers finish a check in about 90 seconds per bus. Call?', fleets),
    ).toEqual(['90']);
    expect(flaggedWords('number', 'Hi Dana, setup takes about two weeks. Call?', fleets)).toEqual(['two']);
    // The input's own span said back: "30 hours a week".
    const cover = { company_context: { summary: 'Runs a 30-minute huddle and 30 hours of cover a week.' } };
    expect(flaggedWords('number', 'Hi Dana, 30 hours of cover a week is a lot. Call?', cover)).toEqual([]);
    // How fast, even beside a meeting word: "in under 4 minutes, … over Zoom".
    expect(words('We match interpreters in under 4 minutes, on-site or over Zoom.')).toEqual(['4']);
    expect(words('Worth 20 minutes on Zoom next week?')).toEqual([]);
    // A sourced count said again in its sentence, and boats for vessels.
    const branches = {
      company_context: { summary: 'Public library system with 9 branches and a ferry of 4 vessels.' },
    };
    expect(flaggedWords('number', 'Hi Dana, nine branches means nine calendars of events. Call?', branches)).toEqual(
      [],
    );
    expect(flaggedWords('number', 'Hi Dana, nine branches, and twelve vans. Call?', branches)).toEqual(['twelve']);
    expect(flaggedWords('number', 'Hi Dana, crew rosters for your four boats? Call?', branches)).toEqual([]);
    // "Almost every" counts customers and their outcomes, not the parts of the lead's own work.
    expect(words('SlotSaver backfills nearly every cancellation within the hour.')).toEqual(['nearly every']);
    expect(words('A new system touches almost every ministry you run.')).toEqual([]);
    // "A million and a half" is one number, and the input's 1.5 million.
    const certificates = { sender: { name: 'Sam', proof_points: ['Issues 1.5 million certificates a year'] } };
    expect(
      flaggedWords('number', 'Hi Dana, we issue about a million and a half certificates a year. Call?', certificates),
    ).toEqual([]);
    // A vague span of how fast: "in a couple of hours", "in a day or so", "within one term".
    expect(words('Setup is done in a couple of hours.')).toEqual(['in a couple of hours']);
    expect(words('Your crews can be live in a day or so.')).toEqual(['in a day or so']);
    expect(words('Schools see attendance recover within one term.')).toEqual(['within one term']);
    expect(words('Could we talk in the next few weeks?')).toEqual([]);
  });

  it('reads a time of day as no claim', () => {
    expect(words('When a shipper calls at 11 p.m., who picks up?')).toEqual([]);
    expect(words('Would Wednesday at 10:00 UK time, or 14:30, suit you?')).toEqual([]);
    expect(words('Dispatch answers in 10:00 of waiting, not 14 minutes.')).toEqual(['14']);
  });

  it('reads roman numerals the input numbers with ("Phase II and III")', () => {
    const phases = { company_context: { summary: 'A CRO running Phase II and III oncology trials.' } };
    expect(flaggedWords('number', 'Hi Dana, Phase 2 and 3 oncology trials take care. Call?', phases)).toEqual([]);
    expect(flaggedWords('number', 'Hi Dana, Phase 4 oncology trials take care. Call?', phases)).toEqual(['4']);
  });

  it('reads gigawatts as GW', () => {
    const gw = { company_context: { summary: 'Operates 14 wind farms (1.2 GW).' } };
    expect(flaggedWords('number', 'Hi Dana, 1.2 gigawatts in operation is a lot. Call?', gw)).toEqual([]);
  });

  it('counts the same things under a short name ("co-ops" for "cooperatives")', () => {
    const coops = { sender: { name: 'Sam', proof_points: ['Used by 95 electric cooperatives'] } };
    expect(flaggedWords('number', 'Hi Dana, 95 co-ops use it today. Call?', coops)).toEqual([]);
  });

  it('reads "and a half" as part of the number', () => {
    const half = { sender: { name: 'Sam', proof_points: ['Monitors 1.5 million devices'] } };
    expect(flaggedWords('number', 'Hi Dana, we monitor one and a half million devices. Call?', half)).toEqual([]);
    expect(flaggedWords('number', 'Hi Dana, we monitor two and a half million devices. Call?', half)).toEqual([
      'two and a half million',
    ]);
  });

  it('reads what the input implies: a stated change, an ordinal, a list of its names', () => {
    const input = {
      sender: { name: 'Sam', proof_points: ['Cut work-order close time from 6 days to 3 for Palmetto Living'] },
      company_context: { summary: 'Third-generation broker with offices in Glasgow and Edinburgh.' },
    };
    const flagged = (message: string) => flaggedWords('number', `Hi Dana, ${message} Call?`, input);
    expect(flagged('Palmetto Living halved its close time, from six days to three.')).toEqual([]);
    expect(flagged('Three generations in one family is rare.')).toEqual([]);
    expect(flagged('Renewals across two offices, Glasgow and Edinburgh, add up.')).toEqual([]);
    expect(flagged('Two-way texting keeps both sides current.')).toEqual([]);
    expect(flagged('It syncs with your TMS, so there is no double entry.')).toEqual([]);
    expect(flagged('I suspect the overlap between the two is where it gets tricky.')).toEqual([]);
    // What the input does not imply stays a claim.
    expect(flagged('Palmetto Living cut its close time to a third.')).toEqual(['a third']);
    expect(flagged('Renewals across five offices, Glasgow and Edinburgh, add up.')).toEqual(['five']);
    expect(flagged('Four generations in one family is rare.')).toEqual(['Four']);
    // "Opened a second depot" is two depots.
    const second = { company_context: { summary: 'Opened a second depot in Reno last fall.' } };
    expect(flaggedWords('number', 'Hi Dana, across your two depots, routing adds up. Call?', second)).toEqual([]);
    expect(flaggedWords('number', 'Hi Dana, across your three depots, routing adds up. Call?', second)).toEqual([
      'three',
    ]);
  });

  it('reads names, shares of the trade and kinds of the same thing', () => {
    expect(words('Tutoring for K-12 programs, half-term included.')).toEqual([]);
    const k8 = { company_context: { summary: 'Network of 12 K-8 charter schools.' } };
    expect(flaggedWords('number', 'Hi Dana, twelve K-8 campuses is a lot. Call?', k8)).toEqual([]);
    const bottles = { company_context: { summary: 'Wine estate producing 180,000 bottles a year.' } };
    expect(flaggedWords('number', 'Hi Dana, shipping 180 000 bottles a year is a lot. Call?', bottles)).toEqual([]);
    expect(words('I’d imagine the calendar is where most of the juggling happens.')).toEqual([]);
    const team = { company_context: { summary: 'Indie studio of 14 developers.' } };
    expect(flaggedWords('number', 'Hi Dana, built by a team of fourteen. Call?', team)).toEqual([]);
    const sites = { company_context: { summary: 'Self-storage operator with 11 facilities in Ohio.' } };
    expect(flaggedWords('number', 'Hi Dana, a 15-min call on your 11 sites?', sites)).toEqual([]);
    const barrels = { company_context: { summary: 'Brewing on a 15-barrel system.' } };
    expect(flaggedWords('number', 'Hi Dana, planning for your 15 bbl. Call?', barrels)).toEqual([]);
    // A wait is no meeting, and a dozen is a quantity however it is said.
    expect(words('Fans face a 25-minute wait at the gate. Worth a 15-minute call?')).toEqual(['25']);
    expect(words('Carriers sign up by the dozen.')).toEqual(['by the dozen']);
    const dozen = { sender: { name: 'Sam', proof_points: ['Runs entries for 12 rodeo associations'] } };
    expect(flaggedWords('number', 'Hi Dana, we run entries for a dozen rodeo associations. Call?', dozen)).toEqual([]);
    expect(words('Timing shapes almost every part of the day.')).toEqual([]);
    expect(words('Most of those shippers never rebook.')).toEqual(['Most of those']);
  });

  it('reads a label on the same line only, and no verb as one ("running three gyms")', () => {
    const gyms = { company_context: { summary: 'Three 24-hour gyms in Boise.', keywords: ['class booking'] } };
    expect(flaggedWords('number', 'Hi Dana, running three 24-hour gyms is no joke. Call?', gyms)).toEqual([]);
  });

  it('reads a count before a verb as a count of what was just named; "3Shape" is a name', () => {
    const sender = { sender: { name: 'Sam', proof_points: ['Used by 11 ferry operators'] } };
    expect(flaggedWords('number', 'Hi Dana, we price for ferry operators — 11 use it. Call?', sender)).toEqual([]);
    expect(flaggedWords('number', 'Hi Dana, we price for ferry operators — 12 use it. Call?', sender)).toEqual(['12']);
    const scans = { company_context: { tech_stack: ['3Shape'] } };
    expect(flaggedWords('number', 'Hi Dana, labs cut turnaround by three days. Call?', scans)).toEqual(['three']);
  });

  it('reads round figures, shares and the input’s own changes said back', () => {
    const input = {
      sender: {
        name: 'Sam',
        proof_points: ['Cut declined holds by 35% for Ridgecrest', 'Tracking 250,000 casks', 'Answers 98% of calls'],
      },
      company_context: { summary: 'Supplies 210 cafés; cut close time from 9 days to 3 and from 3.1 hours to 1.6.' },
    };
    const flagged = (message: string) => flaggedWords('number', `Hi Dana, ${message} Call?`, input);
    expect(flagged('Ridgecrest saw about a third fewer declined holds.')).toEqual([]);
    expect(flagged('We track a quarter of a million casks.')).toEqual([]);
    expect(flagged('Supplying a couple hundred cafés takes planning.')).toEqual([]);
    expect(flagged('We answer 98 of every 100 calls.')).toEqual([]);
    expect(flagged('Close time went from 9 days to 3, nearly in half from 3.1 hours.')).toEqual([]);
    // Far from the input, or not hedged, a round figure is a claim.
    expect(flagged('Ridgecrest saw about a quarter fewer declined holds.')).toEqual(['a quarter']);
    expect(flagged('Supplying a couple thousand cafés takes planning.')).toEqual(['a couple thousand']);
    expect(flagged('We answer 9 out of 10 calls.')).toEqual(['9 out of 10']);
    expect(flagged('Ridgecrest saw around 30% fewer declined holds.')).toEqual(['30%']);
    // Peers' general word counts nobody; a decimal in words is its value.
    expect(flagged('Most cafe owners I talk to say ordering is messy.')).toEqual([]);
    expect(flagged('Two point one thousand cafés is a lot.')).toEqual(['Two point one thousand']);
    // A bound says on which side the figure is: 45 % is no "more than half".
    const holds = { sender: { name: 'Sam', proof_points: ['Cut declined holds by 45% for Ridgecrest'] } };
    const bound = (message: string) => flaggedWords('number', `Hi Dana, ${message} Call?`, holds);
    expect(bound('Ridgecrest cut declined holds by more than half.')).toEqual(['half']);
    expect(bound('Ridgecrest cut declined holds by nearly half.')).toEqual([]);
  });

  it('reads a share as a percentage or a change, never a count or a span of time', () => {
    const call = { goal: 'Book a 30-minute call about snowmaking', sender: { name: 'Sam' } };
    const flagged = (message: string, over: object = call) => flaggedWords('number', `Hi Dana, ${message} Call?`, over);
    expect(flagged('You could cover the same trails in half the hours.')).toEqual(['in half']);
    expect(flagged('Families finish in under half an hour.')).toEqual([]);
    expect(flagged('Churn is something you keep half an eye on.')).toEqual([]);
    // How far a count has got is no unit: "(60 so far)", "live at 45 today".
    const museums = {
      sender: { name: 'Sam', proof_points: ['Used by 60 museums and zoos', 'Live at 45 credit unions'] },
    };
    expect(flagged('We run renewals for museums and zoos (60 so far).', museums)).toEqual([]);
    expect(flagged('We build onboarding for credit unions (live at 45 today).', museums)).toEqual([]);
    const rated = { sender: { name: 'Sam', proof_points: ['Families rate the portal 4.8 out of 5'] } };
    expect(flagged('Families rate it 4.8/5.', rated)).toEqual([]);
    const fifth = { goal: 'Book a 20-minute call', sender: { name: 'Sam' } };
    expect(flagged('It cuts route count by a fifth.', fifth)).toEqual(['a fifth']);
    const halved = { sender: { name: 'Sam', proof_points: ['Halved catalogue time at Morrow'] } };
    expect(flagged('Morrow halved catalogue time with it.', halved)).toEqual([]);
    expect(
      flagged('Answers come in under half a minute.', {
        sender: { name: 'Sam', proof_points: ['Answers in under 30 seconds'] },
      }),
    ).toEqual([]);
  });

  it('reads "two dozen" as 24 and "from nine days down to three" as the input’s change', () => {
    const park = { company_context: { summary: 'Holiday park with 24 cabins.', keywords: [] } };
    expect(flaggedWords('number', 'Hi Dana, with two dozen cabins to fill, timing matters. Call?', park)).toEqual([]);
    expect(flaggedWords('number', 'Hi Dana, with three dozen cabins to fill, timing matters. Call?', park)).toEqual([
      'three dozen',
    ]);
    const proof = { sender: { name: 'Sam', proof_points: ['Cut proof turnaround from 9 days to 3 for Keystone'] } };
    expect(flaggedWords('number', 'Hi Dana, Keystone went from nine days down to three. Call?', proof)).toEqual([]);
  });

  it('reads an ordinal that counts the lead’s things as that count, and one more of a kind as none', () => {
    expect(words('Congrats on opening your second Reno depot!')).toEqual(['your second']);
    expect(words('Saw you’re hiring a fourth dispatcher.')).toEqual(['a fourth']);
    expect(words('Congrats on adding a sixth lane to the network.')).toEqual(['a sixth']);
    // The input counts them: two depots make the second one sourced.
    const two = { company_context: { summary: 'Northwind runs 2 depots, in Reno and Boise.', keywords: [] } };
    expect(flaggedWords('number', 'Hi Dana, congrats on your second depot! Call?', two)).toEqual([]);
    // One more of a kind, the writer's own, a time, a share: no count of the lead's.
    expect(words('A second pair of eyes on each load helps.')).toEqual([]);
    expect(words('If reporting ever feels like a second job, I can help.')).toEqual([]);
    expect(words('This is my second note, so I’ll keep it short.')).toEqual([]);
    expect(words('Would the third week of May work?')).toEqual([]);
    expect(words('Rates run a third below the spot market.')).toEqual(['a third']);
  });

  it('reads an hour offered on a day as a time: "Thursday at 3?", "Tuesday at 1 or Thursday at 4"', () => {
    expect(words('Would 15 minutes Thursday at 3 work?')).toEqual([]);
    expect(words('Tuesday at 1 or Thursday at 4, Eastern.')).toEqual([]);
    expect(words('I could do Friday after 2.')).toEqual([]);
    // An hour with no day is no offer: "at 3 sites" counts.
    expect(words('We run at 3 sites.')).toEqual(['3']);
  });

  it('reads the input’s figures in other words: lakh, grand, nine-tenths, a tenth of a millimetre, minus forty', () => {
    const said = (summary: string, proof: string, message: string) =>
      flaggedWords('number', `Hi Dana, ${message} Call?`, {
        company_context: { summary, keywords: [], tech_stack: [] },
        sender: { name: 'Sam', proof_points: [proof] },
      });
    expect(said('Produces 400,000 kg of tea a year.', 'Works offline', 'Four lakh kilos of tea is a lot.')).toEqual([]);
    expect(said('Won a £50k Lottery grant.', 'Works offline', 'Fifty grand from the Lottery is great.')).toEqual([]);
    expect(said('90% of sales are wholesale.', 'Works offline', 'Nine-tenths of your sales go wholesale.')).toEqual([]);
    expect(said('Runs 8 lorries.', 'Alerts at 80% of rated load', 'It alerts at four-fifths of rated load.')).toEqual(
      [],
    );
    expect(said('Runs 8 lorries.', 'Scans accurate to 0.1 mm', 'Scans to a tenth of a millimetre.')).toEqual([]);
    expect(said('Runs 8 lorries.', 'Forecasts at 250 m resolution', 'Forecasts at 250-metre resolution.')).toEqual([]);
    expect(said('Runs 8 lorries.', 'Rated to −40°C', 'Rated down to minus forty.')).toEqual([]);
    // Not what the input says: a share, a scale or a temperature of another size.
    expect(said('90% of sales are wholesale.', 'Works offline', 'Eight-tenths of your sales go wholesale.')).toEqual([
      'Eight-tenths',
    ]);
    expect(said('Produces 400,000 kg of tea a year.', 'Works offline', 'Five lakh kilos is a lot.')).toEqual([
      'Five lakh',
    ]);
  });

  it('reads "2 days instead of 6" as the input’s "from 6 days to 2", and a home as a location', () => {
    const proof = {
      sender: { name: 'Sam', proof_points: ['Cut settlement close from 6 days to 2 at Dakota Plains Ag'] },
    };
    expect(flaggedWords('number', 'Hi Dana, Dakota Plains Ag closed in 2 days instead of 6. Call?', proof)).toEqual([]);
    expect(flaggedWords('number', 'Hi Dana, Dakota Plains Ag closed in 6 days instead of 2. Call?', proof)).not.toEqual(
      [],
    );
    const homes = { company_context: { summary: 'Group of 11 family funeral homes in Georgia.', keywords: [] } };
    expect(flaggedWords('number', 'Hi Dana, would it help across your 11 locations? Call?', homes)).toEqual([]);
  });

  it('reads the input’s figures as people say them: "two in five", "that 4.9", "250 million years", "two kilos"', () => {
    const said = inContext;
    expect(
      said('About 40% of bookings come from cruise passengers.', 'Two in five of your hikers come off ships.'),
    ).toEqual([]);
    expect(said('Rated 4.9 on TripAdvisor.', 'Keeping that 4.9 shining takes work.')).toEqual([]);
    expect(said('A museum of 250-million-year-old fossils.', 'Fossils 250 million years old draw schools.')).toEqual(
      [],
    );
    expect(said('Bookbinding studio.', 'Offcuts from just two kilos.', 'Minimum order of 2 kg')).toEqual([]);
    expect(said('Sells 300 sets, mostly to bands overseas.', 'Most of them head abroad.')).toEqual([]);
    // Not the input's: another share, a count in a span of time.
    expect(
      said('About 40% of bookings come from cruise passengers.', 'Three in five of your hikers come off ships.'),
    ).toEqual(['Three in five']);
    expect(said('Rated 4.9 on TripAdvisor.', 'It runs 3 in 10 minutes.')).toEqual(['3', '10']);
  });

  it('reads times as people say them: "Thursday 4", "half ten", "a week or two"', () => {
    expect(words('Tuesday 8:30 or Thursday 4?')).toEqual([]);
    expect(words('Fancy a natter on Thursday, say half ten?')).toEqual([]);
    expect(words('We are open till half nine every night.')).toEqual([]);
    expect(words('Would you have 20 minutes in the next week or two?')).toEqual([]);
    expect(words('It cut costs by half in two weeks.')).toEqual(['half', 'two']);
  });

  it('reads a count with nothing after it as a count of what its sentence named: "(it supports twelve)"', () => {
    const languages = { sender: { name: 'Sam', proof_points: ['Booking pages in 12 languages'] } };
    const say = (message: string) => flaggedWords('number', `Hi Dana, ${message} Call?`, languages);
    expect(say("Each page shows in the visitor's own language (it supports twelve), then books them.")).toEqual([]);
    expect(say('Pages in any language you need: twelve.')).toEqual([]);
    expect(say("Each page shows in the visitor's own currency (it supports twelve), then books them.")).toEqual([
      'twelve',
    ]);
    expect(say('Languages are covered. It supports twelve.')).toEqual(['twelve']);
  });

  it('reads the input’s figures as people say them: "within a week", "half-hour", "sixty days" for Net-60, "50 units"', () => {
    const said = (summary: string, message: string) => inContext(summary, message);
    expect(said('Listings live within 7 days.', 'Listings go live within a week.')).toEqual([]);
    expect(said('Listings live within 30 days.', 'Listings go live within a week.')).toEqual(['within a week']);
    expect(said('Each stop has a 24-hour diner.', 'Prep lists are ready in a day or so.')).toEqual(['in a day or so']);
    expect(said('Runs 30-minute scenic flights.', 'Those half-hour flights sound great.')).toEqual([]);
    expect(said('Runs 2-hour scenic flights.', 'Those half-hour flights sound great.')).toEqual(['half']);
    expect(said('Net-60 payment terms for retailers.', 'Retailers get sixty days to pay.')).toEqual([]);
    expect(said('Net-30 payment terms for retailers.', 'Retailers get sixty days to pay.')).toEqual(['sixty']);
    expect(said('Minimum order 50.', 'Dry bags from 50 units.')).toEqual([]);
    expect(said('Finance over 36 months.', 'They now turn out forty boards a month.')).toEqual(['forty']);
    expect(said('Finance over 36 months.', 'Pay it off over three years.')).toEqual([]);
    expect(said('Issues 250,000 certificates a year.', 'We issue around a quarter million a year.')).toEqual([]);
    expect(said('Opened a second workshop in Leeds.', 'A second site is a good moment to think.')).toEqual([]);
    expect(said('Sells knitwear online.', 'Could I show you a couple of example flows?')).toEqual([]);
  });

  it('reads shares, spans and dates as people write them: "two guests in five", "six centuries", "12 May"', () => {
    const said = inContext;
    expect(said('40% of guests are repeat.', 'Two guests in five come back.')).toEqual([]);
    expect(said('30% of guests are repeat.', 'Two guests in five come back.')).not.toEqual([]);
    expect(
      said('Delivers to 40 restaurants.', 'We save drivers three-quarters of an hour a day.', 'Saves 45 minutes a day'),
    ).toEqual([]);
    expect(said('Makes aszú in 600-year-old tufa cellars.', 'Cellars that have held wine for six centuries.')).toEqual(
      [],
    );
    expect(said('Makes aszú in 300-year-old cellars.', 'Cellars that have held wine for six centuries.')).toEqual([
      'six',
    ]);
    expect(said('A brewery.', 'It takes two thirds of the excise admin off.', 'Cuts excise admin by 2/3')).toEqual([]);
    expect(said('A brewery.', 'It takes two thirds of the excise admin off.', 'Cuts excise admin by 1/3')).not.toEqual(
      [],
    );
    expect(said('A foundry.', 'Could I visit in the week of 12 May, or on March 3rd?')).toEqual([]);
    expect(said('A ferry.', 'With 14 marshalling lanes and three separate sites, it adds up.')).toEqual([
      '14',
      'three',
    ]);
    expect(said('A studio.', 'Vouchers can triple December sales.')).toEqual(['triple']);
    expect(
      said('Balloon rides.', 'Forecasts land within two knots nine times in ten.', '2 knots 9 times out of 10'),
    ).toEqual([]);
    expect(said('A café.', 'It is about the most wholesome business I can think of.')).toEqual([]);
    expect(
      said(
        'Sells tickets and vendor stalls.',
        'Tickets, vendors and volunteers: Eventra covers all three in one system.',
      ),
    ).toEqual([]);
  });

  it('reads the length of a call asked for, a vague few and "more than doubled" as people say them', () => {
    const said = (summary: string, message: string, proof?: string) => inContext(summary, message, proof, '');
    expect(said('A sweet shop.', 'Fancy a quick natter Thursday? Ten minutes, tops.')).toEqual([]);
    expect(said('A harbour.', 'Would you have half an hour for a demo?')).toEqual([]);
    expect(said('A harbour.', 'Setup is quick. It takes ten minutes.')).toEqual(['ten']);
    expect(said('22 houseboats.', 'Could we look at one or two of your boats together?')).toEqual([]);
    expect(said('A festival.', 'Would you have time for a call in the next two weeks?')).toEqual([]);
    expect(said('Aged for 12 and 25 years.', 'Balsamic aged for twelve and twenty-five years is a gift.')).toEqual([]);
    expect(said('Spas.', 'Review volume has more than doubled.', 'Average 2.4x increase in reviews')).toEqual([]);
    expect(said('Spas.', 'Review volume has more than doubled.', 'Average 4x increase in reviews')).toEqual([
      'doubled',
    ]);
  });

  it('reads "four-point-nine", "zero dollars", "three full days" and "a distributor or two" as people say them', () => {
    const said = inContext;
    expect(said('Rated 4.9 on Google.', 'A four-point-nine on Google is lovely.')).toEqual([]);
    expect(said('Five trucks.', 'Hardware is zero dollars on a plan.', '$0 hardware on 3-year plans')).toEqual([]);
    expect(
      said('A nursery.', 'Boxes hold roots cool for three full days.', 'Keeps roots within 5°F for 72 hours'),
    ).toEqual([]);
    expect(
      said('A nursery.', 'Boxes hold roots cool for four full days.', 'Keeps roots within 5°F for 72 hours'),
    ).toEqual(['four']);
    expect(said('A salt works.', 'Adding a distributor or two in the UK might help.')).toEqual([]);
  });

  it('reads "7¼-inch", "nineteen out of twenty", "by four-fifths", "a 35% year" and "20 at a time" as people say them', () => {
    const said = inContext;
    expect(said('A 7¼-inch gauge railway.', 'A seven-and-a-quarter-inch railway is a treat.')).toEqual([]);
    expect(said('A 7½-inch gauge railway.', 'A seven-and-a-quarter-inch railway is a treat.')).toEqual([
      'seven-and-a-quarter',
    ]);
    expect(said('A spa.', 'Treatments run 2½ hours.')).toEqual(['2½']);
    expect(said('95% of guests book online.', 'With nineteen out of twenty guests booking online…')).toEqual([]);
    expect(said('90% of guests book online.', 'With nineteen out of twenty guests booking online…')).not.toEqual([]);
    expect(said('A cheese cave.', 'At Lech, counts dropped by four-fifths.', 'Reduced counts by 80% at Lech')).toEqual(
      [],
    );
    expect(said('A cheese cave.', 'At Lech, counts dropped by four-fifths.', 'Reduced counts by 60% at Lech')).toEqual([
      'four-fifths',
    ]);
    expect(said('Revenue grew 35% in 2023.', 'After a 35% year, costs matter.')).toEqual([]);
    expect(said('Presses flowers.', 'Oak frames from just 20 at a time.', 'Minimum order of 20 frames')).toEqual([]);
    expect(said('Presses flowers.', 'Oak frames from just 20 at a time.', 'Minimum order of 50 frames')).toEqual([
      '20',
    ]);
    // Pence: "40p" is a price; "5pm" and "3PL" are no counts.
    expect(said('Sells rope.', 'Each tag costs 40p, and a 3PL can pick them up at 5pm.')).toEqual(['40p']);
    expect(said('Tags at 40p each.', 'Each tag costs 40p.')).toEqual([]);
  });

  it('reads values and offsets', () => {
    const found = extractNumbers('40 %, $2M, 2 million, $2,000,000, 3x, three times, 2.5k, twenty-five, in half');
    expect(found.map((n) => n.value)).toEqual([40, 2e6, 2e6, 2e6, 3, 3, 2500, 25, 0.5]);
    expect(extractNumbers('Web3 S3 EC2 Auth0 B2B')).toEqual([]);
    // A space joins number words after tens or before a scale only: "one sixty-clinic operator" is one of sixty clinics.
    expect(extractNumbers('two hundred fifty, twenty five').map((n) => n.value)).toEqual([250, 25]);
    expect(extractNumbers('One sixty-clinic operator').map((n) => n.value)).toEqual([60]);
    // A length in metres or millimetres is no million; money and a glued "M" are.
    expect(extractNumbers('250 m, 16mm, 0.1 mm, $3mm, 1.4M, £2m').map((n) => n.value)).toEqual([
      250, 16, 0.1, 3e6, 1.4e6, 2e6,
    ]);
    const [n] = extractNumbers('saves 1,200 hours');
    expect(n).toMatchObject({ text: '1,200', index: 6 });
  });
});
