import { describe, expect, it } from 'vitest';
import { flaggedWords } from '../../test-support/claims.ts';

const words = (message: string, over = {}) => flaggedWords('superlative', `Hi Dana, ${message} Open to a call?`, over);

describe('superlatives', () => {
  it.each([
    ["We're the only platform that integrates natively with Snowflake.", 'the only'],
    ['It is the easiest way to route loads.', 'the easiest'],
    ['It surfaces more than any other plant sourcing tool.', 'more than any other'],
    ['Toughest inspection app on the market, full stop.', 'Toughest inspection app on the market'],
    ['We are the foremost freight audit partner in Ohio.', 'the foremost'],
    ['Meet the world’s friendliest dispatch robot.', 'world’s friendliest'],
    ['RouteLoop is the ultimate load board.', 'the ultimate'],
    ['It is the top place online to post a load.', 'the top place'],
    ['It is the industry’s most sensitive load sensor.', 'industry’s most sensitive'],
    ['It is a best-rated dispatch app.', 'best-rated'],
    ['RouteLoop is quite without equal among load boards.', 'without equal'],
    ['RouteLoop is the one dispatch tool in this space that does it.', 'the one dispatch tool in this space'],
    ['Our batteries last longer than anyone else’s.', 'longer than anyone else’s'],
    [
      'There’s no party booking system out there that comes close.',
      'no party booking system out there that comes close',
    ],
    ['Honestly, there isn’t a better melt analytics tool going.', 'there isn’t a better melt analytics tool'],
    ['Texting is the fastest way to reach every guest.', 'the fastest'],
    ['Nothing on the market beats us for lift plans.', 'Nothing on the market beats us'],
    ['You won’t find a more accurate moisture reading anywhere.', 'won’t find a more accurate'],
    ['We’re the top modernization crew in the state.', 'top modernization crew in the state'],
    ['Honestly, nothing else on the market ties loads to drivers like this.', 'nothing else on the market'],
    ['It writes better load notes than any tool on the market.', 'better load notes than any'],
    ['No other dispatch portal syncs with Samsara.', 'No other dispatch portal'],
    ['No one in LTL returns quotes faster than RouteLoop.', 'No one in LTL returns quotes faster than'],
    ['Honestly, no one handles dispatch better.', 'no one handles dispatch better'],
    ['Honestly, nothing simpler exists.', 'nothing simpler exists'],
    ['RouteLoop books more loads than anyone in Reno.', 'more loads than anyone'],
    ['We are the UK’s best dispatch tool.', 'best'],
    ['No other routing API prices this way.', 'No other routing API'],
    ['It has the most thoughtful, best-designed dispatch board.', 'the most thoughtful, best-designed'],
    ['RouteLoop is the fastest option, bar none.', 'the fastest'],
    ['Our industry-leading dispatch engine helps.', 'industry-leading'],
    ['It is best-in-class for carriers.', 'best-in-class'],
    ["For dispatch there's no better way to see every load.", 'no better way'],
    ['Nothing on the market matches our sensors.', 'Nothing on the market matches our sensors'],
    ['Nothing else builds dispatch boards as fast.', 'Nothing else builds dispatch boards as fast'],
    [
      'Nothing else on the market handles custom loads this well.',
      'Nothing else on the market handles custom loads this well',
    ],
    [
      'Nothing else on the market is built this tightly around dispatch.',
      'Nothing else on the market is built this tightly',
    ],
    ['No other routing tool understands LTL like we do.', 'No other routing tool understands LTL like we do'],
    ["You won't find a better fit.", "won't find a better"],
    ['Nobody else does automatic assignment.', 'Nobody else'],
    ['It is the most accurate engine in the industry.', 'most accurate'],
    ['RouteLoop is the #1 dispatch tool for carriers.', 'the #1'],
    ["It is the UK's leading routing platform.", 'leading'],
    ["It is the UK's number one routing tool.", 'number one'],
    ['It is the most-used routing app for carriers.', 'most-used'],
    ['It has become the industry-standard load board.', 'industry-standard'],
    ['RouteLoop is hands down the dispatch system to beat.', 'to beat'],
    ['RouteLoop is rated the top dispatch platform by carriers.', 'rated the top'],
    ['Honestly, nobody does dispatch for reefer fleets like we do.', 'like we do'],
    ['Honestly — simplest dispatch tool you’ll find.', 'simplest'],
    ['Fleets say there’s no faster way to get quotes.', 'no faster way'],
    ['RouteLoop is #1 in detention recovery.', '1 in'],
    ['It is the one dispatch tool reefer carriers can’t live without.', 'live without'],
    ['Nobody in LTL dispatch covers more ground.', 'more'],
    ['It is the gold-standard routing engine for carriers.', 'gold-standard'],
    ['Honestly, nothing on the market handles dispatch + tracking like we do.', 'like we do'],
    ['It plans loads with accuracy no spreadsheet or competitor can touch.', 'touch'],
  ])('flags %j', (sentence, expected) => {
    expect(words(sentence)[0]).toContain(expected.split(' ').at(-1));
  });

  it('flags a superlative opening a line, never the sign-off', () => {
    const said = (message: string) => flaggedWords('superlative', message);
    expect(said('Hi Dana,\nFastest path from dispatch to driver. Open to a call?')).toEqual(['Fastest']);
    expect(said('Hi Dana, open to a call next week?\n\nBest\nSam')).toEqual([]);
    expect(said('Hi Dana, open to a call next week?\n\nBest, Sam')).toEqual([]);
  });

  it('flags nobody doing better than the sender and nothing easier to be found', () => {
    expect(words('Nobody handles heavy, fragile freight better than we do.')).toEqual([
      'Nobody handles heavy, fragile freight better than',
    ]);
    expect(words('Nobody casts thicker panels than we do.')).toEqual(['Nobody casts thicker panels than we']);
    expect(words('You won’t find an inventory app that’s easier.')).toEqual([
      'You won’t find an inventory app that’s easier',
    ]);
  });

  it('flags a comparative no one else reaches, in the ways writers put it', () => {
    expect(words('Nobody builds a clearer block. Period.')).toEqual(['Nobody builds a clearer block']);
    expect(words("There's no smarter way to run a shuttle fleet on a river.")).toEqual(["There's no smarter way"]);
    expect(words("There simply isn't a better seed bead supplier in the country.")).toEqual([
      "There simply isn't a better seed bead supplier",
    ]);
    expect(words("Currencly syncs with Fortnox, at exchange rates you won't beat anywhere.")).toEqual([
      "you won't beat",
    ]);
    // Hard negatives: what nobody wants, an agent noun after "no", a beat not the sender's.
    expect(words('Nobody wants a slower checkout at the fair.')).toEqual([]);
    expect(words("There's no driver app to install, it runs in the browser.")).toEqual([]);
    expect(words("You can't beat a sunny Saturday for footfall, can you?")).toEqual([]);
    expect(words('A week of harp in Connemara sounds like the best kind of organised chaos.')).toEqual([]);
    expect(words('Steady ice data could help you get the most from that investment.')).toEqual([]);
    // A hedge in another clause hedges nothing of this one; "rarely the easiest" ranks nothing.
    expect(words("It's the smartest survey tool for event suppliers, and agencies rebook far more often.")).toEqual([
      'the smartest',
    ]);
    expect(words('Our elements ship in 48 hours and outlast anything else on the market.')).toEqual([
      'outlast anything else',
    ]);
    expect(words('Parish registers are rarely the easiest items to scan.')).toEqual([]);
    expect(words('Donors are often the most reliable part of the year.')).toEqual([]);
  });

  it('flags a ranking against any other, even in words of time', () => {
    expect(words('RouteLoop gives carriers the earliest alerts of any system available.')).toEqual([
      'the earliest alerts of any',
    ]);
    expect(words('It was the hardest winter of all the ones I remember.')).toEqual([]);
  });

  it('accepts the nearest tech and the hardest numbers to move', () => {
    expect(words('RouteLoop dispatches the nearest driver automatically.')).toEqual([]);
    expect(words('Detention is one of the hardest numbers to move.')).toEqual([]);
    expect(words('That is why we built it in the first place.')).toEqual([]);
    expect(words('Contract lanes are probably the steadiest revenue you have.')).toEqual([]);
  });

  it('flags being number one somewhere, and no other product coming close', () => {
    expect(words('RouteLoop is number one in Japan.')).toEqual(['number one in']);
    expect(words('No other load planner comes close.')).toEqual(['No other load planner comes close']);
    expect(words('Dispatch is number one in line for it.')).toEqual([]);
  });

  it('accepts the writer’s guess about the lead’s trade, not about the sender', () => {
    expect(words('Freight has to be one of the most seasonal trades around.')).toEqual([]);
    expect(words('Dispatch is about the most stubborn job I can think of.')).toEqual([]);
    expect(words('Fuel must be one of the largest lines in your costs.')).toEqual([]);
    expect(words('Running six depots can’t be the handiest job going.')).toEqual([]);
    expect(words('RouteLoop has to be the most accurate planner, and we prove it.')).toEqual(['the most accurate']);
  });

  it('flags nothing faster, a catalogue this deep from no other, and no tool that does it better', () => {
    expect(words("There's simply nothing faster at the front desk.")).not.toEqual([]);
    expect(words('No other distributor offers a catalogue this deep at that price.')).not.toEqual([]);
    expect(words("You won't find a quoting tool that understands heritage work better.")).not.toEqual([]);
    expect(words('No other week this year was this busy for you, I imagine.')).toEqual([]);
  });

  it('flags no other offering it, no one matching us, and what is simply not found anywhere else', () => {
    for (const claim of [
      'No other lab offers that turnaround with the same accreditation.',
      'No one in Australia matches our print quality on small runs.',
      'It is the most realistic 3D configurator available to luthiers.',
      'There is simply no safer drysuit programme in Japan.',
      'Nobody in the market gets a small boat better cover for the money.',
      'No other insurer writes cover this specialised.',
      'You simply won’t find better-matched tops anywhere in Europe.',
      'There’s simply no better inventory tool for model retailers.',
    ])
      expect(words(claim)).not.toEqual([]);
    expect(words('No other guests were booked that weekend, so the hall was quiet.')).toEqual([]);
  });

  it('accepts the best of the lead’s own reviews and hoping for the best', () => {
    expect(words('ReviewRelay pulls your reviews in and shows the best ones on your website.')).toEqual([]);
    expect(words('I’d guess the rota lives in Sheets and a fair bit of “hope for the best”.')).toEqual([]);
    expect(words('ReviewRelay is the best review tool for dive shops.')).toEqual(['the best']);
  });

  it('accepts good wishes and the best address to send a sample to', () => {
    expect(words('I hope this finds you in the best of health.')).toEqual([]);
    expect(words('Hope the season is busy in the best way at Northwind!')).toEqual([]);
    expect(words('Want a sample kit? Just reply with the best delivery address.')).toEqual([]);
    expect(words('What is the best number to reach you on?')).toEqual([]);
    expect(words('We are the best email partner a shipper can have.')).toEqual(['the best']);
    expect(words('It is the best way to track loads.')).toEqual(['the best']);
  });

  it('accepts more than anyone can handle', () => {
    expect(words('Requests arrive faster than any team can sort them by hand.')).toEqual([]);
    expect(words('Reporting produces more numbers than anyone can act on.')).toEqual([]);
  });

  it('accepts questions, sign-offs and hedged generalisations', () => {
    expect(words('Lien auctions take up more calendar time than anyone would like.')).toEqual([]);
    expect(words('You’ll know better than anyone how turnover and staffing pull apart.')).toEqual([]);
    expect(words('Our largest project so far was 3.2 million pages for a state archive.')).toEqual([]);
    expect(words('A truck waiting on a part is the most expensive kind of delay.')).toEqual([]);
    expect(words("What's the best way to reach you?")).toEqual([]);
    expect(words('Pollination under tunnels is fiddly at the best of times.')).toEqual([]);
    // A line opening on "Only platform…" is a uniqueness claim; "only a few minutes" is not.
    expect(flaggedWords('superlative', 'Hi Dana,\n\nOnly platform built for fire protection. Call?')).toEqual([
      'Only platform',
    ]);
    expect(flaggedWords('superlative', 'Hi Dana,\n\nOnly a few minutes of your time. Call?')).toEqual([]);
    expect(
      flaggedWords('superlative', 'Wes, Trent here. Only order tracker built just for taxidermists. Call?'),
    ).toEqual(['Only order tracker']);
    expect(flaggedWords('superlative', 'Wes, Trent here. Only thing built in 2019 was the barn. Call?')).toEqual([]);
    expect(words('It is not revolutionary, but useful.')).toEqual([]);
    expect(words('Onboarding has probably moved online faster than anyone planned for.')).toEqual([]);
    expect(words('As plant manager you’ll know scrap rates better than any vendor.')).toEqual([]);
    expect(words('I remember her car pulling in at all hours because nobody else covered that stretch.')).toEqual([]);
    expect(words('Mid-size shippers are often the most careful buyers.')).toEqual([]);
    expect(words('Hand-split shingles for stave churches is specialist work of the highest order.')).toEqual([]);
    expect(words('A bookshop on a narrowboat is about the most charming business I can picture.')).toEqual([]);
    expect(words('In a big walking group the folks at the back can miss the best line of the story.')).toEqual([]);
    expect(words('Every piece of sea glass is one of a kind, so stock gets fiddly.')).toEqual([]);
    expect(words('RouteLoop is one of a kind.')).not.toEqual([]);
    expect(words('A seaweed bath and the pier sauna sounds like the best possible end to a wet day.')).toEqual([]);
    expect(words('Our new board sounds like the best dispatch tool around.')).not.toEqual([]);
    expect(flaggedWords('superlative', 'Hi Dana, open to a call?\n\nAll the best,\nSam')).toEqual([]);
  });

  it("accepts the lead's own superlative said back, never one about the sender", () => {
    const fuel = { company_context: { summary: 'Operates 7 harbour tugs; fuel is the largest operating cost.' } };
    expect(words('Fuel is Northwind’s biggest operating cost, so every litre counts.', fuel)).toEqual([]);
    const own = { company_context: { summary: 'Northwind says driver turnover is its biggest cost problem.' } };
    expect(words('Driver turnover is the biggest cost line Northwind fights.', own)).toEqual([]);
    expect(words('We are the biggest routing platform.', own)).toEqual(['the biggest']);
  });

  it('flags there being nothing better, or nothing more accurate on the market', () => {
    expect(words('There’s simply nothing better for keeping loads on time.')).not.toEqual([]);
    expect(words('There’s no more accurate route planner on the market.')).not.toEqual([]);
    expect(words('There’s nothing out there that makes dispatch look this easy.')).not.toEqual([]);
    expect(words('There’s nothing better than a quiet Friday, I know.')).not.toEqual([]);
    expect(words('Honestly, there’s nothing safer for shipping live trees.')).not.toEqual([]);
    expect(words('There’s genuinely nothing else this simple for small repair workshops.')).not.toEqual([]);
    expect(words('Without doubt best tool for boat rentals in Central Europe.')).not.toEqual([]);
    expect(words('There is simply no more reliable connection in the Pantanal.')).not.toEqual([]);
    expect(words('There’s no better B2B portal for small makers at this price.')).not.toEqual([]);
    expect(words('There is nothing on the market that seals better against moth.')).not.toEqual([]);
    expect(words('Nothing else matters as much as the first ride.')).toEqual([]);
    expect(words('Honestly, there is no faster route for a small brewery into US distribution.')).not.toEqual([]);
    expect(words('There’s no faster way to learn than trying it on your own tables.')).not.toEqual([]);
  });

  it('flags none of a kind doing it as well, an "-est" opening a sentence, and the toughest anywhere', () => {
    expect(words('No other device on the market reads the rope core as precisely.')).not.toEqual([]);
    expect(words('No crate maker in Europe protects glass better.')).not.toEqual([]);
    expect(words('No other marketplace sends venues better-qualified guests.')).not.toEqual([]);
    expect(words('Nobody in New England grades cedar tighter than we do.')).not.toEqual([]);
    expect(words('Lani at ClearMask. Clearest low-volume masks made, ideal for your swims.')).not.toEqual([]);
    expect(words('Our sensors send line tension to your phone – toughest sensors on the water.')).not.toEqual([]);
    // None of a kind, said of the lead's day or of no sender at all.
    expect(words('No booking slips through, and no guest waits longer at the desk.')).toEqual([]);
    expect(words('No two harvests look the same, so no season runs the same way.')).toEqual([]);
    expect(words('Warmest wishes to the crew. Earliest slot I have is Tuesday.')).toEqual([]);
  });

  it('reads none matching the sender at length, "no smoother X anywhere" and "clearest footage you\'ll get"', () => {
    expect(words('No other lender in Nigeria understands foundry work like we do.')).not.toEqual([]);
    expect(words('No one gets a small forge in front of gift buyers better than we do.')).not.toEqual([]);
    expect(words("There's no smoother checkout for a tour operator anywhere in East Africa.")).not.toEqual([]);
    expect(words("Rent waterproof cams for the jumps — clearest footage you'll get, no question.")).not.toEqual([]);
    // "No longer" compares nothing; "hard to beat" and "in the truest sense" are praise and idiom.
    expect(words('No longer will a guest wait anywhere near the desk.')).toEqual([]);
    expect(words('Llama treks plus a night on the farm sounds hard to beat.')).toEqual([]);
    expect(words('Lettering in slate is permanent in the truest sense.')).toEqual([]);
    expect(words('Ours is the truest colour match, and the rig to beat.')).not.toEqual([]);
  });
});
