import { describe, expect, it } from 'vitest';
import { flaggedWords } from '../../test-support/claims.ts';

const words = (message: string, over = {}) => flaggedWords('entity', message, over);

describe('entities', () => {
  it.each([
    ['Hi Dana, happy to loop in my colleague Priya. Call?', 'Priya'],
    ['Hi Dana, I’m sure Initech would agree. Call?', 'Initech'],
    ['Hi Dana, it plugs into Salesforce in a day. Call?', 'Salesforce'],
    ['Hi Dana, your Denver office must be busy. Call?', 'Denver'],
    ['Hi Dana,\n\nKafka users love this. Call?', 'Kafka'],
    ['Hi Dana, teams moving off Project44 like it. Call?', 'Project44'],
    ['Hi Dana, unlike Bank of America, you ship freight. Call?', 'Bank of America'],
    ['Hi Dana, it plugs into ironSource too. Call?', 'ironSource'],
  ])('flags the name in %j', (message, name) => {
    expect(words(message)).toEqual([name]);
  });

  it('does not trip on sentence starts after emoji, bullets, quotes and line breaks', () => {
    expect(
      words(
        '👋 Noticed Northwind Logistics ships freight visibility software.\n• Would a call help?\n🙂 Quick thought: “Your Snowflake setup” is a good start. As VP of Operations, you know Segment. P.S. Thursday works.',
      ),
    ).toEqual([]);
  });

  it('reads greetings and sign-offs in other languages, and Markdown headings, as no names', () => {
    expect(words('Bonjour Dana,\n\nQuick note on freight visibility.\n\nCordialement,\nSam')).toEqual([]);
    expect(words('Diolch,\nSam')).toEqual([]);
    expect(words('Kram,\nSam')).toEqual([]);
    expect(words('Kumusta? Yuh have 20 minutes Thursday?')).toEqual([]);
    expect(words('Hongera on the award! Liebe Grüße,\nSam')).toEqual([]);
    expect(words('Hälsningar,\nSam')).toEqual([]);
    expect(words('Dia dhuit Dana,\n\nQuick note.\n\nBeste Grüße,\nSam')).toEqual([]);
    expect(words('Reply Y or N.\nKeepin’ it short: we sync your CAD files and CVs.')).toEqual([]);
    expect(words('Thank you and God bless,\nSam')).toEqual([]);
    expect(
      words('Hi Dana, we host GDPR-compliantly in Denver.', {
        company_context: { summary: 'GDPR-compliant hosting in Denver.' },
      }),
    ).toEqual([]);
    expect(words('## Why now\nFreight visibility matters.\n\n### What it does\nIt tracks loads.')).toEqual([]);
  });

  it('reads a clause in another language as opening with no name, and a name after a title as one', () => {
    expect(
      words(
        'Hi Dana,\n\nCoordonner cent cinquante bénévoles pour douze lits, c’est tout un casse-tête.\n\nSerait-ce possible de faire une démo mardi?\n\nMit freundlichen Grüßen,\nSam',
      ),
    ).toEqual([]);
    expect(words('Hello Dana,\n\nMy colleague Dr. Henrike Vos suggested I reach out.')).toEqual(['Henrike Vos']);
    expect(words('Kia ora Dana,\n\nQuick note.\n\nNgā mihi,\nSam')).toEqual([]);
    expect(words('Yassou Dana! Quick note.')).toEqual([]);
    expect(words('Hi Pastor Dana,\n\nQuick note.')).toEqual([]);
    expect(words('Hi Dana,\n\nNae bother if not. VHF radios stay in the cab.')).toEqual([]);
    expect(words('Hi Dana,\n\nSummer and Christmas must be busy: email, Insta, the website.')).toEqual([]);
    expect(words('Hi Dana, the new Kia fleet is in.')).toEqual(['Kia']);
  });

  it('reads newer common words opening a bullet as no names: "Online", "Workflow"', () => {
    expect(words('Here is what it takes on:\n\n- Online booking that syncs\n- Workflow notes for drivers')).toEqual([]);
  });

  it('accepts common words written with capitals: Wi-Fi, NDAs, a GC, "Ninety-ish"', () => {
    expect(
      words('Hi Dana, drivers on depot Wi-Fi sign NDAs. Ninety-ish loads a day is a lot for any GC. Call?'),
    ).toEqual([]);
  });

  it('accepts names from the input, the sender and compounds of them', () => {
    expect(
      words('Hi Dana, Sam Okoro from RouteLoop here. We’re SOC 2 Type II and Snowflake-based. Harbor Freight agrees.'),
    ).toEqual([]);
  });

  it('reads a gerund opening a sentence and a Roman numeral as no names', () => {
    const trial = { company_context: { summary: 'Biotech running a Phase 2 trial in ulcerative colitis.' } };
    expect(flaggedWords('entity', 'Hi Dana,\n\nRequeening colonies is fiddly. Call?', trial)).toEqual([]);
    expect(flaggedWords('entity', 'Hi Dana, your Phase II UC trial is hard to staff. Call?', trial)).toEqual([]);
    expect(flaggedWords('entity', 'Hi Dana, JS stack traces are where I’d look first. Call?', trial)).toEqual([]);
    expect(flaggedWords('entity', 'Hi Dana, a PDF proposal is ready. Call?', trial)).toEqual([]);
    // List markers and a bullet's verb: "A) Tracking", "- Syncs with …"; a name never runs across lines.
    expect(flaggedWords('entity', 'Hi Dana,\n\nA) Tracking\nB) Alerts\n- Syncs nightly\n\nCall?', trial)).toEqual([]);
    expect(flaggedWords('entity', 'Hi Dana,\n\nWHY IT MATTERS: docks. SHORT VERSION: routes. Call?', trial)).toEqual(
      [],
    );
    expect(
      flaggedWords('entity', 'Hi Dana,\n\nWouldn’t it help? Japanese–English contracts, HVAC, GPS. Call?', trial),
    ).toEqual([]);
    expect(flaggedWords('entity', 'Hi Dana, your Spanish-speaking crews are busy. Call?', trial)).toEqual([
      'Spanish-speaking',
    ]);
    // The writer's own name signing off, with no sender profile to name it.
    expect(flaggedWords('entity', 'Hi Dana, open to a short call?\n\nThanks, Simon', { sender: undefined })).toEqual(
      [],
    );
  });

  it('accepts an acronym the input names in the plural, and no other', () => {
    const rfis = { company_context: { keywords: ['RFIs', 'submittals'] } };
    expect(flaggedWords('entity', 'Hi Dana, RFI tracking in one place. Call?', rfis)).toEqual([]);
    expect(flaggedWords('entity', 'Hi Dana, RMA tracking in one place. Call?', rfis)).toEqual(['RMA']);
  });

  it('accepts a name the input spells out, cut short ("Tidewater Rep")', () => {
    const rep = { lead: { first_name: 'Dana', company_name: 'Tidewater Repertory Theatre' } };
    expect(flaggedWords('entity', 'Hi Dana, subscriptions at Tidewater Rep. Call?', rep)).toEqual([]);
  });

  it("accepts the sender's name in the possessive", () => {
    expect(flaggedWords('entity', 'Hi Dana, on dispatch. RouteLoop’s API checks loads. Call?')).toEqual([]);
  });

  it('accepts the plural of a common business acronym, and SMS keywords', () => {
    expect(flaggedWords('entity', 'Hi Dana, live ETAs and SLAs for every load. Call?')).toEqual([]);
    expect(flaggedWords('entity', 'Hi Dana, no more DMs to chase. Reply YES and I’ll send it.')).toEqual([]);
    expect(flaggedWords('entity', 'G’day Dana, 4 PB of RFQs in one place. Call?')).toEqual([]);
    expect(flaggedWords('entity', 'Hi Dana, Your TMS gets a plain REST API. Call?')).toEqual([]);
  });

  it('accepts a state code the input names in full', () => {
    const pa = { company_context: { summary: 'Builds schools across central Pennsylvania.' } };
    expect(flaggedWords('entity', 'Hi Dana, schools across central PA keep you busy. Call?', pa)).toEqual([]);
    expect(flaggedWords('entity', 'Hi Dana, schools across central OH keep you busy. Call?', pa)).toEqual(['OH']);
    const west = { company_context: { summary: 'Runs 28 studios in Southern California and the Pacific Northwest.' } };
    expect(flaggedWords('entity', 'Hi Dana, 28 studios across SoCal and the PNW, busy Fridays. Call?', west)).toEqual(
      [],
    );
  });

  it('accepts an acronym of words the input spells out, and its plural', () => {
    const orders = { company_context: { keywords: ['change orders', 'distribution centers'] } };
    expect(flaggedWords('entity', 'Hi Dana, track COs across your DCs. Call?', orders)).toEqual([]);
    expect(flaggedWords('entity', 'Hi Dana, track ROs across your DCs. Call?', orders)).toEqual(['ROs']);
  });

  it('reads a people’s name by the place the input names: "European" for "made in Europe"', () => {
    const europe = { company_context: { summary: 'Distributes cartridges made in Europe to US studios.' } };
    expect(words('Hi Dana, lot traceability from the European batch to the studio matters. Call?', europe)).toEqual([]);
  });

  it('reads units and titles people write short as no names: Celsius, your GM, a PO, GIS', () => {
    expect(words('Hi Dana, accurate to half a degree Celsius, and your GM sees each PO in GIS. Call?')).toEqual([]);
  });
  it("reads a writer's dialect and greetings from home as no names", () => {
    expect(words('Hi Dana! Tudo bem? Quick one on dispatch. Call?')).toEqual([]);
    expect(words('Dear Dana,\n\nNamaskara. I hope this finds you well. Call?')).toEqual([]);
    expect(words('Hi Dana, it syncs with QuickBooks. Y’all open to a chat?')).toEqual(['QuickBooks']);
    expect(words('Assalam Alaikum Dana, a quick note on dispatch. Call?')).toEqual([]);
    expect(words('Cher Dana, mais oui: freight visibility is worth a look. Call?')).toEqual([]);
    expect(words('¡Hola Dana! Freight visibility, in one screen. ¿Te interesa una demo? ¿Platicamos?')).toEqual([]);
    expect(words('¡Hola Dana! ¿Te interesa una demo? Shiply does it.')).toEqual(['Shiply']);
  });
  it('reads a people’s or a region’s adjective as the place the input names, and a game played as a metaphor', () => {
    const tyrol = {
      company_context: { summary: 'Ski area in Tyrol, in the Alps.', keywords: ['lift maintenance'], tech_stack: [] },
    };
    expect(words('Hi Dana, Tyrolean and Alpine lift crews log it on tablets. Call?', tyrol)).toEqual([]);
    expect(words('Hi Dana, Cornish lift crews log it on tablets. Call?', tyrol)).toEqual(['Cornish']);
    const auckland = {
      company_context: { summary: 'Courier firm in Auckland, New Zealand.', keywords: ['couriers'], tech_stack: [] },
    };
    expect(words('Hi Dana, from one Kiwi to another: a quick note. Call?', auckland)).toEqual([]);
    expect(words('Hi Dana, from one Aussie to another: a quick note. Call?', auckland)).toEqual(['Aussie']);
    expect(words('Hi Dana, dispatch is a game of Tetris on Fridays. Call?')).toEqual([]);
  });
  it('reads an honorific with the lead’s name, and a sentence after a quoted question, as no names', () => {
    expect(words('Dear Dana Hanım,\n\nA quick note on freight visibility. Call?')).toEqual([]);
    expect(words('Dear Dana Bey,\n\nA quick note on freight visibility. Call?')).toEqual([]);
    expect(words('Hi Dana, shippers keep asking “where is it?” Is that the case at Northwind? Call?')).toEqual([]);
    expect(words('Dear Dana Priya,\n\nA quick note on freight visibility. Call?')).toEqual(['Dana Priya']);
  });
  it('reads any greeting before the lead’s name, and a short sign-off line over the signature, as no names', () => {
    expect(words('Kalimera Dana, we track freight. Call?')).toEqual([]);
    expect(words('Mālō e lelei Dana! We track freight. Call?')).toEqual([]);
    expect(words('Guten Tag Frau Reyes,\n\nWe track freight. Call?')).toEqual([]);
    expect(words('Hi Dana, we track freight. Call?\n\nTerveisin,\nSam')).toEqual([]);
    expect(words('Hi Dana, we track freight. Call?\n\nYn gywir,\nSam Okoro\nRouteLoop')).toEqual([]);
    // A name the input lacks is no greeting; a line with more after it is no sign-off.
    expect(words('Kalimera Zoe, we track freight. Call?')).toEqual(['Kalimera Zoe']);
    expect(words('Hi Dana, we track freight. Call?\n\nWorkwave,\nis what we replace. Thanks.')).toEqual(['Workwave']);
  });

  it('reads time zones, "Hawaii time", family and congratulations from elsewhere as no names', () => {
    expect(words('Hi Dana, Thursday at 11 am IST or 4pm GMT? Or Wednesday, Hawaii time?')).toEqual([]);
    expect(words('Hi Dana, Félicitations on the launch! Where is Mum’s tree? Call?')).toEqual([]);
    expect(words('Hi Dana, Hawaii has a lot of freight. Call?')).toEqual(['Hawaii']);
    expect(words('Hi Dana, We’ve got freight covered. Call?')).toEqual([]);
    expect(words('Hi Dana, loop in Will? We ship to the US.')).toEqual(['Will', 'US']);
    expect(words('Hi Dana, freight visibility is SO useful. Call?')).toEqual([]);
    const european = { company_context: { summary: 'Sells rooibos to European buyers.', keywords: [] } };
    expect(words('Hi Dana, buyers in Europe ask for it. Call?', european)).toEqual([]);
    expect(words('Hi Dana, buyers in Japan ask for it. Call?', european)).toEqual(['Japan']);
    expect(words('Hi Dana, we ship to OR and WA. Call?')).toEqual(['OR and WA']);
  });

  it('reads a zone after a clock, a language the call is offered in, a tool made a verb and a word also written small as no names', () => {
    expect(words('Hi Dana, 20 minutes on Thursday at 2pm Mountain? I can adjust to China Standard Time.')).toEqual([]);
    expect(words('Hi Dana, 30 minutes next week? I can also do it in Hungarian if you prefer.')).toEqual([]);
    expect(words('Hi Dana, we sell to Hungarian mills. Call?')).toEqual(['Hungarian']);
    const whatsapp = { company_context: { summary: 'Durian stall.', keywords: [], tech_stack: ['WhatsApp'] } };
    expect(words('Hi Dana, customers keep WhatsApp-ing you for pre-orders. Call?', whatsapp)).toEqual([]);
    expect(words('Hi Dana,\nCrampons in, crampons out. Call?')).toEqual([]);
    expect(words('Hi Dana,\nRosalind sent me. Call?')).toEqual(['Rosalind']);
    expect(words('Dear Dana Apa,\nHope the weavers are well. Call?')).toEqual([]);
    const rand = { sender: { name: 'Sam', proof_points: ['Free delivery on orders over R2,000'] } };
    expect(words('Hi Dana, delivery is free over R2,000. Call?', rand)).toEqual([]);
    expect(words('Hi Dana, delivery is free over R5,000. Call?', rand)).toEqual(['R5']);
  });

  it('reads the acronyms of a trade as no names', () => {
    expect(words('Hi Dana, PR, AV and MEP teams track PHI, kWh and TAT on their PCs. Call?')).toEqual([]);
    expect(words('Hi Dana, PRX tracks it. Call?')).toEqual(['PRX']);
  });

  it('reads a people by a place the input names ("Ghanaian" for Ghana), "Weds" and "PKT" as sourced', () => {
    const summary = (text: string) => ({ company_context: { summary: text, keywords: [], tech_stack: [] } });
    expect(
      words('Hi Dana, a beautiful thing for Ghanaian craft. Call?', summary('Coffins from Teshie, Ghana.')),
    ).toEqual([]);
    expect(
      words('Hi Dana, I will take it like a Minnesotan. Call?', summary('Lefse from Fergus Falls, Minnesota.')),
    ).toEqual([]);
    expect(words('Hi Dana, a beautiful thing for Ghanaian craft. Call?', summary('Coffins from Lagos.'))).toEqual([
      'Ghanaian',
    ]);
    expect(words('Hi Dana, fancy a natter Weds at 3pm PKT?')).toEqual([]);
  });
});
