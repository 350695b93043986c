import { PersonalizeRequest } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { flaggedWords } from '../../test-support/claims.ts';
import { emailRequest, sender } from '../../test-support/fixtures.ts';
import { inputFacts } from './facts.ts';
import { checkPains } from './pains.ts';
import { sentences } from './text.ts';

const words = (message: string, over = {}) => flaggedWords('pain', `Hi Dana, ${message} Open to a call?`, over);

describe('presumed pains', () => {
  it.each([
    'I know Northwind has been struggling with pipeline reliability.',
    'Given the outages you had, routing matters.',
    'Since churn is rising at Northwind, timing matters.',
    'Your biggest headache is dispatch.',
    'Your reviews mention slow support and frequent errors.',
    'It must be tough keeping up with volume.',
    'Your exec dashboards keep breaking after dbt runs.',
    'I know driver turnover has been rough.',
    // Figurative states of the lead's business, in words no problem list has.
    'Your dispatchers are spending their evenings retyping delivery notes.',
    "Northwind's loading bays sit empty midweek while weekends overflow.",
    'Your fuel costs across the fleet are running well over budget.',
    'Your detention time is well above the state average.',
    'Your scrap rate on the new lines is eating your margins.',
    'Quotes at Northwind sit for weeks before going out.',
    // A circumstance of the lead's taken as given, or reported as heard.
    'Since weekend queues for the freight desk have been stretching out the door, this may help.',
    'With Northwind tossing cases of unsold produce every week, tracking may help.',
    "I hear Northwind's crew timesheets rarely line up with the hours spent on site.",
    'Mock audits at Northwind still take your team the better part of a day.',
    'With fuel costs crushing your margins, routing may help.',
    'By noon your dispatch board turns into whack-a-mole.',
    'It must be exhausting to rebuild the route plan every morning.',
    'Your yard phone rings all morning with folks asking for metal prices.',
    'I read your reviews and a couple mentioned slow callbacks.',
    'I know online course completion has been dropping at Northwind.',
    'Short version: your truck-roll costs are out of control.',
    'Your mishandling rate at the outstations is above what your handling contracts allow.',
    'Your repair queue at Northwind is weeks deep right now.',
    'Month-end payouts take your office days to finish.',
    'I know the Etix fees took a real bite out of your grandstand tickets.',
    'I hear your tape machine has been in and out of the shop all spring.',
    'Dentists calling Northwind all day for case status is a drag.',
    'Falls on your stroke unit have climbed this year.',
    'Your setup times are limiting the spindle utilisation at Northwind.',
    'Since churn at Northwind ticked up last quarter, health scores matter.',
    'Month-end payouts eat your finance team’s whole week.',
    'Heard harvest crews have been hard to pin down at Northwind this year.',
    'Your callbacks jumped this winter, and the technicians feel it.',
    'Packing labor costs are crushing your margins at Northwind.',
    'Since acreage reporting has your team working weekends, could a call help?',
    'Since the phones at your office haven’t stopped ringing, texts may help.',
    'With volunteer shifts going unfilled at every Northwind meet, reminders matter.',
    'After the stockouts your service line experienced, tracking matters.',
    "With adulteration scares spooking Northwind's retail buyers lately, traceability matters.",
    "I understand Northwind's seed set came in light this year.",
    'I know Northwind fields a stream of “where is my order?” calls.',
    "I gather Northwind's instructors spend every windy weekend on the phone rebooking students.",
    'With adjusters already rejecting so many of your supplements, volume matters.',
    'Since agents have been pushing back on the intake process at Northwind, timing matters.',
    'Given how hard driver recruitment has been for Northwind lately, this may help.',
    'Since your Saturday lines at Northwind are out the door, this may help.',
    'Since the queues at the depot have been blowing out on weekends, this may help.',
    'With tickets piling up faster than your techs can close them, this may help.',
    'Looks like Northwind has a growing pile of lapsed accounts.',
    'I know league nights have been thinning out at Northwind.',
    'After the brokered loads you got burned on, vetting seems worth a look.',
    'Franchisees are already ignoring your weekly dispatch reports.',
    'Since your crews are still hand-keying tickets into the TMS, this may help.',
    'Those humidity swings have been stunting your yields at Northwind.',
    'Given the temperature excursions that turned up in your last audit, tracking matters.',
    'With bots hammering Northwind’s booking pages, checkout matters.',
    'I know empty miles at Northwind have crept up this year.',
    'I can imagine how much of your team’s time went into fixing address data.',
    'With summer volumes at Northwind coming in well under target, timing matters.',
    'Dispatch reporting eats your team’s Fridays.',
    'I read Northwind’s reviews, and some mention gate codes not working.',
    'Since new shippers aren’t returning to Northwind like they used to, this may help.',
    'Since detention at your Reno depot has gotten out of hand, this may help.',
    'I know drivers have been leaving Northwind for cheaper lanes.',
    'Dispatch paperwork is clearly a drain on the Northwind team.',
    'Since your waitlist has ballooned, this may help.',
    'Since spring bookings at Northwind have been slow, this may help.',
    'Since no-show bookings are tying up your docks, this may help.',
    'Given the wire fraud attempt your team dealt with, this may help.',
    'Since shippers keep double-booking your dock doors, this may help.',
    'The Saturday-morning crush at your Reno dock is real.',
    'Given the noncompliance record your depot picked up, audits matter.',
    'With reefer capacity at Northwind running short, this may help.',
    'I know shippers have been pulling orders from Northwind mid-season.',
    'Given how sharply fuel costs have climbed at Northwind this year, routing matters.',
    'I know detention at Northwind has been a thorn.',
    'With reefer trucks idling at your doors for hours, this may help.',
    'With storm cleanup burying your crews this month, this may help.',
    'Sorry to hear about the rough start to last season.',
    'Before the spring rush that always swamps your crew kicks off, a note.',
    'The constant calls from shippers tie up your front desk.',
    'The weather cancellations wrecking your weekends are exactly what RouteLoop handles.',
    'Rather than keep losing new drivers before they are trained, coach them sooner.',
    "I'm reaching out because Northwind's overtime bill keeps climbing.",
    'Time for Northwind to stop losing drivers once training ends.',
    'What a slog carrier payments have become for your team.',
    'The fact that Northwind’s pick rates drop off every afternoon usually comes down to visibility.',
    'Another year of loads tracked in spreadsheets at Northwind.',
    'Paper load sheets slowing down your close-outs is exactly what RouteLoop fixes.',
    'Your associates spend hours on manual conflict checks.',
    'Your dispatch queue getting slammed with where-is-my-load calls every afternoon.',
    'The overnight temperature alarms at your depots are the part of the job that keeps you up.',
    'When the November crunch hits your dispatchers, routing slips.',
    'Given the FMCSA citations you picked up, audits matter.',
    'So many of your service agreements lapsed last year.',
    'Shippers are walking out of your depot over long wait times.',
    // Flat and falling figures, turnover, a complaint seen or heard, a circumstance taken as given.
    'With LTL bookings down this quarter at Northwind, routing matters.',
    'I know volume on the Reno lane has been flat lately.',
    'With a third of your drivers turning over every year, dispatch is hard.',
    'I went through your reviews, and shippers keep mentioning late pickups.',
    'I read the county minutes, where neighbours complained about truck noise at the depot.',
    'With your dispatchers fielding angry broker calls all afternoon, RouteLoop could help.',
    // Presumed in a question that says it happens again, or still; words of strain and shortfall.
    'Short on drivers again this peak?',
    'Still keying freight bills by hand every morning?',
    'Covering the Reno dock at night is clearly wearing on your dispatchers.',
    'I bet the holiday rush leaves your depot short-handed.',
    'Pallets sitting unbilled at your Reno depot add up.',
    'Detention is outpacing your hiring at Northwind.',
    'Check calls are clearly swallowing your dispatchers’ mornings.',
    'Paper PODs are holding up your invoicing by weeks.',
    'With audits breathing down your neck, visibility matters.',
    'After-hours loads have been going to voicemail at Northwind.',
    'Your on-time rate is well above the state average for late pickups.',
    'Driver burnout has hit your team especially hard.',
    'I know transit times have been a sore spot with your shippers.',
    'I can see quote requests are sitting for days at Northwind.',
    'Your account managers are buried in rate requests because your TMS doesn’t help much there.',
    'Your on-time rate at Northwind is lower than most carriers in Nevada.',
    'The weekend lines out the door at your Reno depot are only getting longer.',
    'Your dispatch notes are scattered across notebooks, which means you’re re-checking every load by hand.',
    // Habits of the lead's people, and states with half their words new.
    'Brokers phone your dispatch desk constantly to ask where a load is.',
    'Every spring your team scrambles to fill driver spots at Northwind.',
    'Your shippers keep mailing back damaged pallets when they’d happily take a credit.',
    'Your dispatchers spend their evenings catching up on load notes.',
    'Red builds keep blocking deploys at Northwind.',
    'I know new shippers at Northwind can’t book pickups online yet.',
    'The Reno waitlist at Northwind has been overflowing since spring.',
    'Northwind still can’t fill its spring driver classes.',
    'Weather cancellations have been eating your summer loads.',
    'Truck lines at your gate stretch back onto the highway most afternoons.',
    'I know grant money dried up for Northwind last year.',
    'Northwind loads fall through the cracks at shift change.',
    'Your phone lines melting down every storm day must hurt.',
    'The jump in detention charges at your Reno depot adds up.',
    'So many of your shippers let their contracts lapse.',
    'Rainy weekends wiped out a chunk of your summer loads at Northwind.',
    'I know how many first-time shippers at Northwind never come back.',
    'In summer the trucks at your Reno gate back up onto the road.',
    'You’re losing pallets at Northwind faster than you can replace them.',
    'Given the ombudsman finding against Northwind last year, audits matter.',
    'Since Northwind’s phone line is always engaged, want to try it?',
    'After fuel costs blew up your freight budget last quarter, I figured this might be timely.',
    'We came to know that your loading docks are not meeting safety norms.',
    'With a third of Northwind’s trucks down on any given weekend, telematics could pay off.',
    'Given the mould you found in the cold store last winter, monitoring is probably on your list.',
    'Every July your booking site buckles under the demand, and that is what we fix.',
    'With trucks lining up for hours at Northwind every harvest, a scheduler could take the edge off.',
    'Your after-hours calls are going to voicemail and straight to competitors.',
    'Onboarding drivers through shared spreadsheets is clearly slowing Northwind Logistics down.',
    'After the fuel bills you got hit with last winter, I figured routing would be on the agenda.',
    'I understand your dispatch team is waiting weeks on carrier paperwork.',
    'I heard your drivers complained about missing load details.',
    'I have been told that Northwind has been paying heavy demurrage at the port.',
    'Your shipment records are scattered across paper ledgers and an old Access database.',
    'I know pickup requests slip through the cracks at Northwind when dispatch gets busy.',
    'I know last-minute orders have been stretching your dispatchers thin lately.',
    'Your TMS is full of duplicate carrier records at the moment.',
    'Your on-call folks are drowning in Datadog alerts — been there.',
    'Since your tankers sat grounded waiting on parts last August, readiness is top of mind.',
    'I am told that your branches have been running out of fast-moving stock.',
    'I noticed your online reviews haven’t kept pace with how many loads you run.',
    'Your no-show rate has doubled since spring.',
    'Your adjusters were buried after the storm.',
    'Y’all been losin’ drivers left and right this year.',
  ])('flags %j', (sentence) => {
    expect(words(sentence)).toHaveLength(1);
  });

  it('reads an incident as the lead’s, even when its topic is the input’s', () => {
    // An incident that befell the lead is news and a problem presumed about them: writers call it either.
    expect(flaggedWords('pain', "Hi Dana, after last spring's recall scare, tracking matters. Call?")).toEqual([
      "last spring's recall scare",
    ]);
    expect(flaggedWords('event', "Hi Dana, after last spring's recall scare, tracking matters. Call?")).toEqual([
      "last spring's recall scare",
    ]);
    const fraud = { company_context: { summary: 'Title and escrow company.', keywords: ['wire fraud'] } };
    expect(words('Given the wire fraud attempt your escrow team dealt with, this may help.', fraud)).toEqual([
      'fraud attempt',
    ]);
    expect(words('Since wire fraud is on the agenda for your escrow team, this may help.', fraud)).toEqual([]);
  });

  it('reads a problem of several words as sourced only when most of them are the input’s', () => {
    const volunteers = { company_context: { summary: 'Volunteer fire district.', keywords: ['volunteer staffing'] } };
    expect(words('Since you’re short volunteers on weekend shifts, alerts might help.', volunteers)).toEqual([
      'short volunteers',
    ]);
    expect(words('Since volunteer staffing is on the agenda, alerts might help.', volunteers)).toEqual([]);
  });

  it('points at the first problem of a sentence, and past a heading', () => {
    expect(
      words('I know the driver shortage is hitting Northwind hard this fall, and every late route costs you.'),
    ).toEqual(['I know the driver shortage is hitting Northwind hard this fall']);
    expect(words('Problem: dispatchers keep getting outdated load plans from your team.')).toEqual([
      'dispatchers keep getting outdated load plans from your team',
    ]);
  });

  it('reads "I imagine" as a guess about its own clause, not a presumption of the whole sentence', () => {
    expect(
      words(
        'Running 140 routes for four depots, I imagine the morning a truck runs late is the morning the phones light up.',
      ),
    ).toEqual([]);
    expect(
      words(
        'I understand Northwind runs nine depots, and I’d be interested to hear how shifts are covered when someone rings in sick.',
      ),
    ).toEqual([]);
  });

  it('reads an incident the lead went through, named by its full name or by "you"', () => {
    expect(words('Given the recall Northwind Logistics went through last autumn, labels matter.')).toEqual([
      'Given the recall Northwind Logistics went through last autumn',
    ]);
    expect(words('Given the recall you went through last autumn, labels matter.')).toEqual([
      'Given the recall you went through last autumn',
    ]);
  });

  it('reads what the writer hears went wrong, and a sentence going on after a circumstance of the lead', () => {
    expect(words('I hear Northwind’s digester had a foaming episode over the winter.')).toEqual([
      'had a foaming episode',
    ]);
    expect(words('Heard crew hours logs got you written up at the last audit.')).toEqual(['got you written up']);
    expect(words('I understand parents are owing fees from last term.')).toEqual(['are owing']);
    expect(words('I hear inconsistent terms have triggered office actions.')).not.toEqual([]);
    expect(words('With Northwind taking on a batch of tower blocks, the surveying backlog is piling up.')).toEqual([
      'backlog',
    ]);
    expect(words('With Northwind adding a litigation practice this year, intake will get more varied.')).toEqual([]);
    expect(words('With 1,400 folks at Northwind, training has to work on a phone in a break room.')).toEqual([]);
  });

  it('reads problems in words of spreading, falling off, going untested or happening too rarely', () => {
    expect(words('I understand vinegar syndrome has already spread through your acetate holdings.')).toEqual([
      'has already spread',
    ]);
    expect(words('I understood that routes are not getting reset frequently enough at both sites.')).toEqual([
      'not getting reset frequently enough',
    ]);
    expect(words('I gather rental returns are going back out untested when turnaround is tight.')).toEqual([
      'untested',
    ]);
    expect(words('Since the wholesale orders fell off last year, a new outlet might help.')).toEqual(['fell off']);
    // A problem's own "often" hedges nothing; "no-shows can pile up" still does.
    expect(words('I hear your shipments arrive warm more often than you’d like.')).toEqual([
      'more often than you’d like',
    ]);
    expect(words('I hate how often your patients miss treatments because rides don’t show.')).toEqual([
      'miss treatments',
    ]);
    expect(words('Between the warehouses you staff, no-shows can pile up fast.')).toEqual([]);
    expect(words('Catching dock leaks at Northwind before they spread.')).toEqual([]);
    expect(words('Catching up on orders at Northwind keeps slipping.')).not.toEqual([]);
    expect(words('Catching your driver shortage early.')).not.toEqual([]);
    // "Nobody catches it" is no capability of the product's.
    expect(words('Your operators’ certifications are lapsing and nobody catches it until the job site.')).not.toEqual(
      [],
    );
  });

  it('reads stranded passengers, a constant fight and a juggling act as problems', () => {
    expect(words('Your weather cancellations leave passengers stranded on the pier.')).not.toEqual([]);
    expect(words('Sourcing training aids has been a constant fight for your team.')).toEqual(['a constant fight']);
    expect(words('The commission enquiries for Northwind have become a juggling act.')).toEqual(['juggling act']);
  });

  it('reads running out, running long, throwing out, a juggle, a threshold passed and cancelling on them', () => {
    expect(words('Heard you ran out of package bees early last spring.')).toEqual(['ran out of']);
    expect(words('Rebooking your classes has become a nightly juggle.')).toEqual(['nightly juggle']);
    expect(words('I hear changeovers have been running long.')).toEqual(['running long']);
    expect(words('I hear the shops have been throwing out a lot of bread at close lately.')).toEqual(['throwing out']);
    expect(words('I understand lice levels at several Northwind sites are above the threshold.')).toEqual([
      'above the threshold',
    ]);
    expect(words('With members cancelling on you lately, retention matters.')).toEqual(['cancelling on you']);
    expect(words('Before you run out of time, a quick note.')).toEqual([]);
  });

  it('reads "between the" as a circumstance only where it opens a clause', () => {
    expect(
      words('Teas travel a long way, and the gaps in tracking usually show up between the estate and the port.'),
    ).toEqual([]);
    expect(words('Between the rush and your staffing gaps, dispatch is stretched.')).not.toEqual([]);
  });

  it('reads a shambles, counts of trouble up, and an allocation exceeded as problems', () => {
    expect(words('Your delivery slots are a shambles on a Friday.')).not.toEqual([]);
    expect(words('Your callbacks are up this quarter.')).not.toEqual([]);
    expect(words('Northwind exceeded its water allocation last summer.')).not.toEqual([]);
    expect(words('The award your teas picked up this season is well deserved.')).toEqual([]);
    expect(words('I hope your pitches are holding up nicely.')).toEqual([]);
    expect(words('With drivers calling out every weekend, your quotes are hard to promise.')).not.toEqual([]);
    expect(words('With your new pool called out in the annual report, timing matters.')).toEqual([]);
  });

  it('reads what the product ends as no state of the lead’s', () => {
    expect(words("We handle it so you're not maintaining stanzas by hand.")).toEqual([]);
    expect(words('It reads your Google Sheets from the start, so nothing in your loads is lost.')).toEqual([]);
    expect(words('It collects reports in one file, so your claims handlers stop assembling them by hand.')).toEqual([]);
    expect(words('Your claims handlers assemble them by hand.')).not.toEqual([]);
  });

  it('reads a sentence about what the sender’s product does as no state of the lead’s', () => {
    expect(words('RouteLoop turns the deficiencies your inspectors log into work orders on the spot.')).toEqual([]);
    expect(words('RouteLoop flies the survey, and your technicians go straight to the damage.')).toEqual([]);
    expect(words('TriageIQ closes the noisy alerts, so your analysts spend their time on real incidents.')).toEqual([]);
    // Past a greeting without "Hi".
    expect(flaggedWords('pain', 'Dana — RouteLoop flies the survey, your crews go straight to the damage.')).toEqual(
      [],
    );
    // What the writer says they know stays a presumption, and a plural noun opening a sentence is no product.
    expect(
      words('RouteLoop plans lanes, which seems timely given how much your on-time rate has slipped this year.'),
    ).not.toEqual([]);
    expect(words('RouteLoop adds lane analytics, which is where your desk quietly loses money every week.')).toEqual([
      'which is where your desk quietly loses money every week',
    ]);
    expect(words('Missed pickups at your gate are a big problem this winter.')).not.toEqual([]);
    expect(words('Truck lines at your gate stretch back onto the highway most afternoons.')).not.toEqual([]);
  });

  it('reads the input’s own problem said to hit the lead hard as presumed', () => {
    const shortages = {
      company_context: {
        summary: 'School-bus contractor.',
        keywords: ['driver shortages', 'route planning'],
        tech_stack: ['Transfinder'],
      },
    };
    expect(words('With driver shortages hitting Northwind this hard, routing may help.', shortages)).toEqual([
      'shortages',
    ]);
    expect(words('Driver shortages are on a lot of contractors’ minds this winter.', shortages)).toEqual([]);
  });

  it('reads "fine by me", "worst case" and "wins or loses on" as no trouble', () => {
    expect(words('Whenever suits your team is fine by me.')).toEqual([]);
    expect(words('Worst case your team gets a new thing to grumble about.')).toEqual([]);
    expect(words('Northwind wins or loses on dock discipline.')).toEqual([]);
    expect(words('Your drivers keep getting a fine at the Northwind gate.')).not.toEqual([]);
  });

  it('reads what carries on as usual as no state of the lead’s', () => {
    expect(words('It plugs into Snowflake, so you keep planning loads in Excel as usual.')).toEqual([]);
    expect(words('It sits beside Segment, so your dispatchers keep booking the way they do now.')).toEqual([]);
    expect(words('Your dispatchers keep rebooking the same loads every Friday.')).not.toEqual([]);
  });

  it('reads a reason given after a problem, and what can happen to anyone, as presuming nothing', () => {
    expect(
      words('I imagine quotes for bell restoration still take careful, manual work, since every tower differs.'),
    ).toEqual([]);
    expect(words('Since every tower differs, quotes still take careful, manual work.')).toEqual(['manual']);
    expect(words('I know a late ride can throw off a whole chair shift.')).toEqual([]);
    expect(words('I know your late rides throw off a whole chair shift.')).not.toEqual([]);
  });

  it('reads trouble spots, balloons and the writer coming back to a topic as no problems', () => {
    expect(
      words('We put sensors on your docks and trouble spots, and they text your crew before loads spoil.'),
    ).toEqual([]);
    expect(
      words('Flying six balloons a day out of Reno, weather cancellations are probably part of the season.'),
    ).toEqual([]);
    expect(words('I’ve been reading about cold chains and keep coming back to your reefer lanes.')).toEqual([]);
    expect(words('RouteLoop finds the dead lanes in your network and opens a ticket for review.')).toEqual([]);
    expect(words('With 42,000 shipments a year, load planning is worth getting right at Northwind.')).toEqual([]);
    expect(
      words(
        'Quick thought. I’m curious whether triage — deciding what can wait — is something you’d like to tighten up at Northwind.',
      ),
    ).toEqual([]);
    expect(words('Hey Dana 👋 Do your Friday loads still run on paper sign-ups?')).toEqual([]);
    expect(words('Seasonal freight at Northwind must live or die by the roster.')).toEqual([]);
    expect(words('With RouteLoop, your engineers don’t need load history scattered across emails.')).toEqual([]);
    expect(words('Since you recently stepped into the VP of Recruiting role, I wanted to say hello.')).toEqual([]);
    expect(
      words('I heard your remarks on a panel about false positives in remittance, and they stuck with me.'),
    ).toEqual([]);
  });

  it('accepts hedged, general and sourced problems', () => {
    expect(
      words('Rostering drivers around rest rules is a hard scheduling problem, and I suspect it takes effort.'),
    ).toEqual([]);
    expect(words('Here is the idea: your shippers get better evidence, and we carry the risk.')).toEqual([]);
    expect(words('If dispatch delays are on your radar, this may help.')).toEqual([]);
    expect(words('For 27 clinics, I imagine transport is one of the harder variables to control.')).toEqual([]);
    expect(words('OT security at Northwind is a different problem from IT security.')).toEqual([]);
    expect(words('It ranks faults by lost energy from the data you collect.')).toEqual([]);
    expect(words('An audit tells you where the spend is working and where it isn’t.')).toEqual([]);
    expect(words('It reconciles payments, so your treasurer isn’t matching screenshots by hand.')).toEqual([]);
    expect(words('It traces lineage, so you see which dashboards a bad model touches.')).toEqual([]);
    expect(words('We map every flow and show you the gaps.')).toEqual([]);
    expect(words('Restoration is a craft, and I imagine costing those projects is an art form.')).toEqual([]);
    expect(words('Energy costs are a conversation every winter (tell me if I’m wrong).')).toEqual([]);
    expect(words('No new database: your team keeps working where it already does.')).toEqual([]);
    expect(words('Orders come in by text, email, a note at the stall.')).toEqual([]);
    expect(words('Your gates already know how long guests wait at each lift.')).toEqual([]);
    expect(words('Double brokering keeps coming up across the industry.')).toEqual([]);
    expect(words('We alert your team before a reefer load goes out of range.')).toEqual([]);
    expect(words('RouteLoop warns you before a driver certification lapses.')).toEqual([]);
    expect(words('RouteLoop rebooks loads: • Your support queue only sees the exceptions.')).toEqual([]);
    // The lead's business described, with nothing strained or amiss in it.
    expect(words('Your team runs the full arc at Northwind, from quoting to final delivery.')).toEqual([]);
    expect(words('Your reefer lanes are the heart of the week for the dispatch desk.')).toEqual([]);
    expect(words('Your dispatchers spend half the morning retyping delivery notes.')).toHaveLength(1);
    expect(words('Teams in your position often weigh manual routing against tools.')).toEqual([]);
    expect(words('Is visibility a headache for your team?')).toEqual([]);
    expect(words('RouteLoop can spot those gaps in your data.')).toEqual([]);
    // What the product does for them, or a state denied, is no presumption.
    expect(words('RouteLoop updates the board, and your dispatchers see every change the same minute.')).toEqual([]);
    expect(words("That way your team isn't retyping the shipment report each morning.")).toEqual([]);
    // A question from its first word, whatever its commas; what the lead already has.
    expect(flaggedWords('pain', 'Hi Dana,\n\nIs that a headache at Northwind, or sorted?')).toEqual([]);
    expect(words('For Northwind the sorting line is where that gets won or lost.')).toEqual([]);
    // What the product does for them, said as a consequence.
    expect(words('Drivers rate loads in the app, and your dispatchers see what is landing at each depot.')).toEqual([]);
    expect(
      flaggedWords('pain', 'Hi Dana — quick one. With two depots, is dispatch something you’re working on, or steady?'),
    ).toEqual([]);
    expect(words('Northwind already has the data most routing work needs.')).toEqual([]);
    // A condition that is nobody's state, a pleasantry, what "you'd" do with the product.
    expect(words('RouteLoop pages whoever is on call at Northwind when a sync job breaks.')).toEqual([]);
    expect(words('Hope your week is going well at Northwind so far.')).toEqual([]);
    expect(words("You'd keep the same board your dispatchers use today, minus the retyping.")).toEqual([]);
    expect(words('RouteLoop plots exceptions, so findings land on the map your dispatchers already use.')).toEqual([]);
    // What the product catches, what stays as it is, and a goal to keep going.
    expect(words('Installed at 400 depots, with late loads spotted within minutes.')).toEqual([]);
    expect(words('RouteLoop sends the updates, while your team stays their point of contact.')).toEqual([]);
    expect(words('With 40 trucks to keep rolling across Nevada, planning matters.')).toEqual([]);
    expect(words('Your Samsara data already tells part of that story.')).toEqual([]);
    expect(words('The dispatch desk at Northwind sees steady traffic every day.')).toEqual([]);
    expect(words('Your Shopify store already takes online orders for Northwind.')).toEqual([]);
    expect(words('With two depots, I’d say bookings through email can pile up at Northwind on a busy day.')).toEqual(
      [],
    );
    expect(words('RouteLoop has a native Samsara module, so the data lands in your existing TMS screens.')).toEqual([]);
    expect(
      words('RouteLoop texts shippers, so loads that are still waiting hear from your team instead of going quiet.'),
    ).toEqual([]);
    const noShows = { company_context: { keywords: ['pickup no-shows'] } };
    expect(
      words('I imagine no-shows get watched closely — curious whether empty slots come up at Northwind.', noShows),
    ).toEqual([]);
    // A term the input uses is the topic offered: "late cancels" for a goal about late-cancel recovery.
    expect(
      words('Late cancels at Northwind: worth a look?', { goal: 'Book a call about late-cancel recovery.' }),
    ).toEqual([]);
    const sourced = { company_context: { summary: 'Northwind is working to cut shipment delays.' } };
    expect(words('I know delays matter to your team.', sourced)).toEqual([]);
  });

  it('reads a state the writer takes as known, when it goes on, goes wrong or names a trouble', () => {
    expect(words('I know the cold store’s power bill has been eating the depot’s budget, so I’ll be brief.')).toEqual([
      'the cold store’s power bill has been eating the depot’s budget',
    ]);
    expect(words('Given the hour-long lines at your returns desk on Mondays, I thought I’d write.')).toEqual([
      'the hour-long lines at your returns desk on Mondays',
    ]);
    expect(words('After the long dock lines at last year’s peak, I imagine slotting is on your list.')).toEqual([
      'the long dock lines at last year’s peak',
    ]);
    // Drivers short.
    expect(words('I hear you’re short a dozen drivers going into the fall.')).not.toEqual([]);
    expect(words('I was sorry to learn that thieves emptied the Reno yard twice this year.')).toEqual([
      'thieves emptied the Reno yard twice this year',
    ]);
    expect(words('Seeing as the night crews keep quitting by spring, happy to share what works.')).toEqual([
      'the night crews keep quitting by spring',
    ]);
    expect(words('Considering how the returns backlog piled up over the holidays, I thought I’d write.')).toEqual([
      'the returns backlog piled up over the holidays',
    ]);
    // "Seems like" wonders: "a place where the cold chain has very little room for error".
    expect(words('Shipping frozen loads seems like a place where the cold chain has little room for error.')).toEqual(
      [],
    );
    // A neutral fact known, and a question known, are no presumed problem.
    expect(words('I know Northwind ships with Maersk on the Asia lanes.')).toEqual([]);
    expect(words('Scheduling, billing, dispatch — we know where the gaps are.')).toEqual([]);
  });

  it('knows the lead by the name people use: "Millbrook" for "City of Millbrook Water Department"', () => {
    const city = { lead: { first_name: 'Dana', company_name: 'City of Millbrook Water Department' } };
    expect(words("Millbrook's service line is swamped with billing disputes.", city)).toHaveLength(1);
  });

  it('reads "since" a year as when, not a cause taken as given', () => {
    expect(words('A shipper moving freight since 1952 has likely seen every way a contract can lapse.')).toEqual([]);
    expect(words('Since the contract lapsed, your shippers are waiting on quotes.')).not.toEqual([]);
  });

  it('reads "the odd postcard", "your market stall" and "a fine thing" in their other senses', () => {
    expect(words('Orders arrive by email, phone, the odd postcard.')).toEqual([]);
    expect(words('Customers collect at your market stall.')).toEqual([]);
    expect(words('Card payments on your phone for the oscypek stall, no monthly fee.')).toEqual([]);
    expect(words('Sixteen weeks is a long time to wait for a hut you’ve fallen for!')).toEqual([]);
    expect(words('P.S. The Babcia’s name alone made me hungry.')).toEqual([]);
    expect(words('If your workshops fill up fast, it imports your events and charges your customers no fees.')).toEqual(
      [],
    );
    expect(words('Nine thousand visitors a year — Northwind is clearly doing something right.')).toEqual([]);
    expect(words('Five thousand gift tins a season — that’s a whole lot of folks y’all are making happy.')).toEqual([]);
    expect(words('You get alerts when a match appears, handy when you’re waiting on a specific derailleur.')).toEqual(
      [],
    );
    expect(words('I know your deals stall at the border.')).not.toEqual([]);
    expect(words('Your new hub is a fine thing to point to.')).toEqual([]);
    expect(words('I know your loads stall at the border, and a fine of $5,000 followed.')).not.toEqual([]);
  });

  it('reads idioms of trouble: run ragged, weekends vanishing, a big cut, bookings getting away, beyond what Excel can handle', () => {
    expect(words('I know summer rotas have you run ragged.')).not.toEqual([]);
    expect(words('I know your weekends vanish into handing over keys at the jetty.')).not.toEqual([]);
    expect(words('With Klook taking such a large cut of every ticket, direct bookings matter.')).not.toEqual([]);
    expect(words('Repair bookings through DMs have been getting away on you lately.')).not.toEqual([]);
    expect(words('Your waiting list has clearly got beyond what Excel can handle.')).not.toEqual([]);
    expect(words('The waiting list in Excel at Northwind has become impossible to keep fair.')).not.toEqual([]);
    expect(words('Answering booking texts every evening is clearly wearing you out.')).not.toEqual([]);
    expect(words('I know it’s become a full-time job answering the phone.')).not.toEqual([]);
    expect(words('Your lesson slots and bed bookings don’t talk to each other.')).not.toEqual([]);
    expect(words('As fuel is now your biggest cost line, this could be relevant.')).not.toEqual([]);
    expect(words('Our two apps talk to each other, so nothing is keyed twice.')).toEqual([]);
    expect(words('With Booking.com taking such a bite out of every stay, direct matters.')).not.toEqual([]);
    expect(words('Your waiting list is so long that people are giving up before they get a place.')).not.toEqual([]);
    expect(words('Rooms at Northwind aren’t being turned around in time for early check-ins.')).not.toEqual([]);
    expect(words('We take a slice of each booking, nothing more.')).toEqual([]);
    // Backing up claims supports them; a backed-up queue is trouble.
    expect(words('Backing up label claims is what our lab does.')).toEqual([]);
    expect(words('I know your returns desk is backing up every Monday.')).not.toEqual([]);
    // What the lead's own team handles is no product's capability.
    expect(words('Your team handles applications by email and loses weeks to missing documents.')).not.toEqual([]);
    expect(words('RouteLoop handles it, so your team loses nothing.')).toEqual([]);
    // Said of no one, or hedged.
    expect(words('Magic tricks vanish into thin air; our invoices do not.')).toEqual([]);
    expect(words('If the waiting list ever gets beyond what Excel can handle, we can help.')).toEqual([]);
  });

  it('reads "a real ordeal", and the lead by the words after a place or family name ("the Crayfish Shack")', () => {
    expect(
      words('With stalking, fishing and cottage income all tangled, your year-end is a real ordeal for the office.'),
    ).toEqual(['your year-end is a real ordeal for the office']);
    expect(words('Walking the Coast Path is an ordeal we happily sell maps for.')).toEqual([]);
    const shack = { lead: { first_name: 'Ngaio', company_name: 'Kaikōura Crayfish Shack' } };
    expect(words('Summer queues at the Crayfish Shack are turning people away before they order.', shack)).not.toEqual(
      [],
    );
    expect(words('Summer queues at a crayfish shack can turn people away.', shack)).toEqual([]);
  });

  it('reads what the product spares or tells them, and what they already do, as no trouble', () => {
    expect(words('We send the reminders, so nobody at Northwind has to make the awkward phone call.')).toEqual([]);
    expect(words('Your invoices sit in separate systems, so nobody sees the gaps.')).not.toEqual([]);
    expect(words('It just means you hear about a brine problem before your members do.')).toEqual([]);
    expect(words('When skies look poor, we warn your guests and offer a rebooking.')).toEqual([]);
    expect(words('A card reader for your stall, with stock counts built in.')).toEqual([]);
    expect(words('Juggling weekend market stock? We sync stall counts with your online shop.')).toEqual([]);
    expect(words('Your labels each carry a batch number and an expiry date that must be right.')).toEqual([]);
    expect(words('I know your permits expire before the season ends.')).not.toEqual([]);
    // The rule's own reading (the learned one reads this sentence apart).
    const ruled = (message: string) => {
      const request = PersonalizeRequest.parse({ ...emailRequest, sender });
      return checkPains(sentences(message), 'message', inputFacts(request)).map((f) => f.detail);
    };
    expect(ruled('Since you’re already selling at fairs, a directory of them might help.')).toEqual([]);
    expect(ruled('Since you’re already losing stock at fairs, a directory of them might help.')).not.toEqual([]);
    expect(words('Since your orders keep stalling at the border, a broker might help.')).not.toEqual([]);
  });

  it('reads "more than the office can keep on top of", "throws the queue off", missed checks, and "before anyone spots it"', () => {
    expect(words('I gather the booking side has become more than the office can keep on top of.')).not.toEqual([]);
    expect(
      words('The flip side, I understand, is that every rush order throws your whole press queue off.'),
    ).not.toEqual([]);
    expect(words('Your clients are missing their herd health checks because the reminders go out late.')).not.toEqual(
      [],
    );
    expect(words('With two kilns to watch, you’re losing whole loads before anyone spots the problem.')).not.toEqual(
      [],
    );
    // The product's doing, and a throw denied.
    expect(words('It spots a curve going wrong before anyone opens the kiln.')).toEqual([]);
    expect(words('We never throw your schedule off: rush jobs slot in.')).toEqual([]);
  });

  it('reads a question the lead’s customers ask as no hedge of the writer’s', () => {
    expect(words("Customers ringing all day asking if their bike's ready is wearing your mechanics down.")).toEqual([
      'wearing your mechanics down',
    ]);
    expect(words('I wanted to ask whether double bookings are wearing your mechanics down.')).toEqual([]);
  });

  it('reads praise of what the lead does as no trouble: "that\'s some going", "something to be proud of"', () => {
    expect(words('Fleece from three hundred breeders coming through one mill in Wensleydale is some going.')).toEqual(
      [],
    );
    expect(words('Thirty boutiques across Lagos and London stocking your adire is something to be proud of!')).toEqual(
      [],
    );
    expect(words('Eighteen thousand visitors through a working mill – that’s some going for County Down!')).toEqual([]);
    expect(words('Walks to the paintings led by guides from your community are something special.')).toEqual([]);
    expect(words('Your helmets and lanyards at Northwind are doing serious work.')).toEqual([]);
    expect(words('Your boutiques stocking adire across Lagos keep running out of stock.')).not.toEqual([]);
  });

  it('reads climbing a tower, weeks falling between months, a harvest squeezed between dates and a costing as no trouble', () => {
    expect(words('With sixty thousand people climbing the tower each year, feedback walks out the door.')).toEqual([]);
    expect(words('With the busiest weeks falling between June and August, the harbour gets full.')).toEqual([]);
    expect(words('With the harvest squeezed between October and November, records pile up fast.')).toEqual(['pile up']);
    expect(words('With commissions running for years, a costing slip can show up very late.')).toEqual([]);
    expect(words('Costing every batch at Northwind, synced with Xero.')).toEqual([]);
    expect(
      words('Cafés all week and a stall too — no wonder the 3am starts are wearing your bakers down.'),
    ).not.toEqual([]);
    expect(words('You’re underpricing installations because stem costs have jumped.')).not.toEqual([]);
    const fell = { company_context: { summary: 'Diving cooperative; membership fell 20% over five years.' } };
    expect(words('I understand the cooperative’s membership has fallen by a fifth.', fell)).toEqual([]);
    expect(
      words('Twelve suites booked by agents and direct means your availability has to be right every time.'),
    ).toEqual([]);
    expect(words('With your costs climbing, bookings may matter.')).toEqual(['climbing']);
    expect(words('With your costs climbing the way they have, bookings may matter.')).not.toEqual([]);
    expect(words('With bookings falling, the season may matter.')).toEqual(['falling']);
    expect(words('With margins squeezed, costs may matter.')).toEqual(['squeezed']);
    expect(words('With every refit costing you more, margins matter.')).not.toEqual([]);
  });

  it('reads a state of the lead’s with "before … can" or "nobody can" in it as asserted, and idioms of wear', () => {
    expect(
      words('Your drivers are spending the first hour of every shift on manual checks before the trucks can leave.'),
    ).not.toEqual([]);
    expect(words('Your loads are going overdue because nobody can see the dock schedule.')).not.toEqual([]);
    expect(words('Re-keying every load is wearing your dispatchers down.')).not.toEqual([]);
    expect(words('I know the double-handling drives your team up the wall.')).not.toEqual([]);
    // What the product lets them do is no state of theirs.
    expect(words('RouteLoop shows every load, so your team can see the dock schedule.')).toEqual([]);
  });

  it('reads idioms, a trailing condition and what can happen as no presumed problem', () => {
    expect(words('Ghost tours are my favourite, so Northwind jumped right out at me.')).toEqual([]);
    expect(words('Sunrise flights live and die by the weather.')).toEqual([]);
    expect(words('Running short of blanks must be a fierce annoyance, if it ever happens to you.')).toEqual([]);
    expect(words('Keeping track of which vouchers are used can get messy.')).toEqual([]);
    // Hard negatives: a problem stated, and "can get to" that reaches, not hedges.
    expect(words('Your no-shows jumped this spring.')).not.toEqual([]);
    expect(words('Running short of blanks must be a fierce annoyance for you.')).not.toEqual([]);
    expect(words('With estimates piling up faster than your crews can get to them, weekends vanish.')).not.toEqual([]);
  });

  it('reads what others can do after the problem, buyers questioning whether, and changeovers that keep falling apart as stated', () => {
    expect(words("I'll be blunt: you're losing orders to merchants who can deliver stone the same week.")).toEqual([
      'losing',
    ]);
    expect(
      words('Because your German buyers keep questioning whether the pieces are genuine, a certificate helps.'),
    ).not.toEqual([]);
    expect(words('Saturday changeovers keep falling apart whenever an owner forgets to tell you.')).toEqual([
      'keep falling',
    ]);
    // Hard negatives: what the product lets them do, and what can go wrong anywhere.
    expect(words('With Northwind on it, your team can stop losing orders.')).toEqual([]);
    expect(words('As Plant Manager at a foundry, you know a failed furnace fan can wreck a shift.')).toEqual([]);
  });

  it("reads a sentence led by the lead's own tool as about them, and a turnaround slowed", () => {
    const paypal = { company_context: { summary: 'Kente exporter.', keywords: [], tech_stack: ['PayPal'] } };
    expect(words('PayPal fees are eating into your margin on every order.', paypal)).not.toEqual([]);
    // The sender's product by its name is no state of the lead's.
    expect(words('RouteLoop cuts the back-and-forth that is eating into your margin.', paypal)).toEqual([]);
    expect(words('Couples going back and forth over email has been slowing your turnaround.')).not.toEqual([]);
  });

  it('reads work that depends entirely on one thing, and what gets away from their team, as presumed', () => {
    expect(words('Your film work depends almost entirely on word of mouth.')).not.toEqual([]);
    expect(words('The herd is clearly getting away from your handlers mid-season.')).not.toEqual([]);
    expect(words('Our plan depends entirely on you.')).toEqual([]);
    // "dead handy" is very handy; "dead slow" is still slow.
    const mersey = {
      company_context: {
        summary: 'Runs sightseeing cruises and private hire on the Mersey, with online booking.',
        keywords: ['river cruises', 'private hire'],
        tech_stack: ['FareHarbor'],
      },
    };
    const said =
      'Lauren from Ticketdock here. Saw you run private hire alongside the sightseeing cruises on the Mersey, which is dead handy for pricing.';
    expect(words(said, mersey)).toEqual([]);
    expect(words('Your old till is dead slow on Saturdays.')).not.toEqual([]);
  });
});
