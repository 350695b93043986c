import { describe, expect, it } from 'vitest';
import { flaggedWords } from '../../test-support/claims.ts';
import { emailRequest } from '../../test-support/fixtures.ts';

const words = (message: string, over = {}) => flaggedWords('event', `Hi Dana, ${message} Open to a call?`, over);

describe('events', () => {
  it.each([
    ['Congrats on the new funding.', 'new funding'],
    ['Congrats on the Series C!', 'Series C'],
    ['Saw the acquisition news.', 'acquisition'],
    ['Exciting times with the new Berlin hub.', 'new Berlin hub'],
    ['Service calls must have piled up since you took on the county contract.', 'took on the county contract'],
    ['I was glad to hear about the new depot you’ve opened in Reno.', 'the new depot you’ve opened'],
    ['Heard Northwind started a new cold-chain unit.', 'started a new cold-chain unit'],
    ['After the new loading bays were finished, volumes must have jumped.', 'new loading bays were finished'],
    ['Hongera on the Kisumu depot.', 'Hongera on the Kisumu depot'],
    ['I understand Northwind has recently taken on a regional carrier book.', 'taken on a regional carrier book'],
    ['Heard you picked up a competitor over the winter.', 'picked up a competitor'],
    ['Well done on the new cross-dock you have put up.', 'the new cross-dock you have put up'],
    ['As you prepare for your upcoming launch, timing matters.', 'launch'],
    ['Congrats on the promotion to COO.', 'promotion'],
    ['Your recent growth is impressive.', 'recent growth'],
    ['Hats off on the rebrand.', 'rebrand'],
    ['Congrats on the Inc. 5000 award.', 'Inc. 5000'],
    ['Congrats on the big milestone.', 'Congrats on the big milestone'],
    ['Welcome to your new CFO.', 'your new CFO'],
    ['Northwind is getting ready to open a tenth depot.', 'getting ready to open'],
    ['With the Dublin office up and running, timing matters.', 'up and running'],
    ['Congrats on the gold medal for the gin!', 'gold medal'],
    ['Saw that Northwind is adding a new pontoon extension — brilliant!', 'adding a new pontoon extension'],
    ['Lovely to see Northwind opening a shop in Bath.', 'opening a shop'],
    ['Heard the co-op signed a new retail supply deal recently.', 'signed a new retail supply deal'],
    ['With the new dyeing range now running, shade matters.', 'new dyeing range now running'],
    ['So pleased to hear Northwind recently opened a new aging cave.', 'opened a new aging cave'],
    ['Heard Northwind is building another distribution center.', 'building another distribution center'],
    ['After the phishing incident last month, security matters.', 'After the phishing incident'],
    ["After Northwind's recent state compliance review, tracking matters.", 'recent state compliance review'],
    ['After the bluesign certification of Northwind, effluent is next.', 'certification'],
    ['Saw Northwind added a new dry-stack building this season.', 'added a new dry-stack building'],
    ['Sounds like the new elephant habitat is drawing crowds.', 'new elephant habitat'],
    ["With Northwind's new parking program going live, timing matters.", 'going live'],
    ['Great to see you growing the dispatch team.', 'growing the dispatch team'],
    ['Now that the council approved the rate change, timing matters.', 'council approved'],
    ['Saw Northwind got planning approval for the extension, congrats!', 'got planning approval'],
    ['Saw the new Northwind depot in Leeds, lovely.', 'Saw the new Northwind depot in Leeds'],
    ['With the new trucks joining the Northwind fleet, planning matters.', 'new trucks joining'],
    ['Now that Northwind has a new dispatch manager, timing matters.', 'has a new dispatch manager'],
    ['Saw Northwind is opening a cross-dock in Reno.', 'is opening a '],
    ['With the recent move into reefer freight, routing matters.', 'recent move into'],
    ['Northwind is adding drivers this year, congrats.', 'is adding drivers this year'],
    ['Saw Northwind bought four depots in Kentucky.', 'bought four depots'],
    ['Saw that Northwind picked up the Reno Freight portfolio.', 'picked up the Reno Freight portfolio'],
    ['Exciting to see Northwind open a parts showroom in Reno.', 'open a parts showroom'],
    ['Heard Northwind has taken over the old rail yard.', 'taken over the old rail'],
    ['Saw Northwind took gold in Denver.', 'took gold'],
    ['Heard the Reno depot is under construction.', 'under construction'],
    ['Saw Northwind opened a second base in Reno.', 'opened a second base'],
    ['Northwind is adding a downtown depot venue this year.', 'adding a downtown depot venue'],
    ['Big news on the rail deal at Northwind!', 'Big news on the rail deal at Northwind'],
    ['Congrats on the 94-point score from FreightWaves.', '94-point score from'],
    // Awards by title, a contract won, a site bought.
    ['Nice to see Northwind named brokerage of the year.', 'named brokerage of the year'],
    ['Saw Northwind was named Reno’s best carrier by the Gazette, congrats!', 'named Reno’s best'],
    ['Congrats on the new NHS trust contract.', 'new NHS trust contract'],
    ['I saw Northwind picked up the O&M contract for the Moray project.', 'picked up the O&M contract'],
    ['Heard you’ve just picked up the old boatyard next door.', 'picked up the old boatyard'],
    ['The Condé Nast Readers’ Choice award is a great nod for Northwind.', 'The Condé Nast Readers’ Choice award'],
    ['Congrats on the rating upgrade at Northwind.', 'Congrats on the rating upgrade at Northwind'],
    ['With the bond issue passing last fall, timing matters.', 'bond issue'],
    ['Congrats on the ISO 9001 recertification.', 'recertification'],
    ['Saw Northwind announced the depot upgrade.', 'announced'],
    ['With the new high-speed quad going in, timing matters.', 'new high-speed quad going in'],
    ['Saw Northwind picked up a new fleet of reefers.', 'picked up a new fleet'],
    [
      'With the new federal infrastructure grant Northwind received, timing matters.',
      'new federal infrastructure grant',
    ],
    ['Ahead of the new shark exhibit at Northwind, timing matters.', 'new shark exhibit'],
    ['After the Kansas contract win, timing matters.', 'contract win'],
    ['Saw the video of the new cosmetic consults suite at Northwind.', 'new cosmetic consults suite'],
    ['With Northwind adding vessels to the fleet this year, timing matters.', 'adding vessels to the fleet'],
    ['With Northwind pushing into Kansas this year, timing matters.', 'pushing into '],
  ])('flags %j', (sentence, expected) => {
    expect(words(sentence)).toEqual([expected]);
  });

  it('reads a customer’s go-live and a product moved into as no news of the lead’s', () => {
    expect(words('Orion cut time-to-therapy by 4.2 days after go-live.')).toEqual([]);
    expect(words('Trucks aren’t running routes built for last month’s volumes.')).toEqual([]);
    expect(words('We track each load from announcement to delivery.')).toEqual([]);
    expect(words('Lakeside raised its average rating 0.4 stars after turning it on.')).toEqual([]);
    expect(words('Birch Hollow cut energy 15% in their rollout.')).toEqual([]);
    expect(words('With 140 engineers pushing into one monorepo, builds creak.')).toEqual([]);
    expect(words('Renewals rose 11% once renewal journeys moved into RouteLoop.')).toEqual([]);
    // A contract is sourced by its own name, not by words it shares with the input.
    const towers = { company_context: { summary: 'Drone inspection startup surveying cell towers.', keywords: [] } };
    expect(words('Congrats on the new tower inspection contract.', towers)).toEqual(['new tower inspection contract']);
    expect(words('A big bench of contract translators takes managing.')).toEqual([]);
  });

  it('accepts the sender’s honour in its proof point’s words', () => {
    const award = { sender: { name: 'Sam', proof_points: ['NFDA Supplier of the Year 2023'] } };
    expect(words('RouteLoop was named NFDA Supplier of the Year in 2023.', award)).toEqual([]);
    const vendor = { sender: { name: 'Sam', proof_points: ['Named a PrintWeek Top Software Vendor 2023'] } };
    expect(words('PrintWeek named us a Top Software Vendor in 2023.', vendor)).toEqual([]);
    expect(words('Harbor Freight cut empty miles 18% after launching theirs.')).toEqual([]);
  });

  it('accepts events the input states, questions and hedges', () => {
    // The input's own words, and the sender's own wording ("same-day funding on approved loads").
    expect(words('Harbor Freight cut manual checks by 60% after rollout.')).toEqual([]);
    expect(words('Got 15 minutes this week?')).toEqual([]);
    expect(words('If routing is not a focus, just let me know and I won’t follow up.')).toEqual([]);
    // A customer adopting the product is no news; the lead's own launch is.
    expect(words('Harbor Freight cut empty miles 18% after launching it.')).toEqual([]);
    expect(words('Harbor Freight cut empty miles 18% after launch.')).toEqual([]);
    // The product's setup time is no news: "RouteLoop goes live in under a week".
    expect(words('RouteLoop goes live on a dispatch desk in under a week.')).toEqual([]);
    expect(words('The pilot ends with a readout so you can judge it.')).toEqual([]);
    expect(words('I raise it only because the question is worth asking.')).toEqual([]);
    expect(words('I wanted to write thoughtfully rather than just ask for time.')).toEqual([]);
    expect(words('Our models run on your data (no extracts, no new warehouse).')).toEqual([]);
    expect(words('I had no idea whether it matters to you, so I figured I’d just ask.')).toEqual([]);
    expect(words('I imagine spring launch and fall haul-out keep scheduling busy.')).toEqual([]);
    expect(words('I’d be honored to lend a hand with the tuning.')).toEqual([]);
    expect(words('Good luck after launching the podcast.')).toEqual(['launching']);
    expect(words('RouteLoop texts drivers, so new hires know their first run.')).toEqual([]);
    const wing = { company_context: { summary: 'Capital campaign underway for a new wing.' } };
    expect(words('Good luck with the campaign for the new wing.', wing)).toEqual([]);
    const funding = { sender: { name: 'Sam', proof_points: ['Same-day funding on approved loads'] } };
    expect(words('We offer same-day funding on approved loads for Northwind.', funding)).toEqual([]);
    const seriesB = { company_context: { summary: 'Northwind raised a Series B in 2024.' } };
    expect(words('Congrats on reaching Series B.', seriesB)).toEqual([]);
    expect(words('Congrats on the raise.', seriesB)).toEqual([]);
    expect(words('Congrats on the Series C.', seriesB)).toEqual(['Series C']);
    expect(words('Are you expanding into Europe this year?')).toEqual([]);
    expect(words('If you are opening a new warehouse, routing gets harder.')).toEqual([]);
    expect(words('Happy to expand on how it works.')).toEqual([]);
    // A customer raising a metric, goods selling fast, and a place whose name starts with "New".
    expect(words('Harbor Freight raised its on-time rate 12% with RouteLoop.')).toEqual([]);
    expect(words('Pallets must be flying out the door at Northwind this month.')).toEqual([]);
    const jersey = { company_context: { summary: 'Runs two depots in New Jersey.' } };
    expect(words('Across your two New Jersey depots, routing adds up.', jersey)).toEqual([]);
    // A product raising alerts, a customer launching with the sender, events the input states in other words.
    expect(words('RouteLoop raises predictive maintenance alerts for your trucks.')).toEqual([]);
    expect(words('Harbor Freight raised its on-time rate by fifteen percent.')).toEqual([]);
    expect(words('Shippers need them yesterday, and RouteLoop sends them.')).toEqual([]);
    expect(words('RouteLoop raises responsive repairs jobs in your TMS.')).toEqual([]);
    expect(words('Harbor Freight doubled on-time loads after launching with us.')).toEqual([]);
    const ground = { company_context: { summary: 'Broke ground in 2025 on a cross-dock in St. Paul.' } };
    expect(words('Congrats on breaking ground in St. Paul.', ground)).toEqual([]);
    const hired = { company_context: { summary: 'Recently hired a new Head of Dispatch (Dana).' } };
    expect(words('Congrats on the new role at Northwind!', hired)).toEqual([]);
    const reopened = { company_context: { summary: 'Reopened after a renovation in 2023.' } };
    expect(words('Since reopening after the 2023 renovation, Northwind has grown.', reopened)).toEqual([]);
    const fall = { company_context: { summary: 'Opened a second depot in Reno last fall.' } };
    expect(words('Congrats on getting the Reno depot up and running!', fall)).toEqual([]);
    // "Well deserved" praises the congratulated news before it; alone, it says there was some.
    const award = { company_context: { summary: 'Won Best Freight Brand at the 2024 Logistics Awards.' } };
    expect(words('Congrats on Best Freight Brand at the 2024 Logistics Awards — well deserved.', award)).toEqual([]);
    expect(words('That local chamber award is well deserved!', award)).toEqual(['well deserved']);
  });

  it('reads a ticket raised, a customer going live and "every new service" as no news', () => {
    expect(words('Work orders raised in Maximo sync back.')).toEqual([]);
    expect(words('My sister booked a party at a bowling alley last spring.')).toEqual([]);
    expect(words('Findings are pushed into SAP PM as work orders.')).toEqual([]);
    expect(words('Lockwell cut missed calls by 41% once it went live.')).toEqual([]);
    expect(words('I imagine every new service you offer gets weighed carefully.')).toEqual([]);
    expect(words('Northwind went live with a new portal.')).toEqual(['went live']);
  });

  it('reads the lead growing in words of its own, asked or hedged as nothing', () => {
    expect(words('Heard Northwind is adding a new packing line this summer.')).toEqual(['adding a new packing line']);
    expect(words('Northwind’s been signing up new farms left and right.')).toEqual(['signing up new farms']);
    expect(words('Northwind is moving operations to the Tanah Merah terminal.')).toEqual(['moving operations to']);
    expect(words('With Northwind taking on that big batch of tower blocks, timing matters.')).toEqual([
      'taking on that big batch of',
    ]);
    expect(words('Is Northwind adding a new depot?')).toEqual([]);
    expect(words("If you're adding a new route, rostering gets harder.")).toEqual([]);
    const opening = { company_context: { summary: 'Opening a second depot in Reno this spring.' } };
    expect(words('Heard Northwind is adding a new depot in Reno.', opening)).toEqual([]);
  });

  it("reads a congratulation by its event, not by the company's name", () => {
    expect(words("Congrats on Northwind Logistics' new food truck.")).toEqual([
      "Congrats on Northwind Logistics' new food truck",
    ]);
    const hired = { company_context: { summary: 'Northwind hired a new Head of Delivery (Dana) last month.' } };
    expect(words('Congrats on joining Northwind as Head of Delivery.', hired)).toEqual([]);
    const added = {
      company_context: { summary: 'Manages 2,400 units; took over management of 3 new communities in 2025.' },
    };
    expect(words('With 2.4k units and three new communities taken over this year, requests pile up.', added)).toEqual(
      [],
    );
    expect(words('With 2.4k units and the rooftop clubhouse opened this year, requests pile up.', added)).toEqual([
      'opened this year',
    ]);
    // Something new is sourced by that thing: "new communities" is no new clubhouse.
    expect(words('Your new communities keep the team busy.', added)).toEqual([]);
    expect(words('Your new clubhouse looks great.', added)).toEqual(['Your new clubhouse looks']);
  });

  it('points at the deed with its time, reads a change congratulated, and good news heard', () => {
    // The deed and its time together, not the time alone.
    expect(words('With Northwind adding the new Reno routes this year, dispatch will get busier.')).toEqual([
      'adding the new Reno routes this year',
    ]);
    // The rooms are the input's; adding more of them is news it does not state.
    const rooms = { company_context: { summary: 'Northwind grows oyster mushrooms in six grow rooms.' } };
    expect(words('Congrats on adding more grow rooms!', rooms)).toEqual(['Congrats on adding more grow rooms']);
    const added = { company_context: { summary: 'Northwind recently added two grow rooms.' } };
    expect(words('Congrats on adding the grow rooms!', added)).toEqual([]);
    expect(words('Heard the good news about the Reno distributor deal.')).not.toEqual([]);
  });

  it('reads the lead in the middle of a deed as news, and "new" in a place’s name as no change', () => {
    expect(words('Word is Northwind is taking on the Tahoe mail route.')).toEqual([
      'is taking on the Tahoe mail route',
    ]);
    expect(
      words('I hear Northwind is hiring dispatchers again.', {
        company_context: { summary: 'Northwind is hiring dispatchers again.' },
      }),
    ).toEqual([]);
    const england = { company_context: { summary: 'A restoration workshop serving churches in New England.' } };
    expect(words('Congrats on the new workshop!', england)).toEqual(['Congrats on the new workshop']);
  });

  it('reads new things of the lead as news the input must tell as a change, not only name', () => {
    const tugs = { company_context: { summary: 'Harbour towage tugs out of Lisbon.', keywords: ['tug fleet'] } };
    expect(words('Saw the news about new tugs joining your fleet.', tugs)).not.toEqual([]);
    const added = { company_context: { summary: 'Harbour towage; added two new tugs to the fleet this spring.' } };
    expect(words('Saw the news about new tugs joining your fleet.', added)).toEqual([]);
    // "New York" is a place, and a question about a kind of work asks for no news.
    const york = { company_context: { summary: 'Freight forwarder with a New York office.' } };
    expect(words('How is your New York office handling the spring volume?', york)).toEqual([]);
  });

  it('reads a way of working, questions raised and work getting out the door as no news', () => {
    expect(words('Northwind partners with regional carriers across Texas, so routing matters.')).toEqual([]);
    expect(words('Forty shippers partner with us so far.')).toEqual([]);
    expect(words('Mixed pallets raise a lot of labelling questions at a dock.')).toEqual([]);
    expect(words('It can raise or lower the alert threshold per lane.')).toEqual([]);
    expect(words('Every quote has to get out the door before the shipper books elsewhere.')).toEqual([]);
    expect(words('Each pickup is backed by a certified carrier network.')).toEqual([]);
    expect(words('Shippers will ask for SOC 2 before they sign a partnership with Northwind.')).toEqual([]);
    expect(words('Keeping every carrier partnership on schedule takes care.')).toEqual([]);
    expect(words('Touring crews hang banners in new arenas every week.')).toEqual([]);
    // News still: a partnership with someone named, investors, money raised.
    expect(words('Northwind partnered with Maersk this spring.')).toEqual(['partnered with']);
    expect(words('Congrats on being backed by a top venture firm.')).not.toEqual([]);
    expect(words('Congrats on the raise.')).toEqual(['raise']);
  });

  it('reads what may be done, modesty and a sourced "now that" as no news', () => {
    expect(words('We send alerts so your crews can launch before the frost settles.')).toEqual([]);
    expect(words('We were honoured to help Acme move to paper tins.')).toEqual([]);
    const stores = { company_context: { summary: 'Cidery with distribution to 150 liquor stores.' } };
    expect(
      words(
        'Figured I’d ask how excise reporting is going now that your cider is headed out to 150 liquor stores.',
        stores,
      ),
    ).toEqual([]);
    expect(words('Congrats, Northwind just won the Golden Truck award.')).not.toEqual([]);
  });

  it('reads praise of what was said, to whom or "well deserved", as no event of its own', () => {
    const grant = {
      company_context: { summary: 'Northwind won a freight award in 2023 and moved to a digital workflow.' },
    };
    expect(words('Congrats on the freight award. It is well deserved.', grant)).toEqual([]);
    expect(words('Congratulations on the move to a digital workflow.', grant)).toEqual([]);
    expect(
      words('Freight visibility for mid-size shippers is hard work, congratulations to the team and the drivers.'),
    ).toEqual([]);
    expect(words('Freight visibility for mid-size shippers is serious work. Congratulations on building it.')).toEqual(
      [],
    );
    // News named, to whom or not, is read as news; a hundred of something is no deed.
    expect(words('Congratulations to the team on the new Denver hub.')).not.toEqual([]);
    expect(words('Three hundred shippers coming on board last year is a lot.')).toEqual([]);
    expect(words('Bikes going up and down the coast wear out.')).toEqual([]);
    const payg = { sender: { name: 'Sam', company: 'SunGrid', proof_points: ['Pay-as-you-go financing'] } };
    expect(words('SunGrid installs solar systems for workshops, with pay-as-you-go financing.', payg)).toEqual([]);
    // What the sender sells, named as its offer does: no funding of the lead's.
    const financing = { sender: { name: 'Sam', company: 'FinanceNest', offer: 'Consumer financing for buyers' } };
    expect(words('FinanceNest offers your buyers financing up to $150,000.', financing)).toEqual([]);
    expect(words('Congrats on your new financing.', financing)).not.toEqual([]);
    // A building going up is news; climbers, holds and tents going up are the work.
    expect(words('Nine big top tents going up at festivals means crews must meet on time.')).toEqual([]);
    expect(words('Four hundred climbers a year going up to the peak is a lot of permits.')).toEqual([]);
    expect(words('Saw the dry-stack building going up by the marina.')).not.toEqual([]);
    expect(words('Congrats on the new glasshouse going up.')).not.toEqual([]);
  });

  it('reads being "out the door" as leaving, no launch', () => {
    expect(words('Waivers get signed on a phone before they’re out the door.')).toEqual([]);
    expect(words('Congrats on getting the new app out the door.')).not.toEqual([]);
    expect(words('A dive centre has a lot of kit going in and out the door.')).toEqual([]);
    expect(words('Changeover day means cleaning, gas, water, and new guests arriving on the towpath.')).toEqual([]);
    expect(words('It texts each customer when their skis are ready. Handy when the queue’s out the door.')).toEqual([]);
    expect(words('Got 15 minutes this week, before the season starts?')).toEqual([]);
    expect(words('It files the claims for you as an HMRC-recognised agent.')).toEqual([]);
    expect(words('Congrats on Northwind Co.’s tourism award — well deserved!')).toEqual([
      'Congrats on Northwind Co.’s tourism award',
    ]);
    const bikes = { company_context: { summary: 'Builds cargo bikes; delivered 1,500 bikes last year.' } };
    expect(words('Fifteen hundred cargo bikes delivered last year is a lot of school runs.', bikes)).toEqual([]);
    expect(words('Fifteen hundred cargo bikes delivered last year is a lot of school runs.')).not.toEqual([]);
    // A count of things shipped is trade, not a launch.
    expect(words('Eighty-five bothies and saunas out the door last year is no bad going.')).toEqual([]);
    expect(words('Congrats on getting the Orkney range out the door last year.')).not.toEqual([]);
  });

  it('reads goods listed on a shop, "just as" and "like they\'ve just left" as no news', () => {
    expect(words('When each jumper is listed on both Shopify and Etsy, stock matters.')).toEqual([]);
    expect(words('Northwind listed on the NASDAQ.')).not.toEqual([]);
    expect(words('A violin on loan is protected just as one on your bench.')).toEqual([]);
    expect(words('Orders land looking like they’ve just left the bakery.')).toEqual([]);
    expect(words('Northwind just opened a second bakery.')).not.toEqual([]);
  });

  it('reads claims "backed by data" as no funding', () => {
    expect(words('The claims in your emails are backed by data.')).toEqual([]);
    expect(words('Northwind is backed by a venture fund now.')).not.toEqual([]);
  });

  it('reads an award or a growth the input tells in another form as sourced, not a new one', () => {
    const said = (summary: string, message: string) =>
      flaggedWords('event', `Hi Dana, ${message} Call?`, {
        company_context: { summary, keywords: [], tech_stack: [] },
      });
    expect(
      said('Shea cooperative; certified Fair Trade in 2023.', 'Congratulations on the Fair Trade certification.'),
    ).toEqual([]);
    expect(
      said('Cold storage; added a second warehouse in Ikorodu.', 'Well done on adding the second warehouse.'),
    ).toEqual([]);
    expect(
      said('Certified lab testing water.', 'Congrats on the new state certification for PFAS testing.'),
    ).not.toEqual([]);
    expect(said('Cold storage in Lagos.', 'Well done on adding the second warehouse.')).not.toEqual([]);
  });

  it('reads a seed round, a title "of the Year", a site taken on and an award seen with joy as news the input must hold', () => {
    const said = (summary: string, message: string) =>
      words(message, { company_context: { summary, keywords: [], tech_stack: [] } });
    expect(said('Seed company selling heirloom seeds.', 'Congrats on closing the seed round.')).not.toEqual([]);
    expect(said('Closed a seed round in May.', 'Congrats on closing the seed round.')).toEqual([]);
    expect(said('Sea kayak wildlife tours.', 'Congrats on picking up Wildlife Tour of the Year!')).not.toEqual([]);
    expect(said('Named Wildlife Tour of the Year 2025.', 'Congrats on picking up Wildlife Tour of the Year!')).toEqual(
      [],
    );
    expect(said('A pottery.', 'Penrose has taken on the old Heathfield kiln site.')).not.toEqual([]);
    expect(said('A pottery.', 'Penrose has taken on the challenge of glazes.')).toEqual([]);
    expect(
      said('Macarons in the Plateau.', 'I was so happy to see you named Best Pastry Shop by the Montreal Food Awards.'),
    ).not.toEqual([]);
    // Praise of what the input tells, and invoices to raise, are no news.
    const bbc = 'Ethical taxidermy in Orkney; featured by BBC Scotland in 2022.';
    expect(said(bbc, 'BBC Scotland featuring your ethical taxidermy back in 2022 was well deserved.')).toEqual([]);
    expect(said('A paper mill.', 'More orders mean more invoices to raise.')).toEqual([]);
  });

  it('reads a contract landed and a new boat joining the fleet, congratulated, as news the input must tell', () => {
    const said = (summary: string, message: string, company_name = 'Northwind') =>
      words(message, {
        company_context: { summary, keywords: [], tech_stack: [] },
        lead: { ...emailRequest.lead, company_name },
      });
    const organs = 'Pipe organ restoration for churches and concert halls; tuning contracts.';
    expect(said(organs, 'Congratulations on landing the big concert hall restoration contract!')).toEqual([
      'Congratulations on landing the big concert hall restoration contract',
    ]);
    expect(
      said(`${organs} Won the Leeds Town Hall contract.`, 'Congrats on landing the Leeds Town Hall contract!'),
    ).toEqual([]);
    expect(said(organs, 'Congratulations on the concert hall restoration work!')).toEqual([]);
    const feluccas = 'Felucca sailing trips on the Nile at Aswan.';
    expect(said(feluccas, 'Congratulations on the new felucca joining the fleet!', 'Aswan Felucca Co')).not.toEqual([]);
    expect(said('Added a new felucca to the fleet.', 'Congratulations on the new felucca joining the fleet!')).toEqual(
      [],
    );
    // A request for a reply, and a congratulation pointing back, are no news.
    expect(said('Pearl farm.', 'Would a call suit? Just let me know your preferred time.')).toEqual([]);
    expect(said('Pearl farm.', 'Would a call suit? Just hit reply.')).toEqual([]);
    expect(said('Pearl farm.', 'Northwind just hit 500 stores.')).not.toEqual([]);
    expect(
      said('Yurts; opened a sauna in 2024.', 'A sauna since 2024 (congrats on that one, it sounds heavenly).'),
    ).toEqual([]);
    // Boxes heading out the door ship goods, no launch.
    expect(said('Handmade piñatas.', 'Five hundred piñatas a month is a lot of boxes heading out the door.')).toEqual(
      [],
    );
  });
});
