import { describe, expect, it } from 'vitest';
import { flaggedWords } from '../../test-support/claims.ts';
import { sender } from '../../test-support/fixtures.ts';

const words = (message: string, over = {}) => flaggedWords('social_proof', `Hi Dana, ${message} Open to a call?`, over);

describe('sender social proof', () => {
  it.each([
    'Teams like Stripe use us.',
    'Our customers typically see faster dispatch.',
    'Trusted by leading hospitals.',
    'A regional bank we onboarded last quarter loved it.',
    'Most engineering leaders we work with cut their AWS bill.',
    'Regional carriers already lean on RouteLoop.',
    'We helped a retailer cut returns.',
    'Happy to share a case study.',
    'Your competitors in Austin have been automating this for a year.',
    'A shop just down the road from you cut its returns in half.',
    'Several clinics in your area already switched.',
    'I work with a few dispatch teams near Denver.',
    'Brokerages that switch to RouteLoop usually see check calls drop within a month.',
    'Fleets like yours typically cut empty miles in the first quarter.',
    'Most carriers on our platform hit on-time targets.',
    'Our regional freight clients routinely save a day per load.',
    'Our fleets see dwell time fall within a month.',
    'Carriers typically see payback in the first quarter.',
    'Sixty brokerages have cut check calls in half.',
    'Dispatchers describe it as transformational.',
    'Flatbed carriers across Texas have moved their dispatch boards to RouteLoop.',
    'Shippers like Northwind usually win back a day a week.',
    'Dispatchers across the region keep recommending us.',
    'Carriers from Houston to Dallas run RouteLoop.',
    'Brokerages in the North of England have already made the switch.',
    'Loads of Surrey fleets have swapped their spreadsheets for RouteLoop.',
    'Most of the regional carriers we onboard say dispatch gets easier.',
    "Scottish hauliers who've moved to it tend to finish the season early.",
    'Brokerages in the North West that use our load board have cleared their backlogs.',
    'Several New England co-ops have switched their ordering over to us this year.',
    'Healthcare shippers across the Southeast have trusted it on their biggest lanes.',
    'Every CISO I’ve shown this to ends up asking for a trial.',
    'Marinas using our booking add-on fill more slips.',
    'Parks that add our virtual queue see shorter lines.',
    'Brokers near you are already using it.',
    'The ops team at another Gulf Coast 3PL told us detention charges basically disappeared.',
    'Families consistently tell our carriers how easy it was.',
    'Safety managers at other LTL carriers say their drivers watch the clips.',
    'Dealers who’ve switched tell us they sell more loads.',
    'Processors using it have cut audit prep dramatically.',
    'Customs teams across Europe have made RouteLoop their default.',
    'Roasters who move wholesale orders to RouteLoop rarely go back.',
    'A mid-sized carrier on our client list caught a failing reefer overnight.',
    'Harbormasters up and down the coast swear by RouteLoop.',
    'Dispatch leads give RouteLoop glowing reviews.',
    'A 40-truck fleet in Ohio rebuilt its on-call rotation with RouteLoop.',
    'Shippers in your situation have found real relief with RouteLoop.',
    'Directors at other carriers call RouteLoop a game-changer.',
    'Since moving to RouteLoop, our bowling centers stopped losing party slots.',
    '12,000 drivers already get their load alerts from RouteLoop.',
    'We haven’t lost a carrier yet.',
    'Dispatch managers call RouteLoop a lifesaver.',
    'It’s already in depots from coast to coast.',
    'It is what the bigger Nordic carriers already run.',
    'RouteLoop has become the default for regional carriers.',
    'We earned a reputation among cold-chain shippers.',
    'It is the name dispatchers recommend to each other.',
    'Brokers rave about RouteLoop in their reviews.',
    'Our NPS among regional carriers keeps climbing.',
    'The fleets I’ve set this up for haven’t looked back.',
    'Sonoma carriers are already piloting it.',
    'Regional brokers consistently rate RouteLoop’s tracking above their legacy portals.',
    'Carriers that switch rarely go back.',
    'Brokers that pipe our load data into Samsara see better on-time rates.',
    'Carriers who’ve tried it won’t go back.',
    'Since launch, our carriers love that part.',
    'Regional shippers we know can’t live without it.',
    'The Field Museum team uses it.',
    'Shops that switched from paper tickets book more loads.',
    'Dispatch leads who’ve switched say they are done before noon.',
    'Brokers that move their tendering to us stop chasing carriers by phone.',
    'Regional carriers have been among our fastest adopters.',
    'Growers who come to us from spreadsheets rarely want to go back.',
    'Yoga studios on it convert way more intro offers.',
    'Growers like Mastronardi run it.',
    'Every laundromat owner in your area has already switched.',
    'Most of the hotel laundries on your side of the country have switched over to us.',
    'I help marinas across Georgia clear theirs.',
    'Denim laundries typically pay back a machine in 14 months.',
    'We run the bar POS for lots of bowling centers.',
    'Salvors up and down the coast call RouteLoop first.',
    'We’ve digitized title plants for abstract companies much like yours.',
    'Many family bakeries we work with tell us the early morning is the hardest part.',
    'Many leading law firms entrust us with their filings.',
    'Plenty of media companies already route their files through it.',
    'Agencies send our white-label SEO reporting to their clients.',
    'That is what we hear from every cheese plant engineer.',
    'We have had the honor of translating employment contracts for banks.',
    'Salvage crews we supply never wait on a replacement.',
    'Haulers all over the Mountain West use my load planner.',
    'Island operators up and down the coast plan their vehicle decks with RouteLoop.',
    'Operators we’ve set this up for answered fewer calls.',
    'Cleveland Clinic tracks its linen with us.',
    'Contractors across Tennessee have been snapping up our compact brine makers.',
    'Growers up and down the lakeshore rent our hives every spring.',
    'Every towing outfit I’ve briefed this quarter moved crew scheduling off spreadsheets.',
    'On comparable fleets, our fuel monitoring has cut fuel burn by a fifth.',
    'Our colonies now pollinate for roughly a third of the UK’s strawberry growers.',
    'Every co-op that’s flown with us has renewed.',
    'Regional hospitals around you have cut elevator downtime sharply.',
    'We run freight audit for Wayfair’s logistics team.',
    'Nurseries that put their availability list online with us say it pays off.',
    'Agencies that move dispatch to RouteLoop fill last-minute requests in minutes.',
    "Generator and St Christopher's Inns both price their dorm beds with RouteLoop.",
    'Cold-chain shippers are where RouteLoop really took off.',
    'Brokers in your size range have been lining up to move to it.',
    'Carriers keep ripping out their old boards for us.',
    'A fleet much like yours rolled us out last spring.',
    'Mills across the Carolinas have been standardizing on RouteLoop.',
    'A large regional carrier’s maintenance arm cut its downtime sharply.',
    'Libraries nationwide handle room reservations with our booking tool.',
    // The product in others' hands, liked, chosen, or moved to.
    'RouteLoop is already running in cold-chain fleets much like yours.',
    'We’re already live at Penske, so your peers may know us.',
    'Reefer carriers love how RouteLoop handles detention.',
    'RouteLoop is the dispatch tool of choice for regional carriers.',
    '3PLs that adopt RouteLoop usually cut empty miles at peak.',
    'Logistics teams are flocking to RouteLoop for load assignment.',
    'Carriers that start with RouteLoop almost never leave.',
    'Other brokerages already swear by it.',
    'Fleets in our network recover the cost within a quarter.',
    'Brokerages that moved off spreadsheets say the time saved alone paid for RouteLoop.',
    'RouteLoop has quite a reputation among reefer carriers.',
    'It has become the default dispatch tool for reefer fleets.',
    'RouteLoop is a fixture in cold-chain fleets.',
    'Carriers tend to stick with RouteLoop for the long haul.',
    'A dispatcher told me RouteLoop gave her team their Fridays back.',
    'What fleet owners keep recommending to each other is RouteLoop.',
    'Our pallets are already in grocery warehouses across the state.',
    'The biggest regional logistics teams have all moved their dispatch to RouteLoop.',
    // What all or most others choose, demand, referrals, word of the trade, a customer quoted.
    'It’s the dispatch tool every serious reefer carrier in Texas relies on.',
    'We’re the team most Reno brokerages call when a load goes sideways.',
    'Northwind could text ETAs from its TMS like most carriers in town already do.',
    'We’ve got a waitlist of carriers for onboarding right now.',
    'Freight brokers in Reno already point their shippers our way.',
    'RouteLoop is the talk of every carrier association meeting.',
    'As one ops director put it to me last month, “it gave my dispatchers their mornings back.”',
    'We’re the go-to dispatch partner for reefer fleets.',
    'It’s used by 400 logistics teams, including Penske.',
    'Fleets that roll it out see far fewer empty miles.',
    'We also work with Amazon’s freight team.',
    'Our onboarding NPS with dispatchers sits at 71.',
    'Dispatchers in our annual survey named RouteLoop their favorite tool.',
    'A couple hundred logistics teams book their loads through us.',
    'Every carrier that tried RouteLoop last year renewed.',
    'We just expanded our rollout at Harbor Freight to cover their reefer lanes.',
    'A carrier not far from you found a billing leak with RouteLoop.',
    'Fleets in Reno that added RouteLoop doubled their backhauls.',
    'Carriers that install RouteLoop see fewer empty miles.',
    'Reefer fleets along your stretch of I-80 already book loads through RouteLoop.',
    'RouteLoop plans loads for carriers up and down the coast.',
    'We schedule pickups for over 400 regional carriers.',
    'It keeps dispatch tidy, like it does for most reefer fleets.',
    'RouteLoop already runs dispatch for Penske and Ryder.',
    'Carriers much like yours have been routing after-hours calls to us for years.',
    'Nearly every reefer fleet in Reno has at least a pilot running with us.',
    'Food trucks all over town book their gigs through our inquiry form.',
    'RouteLoop is sold by more than 300 freight brokers.',
    'A good chunk of the reefer world already runs on it.',
    'Co-ops across the Prairies made the switch last year.',
    'We look after a lot of Reno’s carriers already.',
    'The larger fleets have mostly moved across to us.',
    'Fleets on our load board program see fewer empty miles.',
    'A couple of carriers I advise cut detention in half.',
    'Penske and Ryder rely on RouteLoop to plan their lanes.',
    'Penske’s reefer team has used it since 2021.',
    'Ryder’s Reno team assigns its loads through RouteLoop.',
    'Penske franchisees and Ryder have rolled RouteLoop out.',
    'The Reno fleets have been on RouteLoop for years.',
    'Every carrier in Reno that’s tried it has kept it.',
    'The bigger Reno fleets have quietly moved their dispatch onto our platform.',
    'Brokers in Reno quote through us every day.',
    'Fleets we set up typically run two weeks ahead.',
    'Brokers that list with us clear loads a lot faster.',
    'Crews on our scheduler finish routes by noon.',
    'Carriers that centralize dispatch with RouteLoop typically get days back.',
    'Reefer fleets running our retention flows keep more drivers.',
    // What others choose, as a clause ending on the verb; moves made with the sender's help.
    'RouteLoop is the dispatch tool reefer carriers across the South rely on — it syncs with Samsara.',
    'It’s what a lot of Corn Belt carriers use to plan loads.',
    'RouteLoop is what brokers around the Hill Country schedule on, and for good reason.',
    'RouteLoop is the platform most regional carriers in the South West now use for tendering.',
    'Several Alaska co-ops have moved off Excel with our help.',
    'We’ve set this up for school districts across Minnesota.',
    'Movers all over Colorado have switched to video estimates.',
    'Shippers across Sydney credit RouteLoop with finally taming detention.',
    'Bike shops I’ve worked with in Leeds have doubled their rebookings.',
    'The freight brands we’ve built for typically keep more drivers.',
    'Nearly every carrier I’ve advised was underpricing its lanes.',
    'Owners like you are pulling in more per truck since switching to our app.',
    'We’ve seen carriers shave days off their dispatch once loads sync.',
    'Other carriers fill lanes faster with our load board.',
    'Reefer fleets in Texas plan loads in minutes with our Samsara add-on.',
    'Brokers that pair tendering with tracking see on-time rates jump.',
    'I run a dispatch tool that reefer carriers in the region already use.',
    'Dispatch boards that small reefer fleets across the country rely on.',
    'Dispatchers who tried it say the dock finally knows when trucks arrive.',
    'We trimmed empty miles 18% for a fleet like yours.',
    // Customers named in a list, the sender's customers by kind, a result in their first weeks.
    'Ballparks like Wrigley Field and Fenway plan their freight on it.',
    'Our growers plan whole seasons in an afternoon.',
    'Carriers recovered 310 pallets in their first month.',
    // Early adopters, others served, others nearby, others who replaced their tools or tried it.
    'Reefer fleets have been some of our earliest adopters.',
    'We already run dispatch for other reefer carriers.',
    'Fleets around you are already booking loads through it.',
    'Carriers who replaced their whiteboards with ours tend to say dispatch got calmer.',
    'Brokerages that try RouteLoop tend to stay for years.',
    'Carriers that have rolled them out have stopped chasing drivers by phone.',
    'Depots we’ve audited almost always find idle trailers.',
    'Family-run fleets like yours have picked it up for exactly this reason.',
    'Other freight platforms saw tender acceptance jump.',
    'We already protect over a thousand trucks for fleets like Penske.',
    'Carriers on Samsara love how neatly it fits.',
    'Dispatch teams at other carriers have stopped chasing drivers since moving onto RouteLoop.',
    'Ranches all over southern Arizona count their hay with us now.',
    'Surveying firms across Virginia send us their plat drafting.',
    'Reefer outfits your size run their whole day on it.',
    'Septic outfits like yours fill their slow months with our reminders.',
    'Venues that turn it on typically stop losing couples.',
    'Dozens of carriers now route their tenders through our workflow.',
    'Express fleets that plug RouteLoop into Samsara usually win back lost loads.',
    'The carriers on it see detention drop.',
    'Locksmiths who hand us their after-hours calls stop losing lockouts.',
    'Funeral homes across the state consider it the gentlest planning tool.',
    'Carriers on our reactivation texts get lapsed shippers back within weeks.',
    'Breweries that bring us in usually stop shipping flat cans.',
    'Fleets that bring in RouteLoop typically cut empty miles.',
    'Our carriers hold onto more drivers.',
    'Fleets like Harbor Freight have seen detention drop.',
    'Depots like Brightline book about a third more loads once RouteLoop is live.',
    'Reefer fleets that tried it saw drivers come back more often.',
    'Dispatchers love booking loads through us.',
    'Crane companies across the region run their yards on it.',
    'Several reefer carriers already quote their lanes in RouteLoop.',
    'Several of the country’s major brokers now tender with RouteLoop.',
    'Fleets that plug us into Samsara usually see detention drop.',
    'We’ve mapped delivery routes for a number of grocery chains.',
    'Depots like Sunrise Cold Storage breeze through audit prep with it.',
    'Carriers on Samsara tend to see dispatchers close more loads.',
    'Brokers that switch fill far more backhauls.',
    'Shippers who switch say the Monday scramble is gone.',
    'Growers that move their lists to RouteLoop stop fielding the same “is it still there?” calls.',
    'Dispatchers who fit our sensors in their trailers catch temperature swings early.',
    'Werner and Schneider both dispatch with us.',
    'The fleets that move over rarely look back.',
    'Most Midwest carriers have our load board on every desk now.',
    'Carriers across the Carolinas have turned to RouteLoop.',
    'LTL brands on Samsara tend to come to us after one peak season too many.',
    'Every dispatcher I talk to says so.',
    'Brokers taking tenders online cut empty miles by 30%.',
    'Shippers who’ve added RouteLoop hear the same thing from drivers.',
    'Carriers across Texas who’ve started tagging their trailers say it pays off.',
    'Dispatch managers tell us RouteLoop gives them their evenings back 🚚 Want a peek at how?',
    'Support teams we’ve rolled this out with stopped hand-tagging altogether.',
    'Couriers already using it book more loads.',
    'Firms that switched haven’t had a missed pickup since.',
    'Park owners around the state have been really happy with it.',
    'We’re the tool behind the best-run dispatch teams in Texas.',
    'RouteLoop runs at 6 rail yards, including Geismar Yard.',
    'Cintas depots in Ohio saw similar results.',
    'The big national brands run their summer programs on it.',
    'Denso suppliers have trusted our gauges for years.',
    'Restaurant groups in Manhattan already count inventory this way.',
    'Pool routes we’ve optimized usually add a stop a day.',
    'Other auction houses place their cover through us.',
    'Power producers your size send their inspection imagery to RouteLoop.',
    'We already supply Werner and three of its depots.',
  ])('flags %j', (sentence) => {
    expect(words(sentence)).toHaveLength(1);
  });

  it('accepts the approved proof points, quoted or paraphrased', () => {
    expect(words('RouteLoop is used by 400 logistics teams.')).toEqual([]);
    expect(words('400 logistics teams already use RouteLoop.')).toEqual([]);
    expect(words('Harbor Freight cut empty miles by 18% with us.')).toEqual([]);
    expect(words('Teams like yours often weigh this.')).toEqual([]);
    expect(words('Teams in your position often weigh whether to keep it in Salesforce.')).toEqual([]);
    expect(words('We work with memoQ and XTM exports.')).toEqual([]);
    expect(words('Rounds like that usually bring a wave of new accounts.')).toEqual([]);
    expect(words('An older organ feels like home to us.')).toEqual([]);
    expect(words('Freight brokerages get hit with invoice-fraud phishing constantly.')).toEqual([]);
    expect(words('We’ve got hourly prep space and overnight parking.')).toEqual([]);
    const engineers = { sender: { name: 'Sam', proof_points: ['Used by 1,400 engineers'] } };
    expect(words('Engineers like it, and about 1,400 of them use it now.', engineers)).toEqual([]);
    expect(words('I work with facilities teams on HVAC energy use in hospitals.')).toEqual([]);
    // "EstiMate" as spelled is the product; "send the estimate" is a step.
    const estimate = {
      sender: { name: 'Sam', company: 'EstiMate', proof_points: ['Used by 420 tree care companies'] },
    };
    expect(words('Snap the tree, mark the crane work, send the estimate.', estimate)).toEqual([]);
    expect(words('Crews send their quotes through EstiMate.', estimate)).not.toEqual([]);
    // A count of places it runs in, in words too.
    expect(words('RouteLoop runs in over a thousand depots now.')).toEqual(['runs in over a thousand']);
    expect(words('RouteLoop runs in the background of your TMS.')).toEqual([]);
    // A result ("trimmed their empty miles") needs a proof point that states one for them all.
    const carriers = {
      sender: {
        name: 'Sam',
        proof_points: ['Used by 110 livestock carriers', 'Cut empty miles by 12% for Big Sky Cattle Haulers'],
      },
    };
    expect(words('Most livestock carriers we work with trimmed their empty miles.', carriers)).not.toEqual([]);
    // A heading over the proof points below names no claim of its own.
    expect(words('Here is the gist.\n\n**Track record**\n- Used by 400 logistics teams\n\nWorth a look?')).toEqual([]);
    expect(words('Our track record with shippers is strong.')).not.toEqual([]);
    // The lead as an example of its kind: what is offered to them, or what the writer wonders about them.
    expect(words('RouteLoop adds load boards to shippers like Northwind Logistics.')).toEqual([]);
    expect(words('Rates move fast, and I’ve been curious how shippers like Northwind Logistics keep up.')).toEqual([]);
    expect(words('Shippers like Northwind Logistics cut empty miles with RouteLoop.')).not.toEqual([]);
    // The lead's own things depending on something are no customers.
    expect(words('Rosters have to move fast, and your margins depend on it.')).toEqual([]);
    expect(words('Rosters have to move fast, and turnaround times depend on it.')).toEqual([]);
    expect(words('Regional carriers depend on it.')).toEqual(['depend on it']);
    // The proof point's count, its kind called by a shorter or plainer name.
    const tuners = { sender: { name: 'Sam', proof_points: ['Used by 400 piano technicians'] } };
    expect(words('We built reminders for tuners; 400 techs use it.', tuners)).toEqual([]);
    expect(words('We built reminders for tuners; 600 techs use it.', tuners)).toEqual(['use it']);
    const clinics = {
      sender: { name: 'Sam', proof_points: ['Used in 500 clinics', 'Works with all major hearing aid manufacturers'] },
    };
    expect(words('RouteLoop is used in 500 clinics and works with all major manufacturers.', clinics)).toEqual([]);
    expect(words('Your work across Georgia and the Carolinas caught my eye.')).toEqual([]);
    expect(words('Your audits like to see clean cold chain records.')).toEqual([]);
    const sites = {
      sender: {
        name: 'Sam',
        proof_points: ['Deployed at 150 cold storage sites', 'Deployed in 75 North American utilities'],
      },
    };
    expect(words('Track record: 150 cold storage sites.', sites)).toEqual([]);
    expect(words('Aging mains are a familiar picture for the utilities we work with.', sites)).toEqual([]);
    expect(words('For projects that run over a long period, it can make Excel less central.')).toEqual([]);
    const typical = { sender: { name: 'Sam', proof_points: ['Typical 15% revenue lift after retrofit'] } };
    expect(words('Owners typically see a 15% revenue lift.', typical)).toEqual([]);
    expect(
      flaggedWords('social_proof', 'Hi Dana,\n\nTracks using RouteLoop typically see handle climb. Call?'),
    ).toHaveLength(1);
    // An aside is its own claim; a single customer's switch is no trend.
    const envoy = { sender: { name: 'Sam', proof_points: ['Used by the Envoy build team'] } };
    expect(words('We build a remote cache for Bazel (the Envoy build team runs it), and it is fast.', envoy)).toEqual(
      [],
    );
    const renal = { sender: { name: 'Sam', proof_points: ['Reduced missed treatments by 18% at Lakeshore Renal'] } };
    expect(words('Lakeshore Renal reduced missed treatments by 18% after moving to us.', renal)).toEqual([]);
    // The trust is the claim, not its reasons; the product by the company's name without "Software".
    const globe = { sender: { name: 'Sam', company: 'RouteLoop', proof_points: ['Employs people in 95 countries'] } };
    expect(
      words('Remote-first companies trust RouteLoop for payroll because we employ in 95 countries.', globe),
    ).toHaveLength(1);
    const yard = { sender: { name: 'Sam', company: 'YardBird Software' } };
    expect(words('Pool operators who switched to YardBird say dispatch finally runs.', yard)).toHaveLength(1);
    // "in the West" says "in the western US"; "converted" says "conversion".
    const west = { sender: { name: 'Sam', proof_points: ['Used by 45 irrigation districts in the western US'] } };
    expect(words('45 irrigation districts in the West run on it.', west)).toEqual([]);
    const conversion = {
      sender: { name: 'Sam', proof_points: ['Conversion up 2.3x for try-on users at Barton Optics'] },
    };
    expect(words('At Barton Optics, users who tried try-on converted 2.3 times as often.', conversion)).toEqual([]);
    expect(words('Is anyone in your area doing this yet?')).toEqual([]);
    expect(words('I work with your ops team on the rollout.')).toEqual([]);
    // Whom the writer serves, by kind, is no customer claim.
    expect(words('I work with regional carriers on dispatch.')).toEqual([]);
    expect(words('Your dispatchers have moved their boards over to it already?')).toEqual([]);
    // What many peers say of a problem is a hedged generalisation.
    expect(words('A lot of ops directors tell me intake is where the week goes.')).toEqual([]);
    expect(words('Dispatchers I talk to often say check-in is where shifts get messy.')).toEqual([]);
    expect(words('Ops leads I speak with often call it the job behind the job.')).toEqual([]);
    expect(words('Ops leads I speak with say they love us.')).toHaveLength(1);
    // The lead's own stack after a semicolon is not a customer of the sender.
    expect(words('Noticed Northwind runs on Snowflake; RouteLoop plugs straight into it.')).toEqual([]);
    const average = { sender: { name: 'Sam', proof_points: ['Average 11 days faster delivery for customers'] } };
    expect(words('Our customers see delivery 11 days faster on average.', average)).toEqual([]);
    // "…for carriers" is a kind of customer, so carriers using it may say it; figures compare by value.
    const kind = { sender: { name: 'Sam', proof_points: ['Recovered $1.3M in detention for carriers in 2024'] } };
    expect(words('Carriers using it recovered $1.3M in detention in 2024.', kind)).toEqual([]);
    // The lead named as the kind of customer the product is for.
    expect(words('RouteLoop helps logistics companies like Northwind keep shipments visible.')).toEqual([]);
    // The lead's own people liking something is not the sender's customers.
    expect(words('Your drivers love how quick the new app is.')).toEqual([]);
    expect(words('Long-haul freight rarely leaves much room for error.')).toEqual([]);
    expect(words('RouteLoop has a Samsara plugin, so dispatchers never leave their board.')).toEqual([]);
    expect(words('Sam here, one of the folks behind RouteLoop.')).toEqual([]);
    // The sender's and the lead's own use of the product.
    expect(words('We route every tender through RouteLoop, so nothing is retyped.')).toEqual([]);
    expect(words('Your dispatchers could book pickups via RouteLoop.')).toEqual([]);
    // The proof point's words, shortened: "LSPs" for "language service providers", "Irish" for "Ireland".
    const lsps = { sender: { name: 'Sam', proof_points: ['Used by 600 language service providers'] } };
    expect(words('600 LSPs use it today.', lsps)).toEqual([]);
    const irish = { sender: { name: 'Sam', proof_points: ['Used in 230 hotels across the UK and Ireland'] } };
    expect(words('It is used in 230 UK and Irish hotels.', irish)).toEqual([]);
    // The lead named as the kind of business a product is for.
    expect(words('Keg delivery for a small logistics brand like Northwind can get messy.')).toEqual([]);
    // A count of users said back, with what they use it for; a result it adds is more.
    const dealers = { sender: { name: 'Sam', proof_points: ['Used by 140 marine dealers'] } };
    expect(words('140 marine dealerships use it today.', dealers)).toEqual([]);
    expect(words('We make a CRM, and 140 marine dealerships use it to keep leads organised.', dealers)).toEqual([]);
    expect(words('140 marine dealerships use it and close 30% more deals.', dealers)).toHaveLength(1);
    // A named customer whose name ends in "s" is one customer, as its proof point says.
    const one = { sender: { name: 'Sam', proof_points: ['Cut linen loss by 22% for Pinnacle Textile Services'] } };
    expect(words('Pinnacle Textile Services cut linen loss by 22% after rolling it out.', one)).toEqual([]);
    const tankers = {
      sender: { name: 'Sam', proof_points: ['Tri-State Tankers passed a DOT review with zero violations'] },
    };
    expect(words('Tri-State Tankers passed a DOT review with zero violations using it.', tankers)).toEqual([]);
    // The offer: helping others do something with the product.
    expect(words('If dispatch is part of that conversation, we help carriers run it from the TMS.')).toEqual([]);
    const partners = { sender: { name: 'Sam', proof_points: ['Partners with 900 MSPs'] } };
    expect(flaggedWords('event', 'Hi Dana, we partner with 900 MSPs. Open to a call?', partners)).toEqual([]);
    expect(words('With 40 turbines to keep turning, RouteLoop is used by 400 logistics teams.')).toEqual([]);
    // "Most" and "nearly all" are wider than a count; the tool the lead's own people use is theirs.
    expect(words('Pretty much all the larger logistics teams run dispatch on RouteLoop now.')).toHaveLength(1);
    expect(words('Most logistics teams use RouteLoop for dispatch.')).toHaveLength(1);
    expect(words('RouteLoop is the board your dispatchers already use, so nothing changes.')).toEqual([]);
    // The proof point's count, of the kind of business the input names.
    const brokers = { sender: { name: 'Sam', proof_points: ['Used by 200 freight brokers'] } };
    expect(words('RouteLoop plans loads, and 200 shippers use it.', brokers)).toEqual([]);
    expect(words('200 shippers doubled their volume with it.', brokers)).toHaveLength(1);
    // A question put as a statement; the lead named, plural, as the kind the product is for.
    expect(words('Curious how Northwind runs it in Samsara.')).toEqual([]);
    const lanes = { lead: { first_name: 'Dana', company_name: 'Lanes Ahead' } };
    expect(words('I help driving schools like Lanes Ahead take bookings online.', lanes)).toEqual([]);
    // Others near the lead are narrower than the proof point's count.
    const fleets400 = { sender: { name: 'Sam', proof_points: ['Used by 400 reefer fleets'] } };
    expect(words('Reefer fleets around you use our app.', fleets400)).toHaveLength(1);
    // The lead's own tools, by its name.
    expect(words('Since Northwind already runs Samsara for telematics, setup is short.')).toEqual([]);
    // "with IT" is no product: the lead's own line of work.
    expect(words('Supporting 120 shippers in Dallas with IT and security means alerts never sleep.')).toEqual([]);
    // A lot of dock doors to keep moving is no trend toward the sender.
    expect(words('Four depots is a lot of dock doors to keep moving on time.')).toEqual([]);
    // The lead's own members and runs: "which rooms members use", "every single run".
    expect(words('It shows you which docks drivers actually use.')).toEqual([]);
    expect(words('Manifests are a job that has to be perfect every single run.')).toEqual([]);
    // Tools listed, a likeness, and the lead named as the kind of customer.
    expect(words('It looks like a routing puzzle, and tools like Samsara and Motive help.')).toEqual([]);
    expect(words('We do dispatch for reefer carriers like Northwind, used by 400 logistics teams.')).toEqual([]);
    // The lead's members, and a proof point said back after a bullet.
    expect(words('Which lanes your members love is worth knowing.')).toEqual([]);
    // "3Shape" is a name, not the figure 3.
    const labs = {
      sender: { name: 'Sam', proof_points: ['Used by 210 dental labs', 'Integrates with Labstar and 3Shape'] },
    };
    expect(words('RouteLoop is used by 210 dental labs and integrates with Labstar and 3Shape.', labs)).toEqual([]);
    const fleets = { sender: { name: 'Sam', proof_points: ['Powers dispatch for 60 reefer fleets'] } };
    expect(
      words('It does two things:\n• Already powers dispatch for 60 reefer fleets\n• Syncs with Samsara', fleets),
    ).toEqual([]);
  });

  it('needs a proof point that states a result for a result, and one about that customer', () => {
    const fleets = { sender: { name: 'Sam', company: 'RouteLoop', proof_points: ['Used at 140 reefer fleets'] } };
    expect(words('Reefer fleets on RouteLoop see fewer late loads.', fleets)).toHaveLength(1);
    expect(words('RouteLoop is used at 140 reefer fleets to plan faster.', fleets)).toEqual([]);
    const franchise = {
      sender: { name: 'Sam', proof_points: ["Jim's Mowing franchisees saved 5 hours a week each on route planning"] },
    };
    expect(
      words('Pest control franchises we’ve onboarded have stopped planning routes on whiteboards.', franchise),
    ).toHaveLength(1);
  });

  it('reads what customers say or see as a result that a count of customers does not state', () => {
    const banks = { sender: { name: 'Sam', company: 'RouteLoop', proof_points: ['Used by 140 community banks'] } };
    expect(words('Community banks that use RouteLoop tell us the document chase disappears.', banks)).toHaveLength(1);
    const league = {
      sender: {
        name: 'Sam',
        company: 'RouteLoop',
        proof_points: ['Case study: Pacific Clash League renewed 9 of 10 sponsors'],
      },
    };
    expect(words('Pacific Clash League renewed nine of its ten sponsors using our reports.', league)).toEqual([]);
    expect(words('Your dispatch team and warehouse see the same numbers.')).toEqual([]);
    expect(words('It builds docs with usage analytics, including GraphQL explorers.')).toEqual([]);
    expect(words('RouteLoop makes load planning easier to run across all your depots.')).toEqual([]);
    expect(words('We also support Samsara and Motive.')).toEqual([]);
    expect(words('RouteLoop is used by 400 logistics teams and can pull load data from SAP.')).toEqual([]);
    expect(words('We can work from what’s already in Microsoft Access.', { sender: undefined })).toEqual([]);
    expect(words('A booking page that drivers can use on their phones.', { sender: undefined })).toEqual([]);
    const canvas = {
      sender: { name: 'Sam', company: 'RouteLoop', proof_points: ['Riverbend College saw completion rise 12%'] },
    };
    expect(
      words('We nudge drivers who fall behind in Samsara; Riverbend College saw completion rise 12%.', canvas),
    ).toEqual([]);
  });

  it('reads a named customer set off by commas with its claim, and the lead named in full as no example', () => {
    const partner = {
      sender: { name: 'Sam', proof_points: ['Average dwell reduced from 10 days to 6 for Harbor Freight'] },
    };
    expect(
      words('One of our partners, Harbor Freight, brought average dwell down from ten days to six.', partner),
    ).toEqual([]);
    const lead = { lead: { first_name: 'Dana', company_name: 'Oak Hollow Memorial Park' } };
    expect(words('Family-owned parks like Oak Hollow carry generations of history in their records.', lead)).toEqual(
      [],
    );
  });

  it('reads others buying from, vouching for and reporting on the sender, and all of a kind using it', () => {
    expect(words('Renowned carriers are regularly ordering from us.')).toEqual(['ordering from us']);
    expect(words('State DOTs already accept our reports as-is.')).toEqual(['DOTs already accept our']);
    expect(words('The crews on it reckon they have clawed back their Sundays.')).toEqual(['on it reckon']);
    expect(words('Near enough every freight broker on the West Coast tracks placement with us.')).toEqual([
      'every freight broker on the West Coast tracks placement with us',
    ]);
    expect(words('Would you like to order from us?')).toEqual([]);
  });

  it('reads a country the proof point writes short: "Australia and NZ" names New Zealand', () => {
    const sender = {
      name: 'Sam',
      company: 'RouteLoop',
      proof_points: ['Used by 130 bridal shops in Australia and NZ'],
    };
    expect(words('Used by 130 bridal shops across Australia and New Zealand.', { sender })).toEqual([]);
    expect(flaggedWords('entity', 'Hi Dana, used by 130 shops across Australia and New Zealand.', { sender })).toEqual(
      [],
    );
  });

  it('reads a place as the proof point names it whole: "across Africa" is not "in South Africa"', () => {
    const sender = { name: 'Sam', company: 'RouteLoop', proof_points: ['Used by 18 hospices in South Africa'] };
    expect(words('Hospices across Africa use RouteLoop.', { sender })).toEqual([
      'Hospices across Africa use RouteLoop',
    ]);
    expect(words('Hospices across South Africa use RouteLoop.', { sender })).toEqual([]);
    // "Like" the verb names no one.
    expect(words('Grands sit in a shop for months, and customers like to know where it stands.')).toEqual([]);
    // The same done for another, and one customer by what they did.
    expect(words('We could shave a day off your turnarounds, like we did for Swissport.')).toEqual([
      'like we did for Swissport',
    ]);
    expect(words('Happy to connect you with a customer who made the switch last spring.')).toEqual([
      'a customer who made the switch',
    ]);
    expect(words('We could do the same for you, like we do for every new account.')).toEqual([]);
    // "Up and down the Delaware" is a place too, even one the lead's name holds: 40 yards anywhere are
    // not yards along that river.
    const yards = {
      sender: { ...sender, proof_points: ['Used by 40 salvage yards'] },
      lead: { first_name: 'Dana', company_name: 'Delaware River Salvage' },
    };
    expect(words('Salvage yards up and down the Delaware are already with us.', yards)).toEqual([
      'yards up and down the Delaware are already with us',
    ]);
    expect(words('Forty salvage yards are already with us.', yards)).toEqual([]);
    const indiana = { ...sender, proof_points: ['Installed at 130 scrap yards', 'Meets Indiana reporting rules'] };
    expect(words('We’re installed at 130 scrap yards and built around Indiana’s rules.', { sender: indiana })).toEqual(
      [],
    );
  });

  it('reads customers by kind or across a place, and what the product’s users or the sender’s customers say', () => {
    expect(words('We set this up for a tuning shop in St. Paul.')).toEqual(['We set this up for a']);
    expect(words('We’ve built booking pages for taxidermy shops all over Wyoming.')).toEqual([
      'We’ve built booking pages for taxidermy shops all over',
    ]);
    expect(words('RouteLoop customers say they have nearly stopped discarding units.')).toEqual(['customers say']);
    expect(words('The fragrance brands we ship for tend to see fewer breakages.')).toEqual([
      'brands we ship for tend to see',
    ]);
  });

  it('reads others using it and what came of it, customers looked after, and a share of the biggest', () => {
    expect(words('We already look after agencies across the Midlands.')).toEqual(['We already look after']);
    expect(words('We look after your account personally.')).toEqual([]);
    expect(words('RouteLoop customers typically clear customs two days faster.')).toEqual([
      'customers typically clear',
    ]);
    expect(words('Growers who install them rarely lose a bin again.')).toEqual(['who install them rarely']);
    expect(words('Districts leveraging it consistently report happier parents.')).toEqual([
      'leveraging it consistently report',
    ]);
    expect(words('Services like MedRide that hand us their billing see cash sooner.')).toEqual(['that hand us']);
    expect(words('Several county archives have entrusted their registers to RouteLoop.')).toEqual([
      'Several county archives have entrusted their registers to RouteLoop',
    ]);
    expect(words('We’ve cooled AI halls for three of the five biggest colos.')).toEqual([
      'We’ve cooled AI halls for three of the five biggest',
    ]);
  });

  it('reads others using the sender’s product by its name, down to a name of four letters', () => {
    const named = (message: string, company: string) => words(message, { sender: { ...sender, company } });
    expect(named('Insurers consistently rate Koda above their legacy portals.', 'Koda')).toEqual(['rate Koda above']);
    expect(named('Kodaline customers say they have stopped discarding units.', 'Kodaline')).toEqual(['customers say']);
  });

  it('reads the lead as a kind’s example weighing a choice as no customer claim', () => {
    expect(words('Shippers like Northwind often weigh whether to move loads onto contracts.')).toEqual([]);
    expect(words('Shippers like Northwind usually win back a day a week.')).toHaveLength(1);
  });

  it('reads what projects must make and what anyone’s members love hearing as no customers’ results', () => {
    expect(words('Projects that run eighteen months must make costing a discipline.')).toEqual([]);
    expect(words('Syndicate members love hearing how their horse is doing.')).toEqual([]);
    expect(words('Our members love it.')).toEqual(['Our members love it']);
  });

  it('reads claims "backed by data" as no endorsement', () => {
    expect(words('RouteLoop tests every load, so your claims are backed by data.')).toEqual([]);
    expect(words('RouteLoop is backed by the biggest carriers in Ohio.')).not.toEqual([]);
  });

  it('reads "love them" before the message names the sender as the lead’s', () => {
    const lead = (message: string) => flaggedWords('social_proof', `Hi Dana,\n${message}\nOpen to a call?`);
    expect(lead('Five earth houses in the Peak District. Guests clearly love them. RouteLoop builds sites.')).toEqual(
      [],
    );
    expect(lead('Carriages drawn by four horses – couples must love it. RouteLoop books them.')).toEqual([]);
    expect(lead('RouteLoop builds sites. Owners love it.')).toEqual(['love it']);
  });

  it('accepts the approved case study by its customer’s name, and no other', () => {
    expect(words('Harbor Freight wrote up their results in a case study I’m happy to send.')).toEqual([]);
    expect(words('Acme Freight wrote up their results in a case study I’m happy to send.')).toEqual(['case study']);
  });

  it('reads a year and its verb as no count of customers', () => {
    expect(words('A firm covering hearings in Chicago since 1987 has seen formats come and go.')).toEqual([]);
    expect(words('Since 2019, 1,200 shops have seen returns drop.')).toEqual(['1,200 shops have seen']);
  });

  it('reads a call’s length after "we could speak for" as no count of customers', () => {
    expect(words('Or we could speak for 15 minutes on Friday.')).toEqual([]);
    expect(words('Kindly let me know if we can sit together for 30 mins next week.')).toEqual([]);
    expect(words('We run the same reminders for 40 dental practices.')).toHaveLength(1);
  });

  it('reads others who did it this way, across a country, or as part of their routine', () => {
    expect(words('Lots of glass studios sold out December this way.')).toHaveLength(1);
    expect(words('Craft workshops that start tracking this way generally find their quotes improve.')).toHaveLength(1);
    expect(words('Fermentation brands from Brooklyn to Portland pack with us.')).toHaveLength(1);
    expect(words('Comic shops around Australia and New Zealand have made it part of their routine.')).toHaveLength(1);
    expect(words('Your orders from Leeds to York ship on Mondays.')).toEqual([]);
  });

  it('reads a waitlist of a year and a half as the lead’s demand, not the sender’s customers', () => {
    expect(words('A waitlist of roughly a year and a half at Northwind says a lot about the guitars.')).toEqual([]);
    expect(words('We have a waiting list of forty dispatch teams.')).not.toEqual([]);
  });

  it('reads the lead’s clients liking something, and the sender’s own team, as no customers', () => {
    expect(words('If your corporate clients like showing staff their bees, we build share pages.')).toEqual([]);
    expect(words('Canoe tours are exactly the kind of trips our team loves to support.')).toEqual([]);
    expect(words('Our studios love booking through it.')).not.toEqual([]);
  });

  it('points at each claim of a sentence', () => {
    expect(words('RouteLoop is the go-to board for reefer fleets; Midwest shops everywhere run it.')).toHaveLength(2);
  });

  it('flags any such claim when the sender has no proof points', () => {
    expect(words('RouteLoop is used by 400 logistics teams.', { sender: { name: 'Sam' } })).toHaveLength(1);
  });

  it('reads "loads of carvers joined" and "makers who add our spins tell us" as the sender\'s customers', () => {
    const none = { sender: { name: 'Sam' } };
    expect(words('Loads of chainsaw carvers joined after the last show season.', none)).not.toEqual([]);
    expect(words('Makers who add our spins tell us the photo emails pretty much stop.', none)).not.toEqual([]);
    // The lead's own crowd joining is no customer of the sender's.
    expect(words('Loads of your members joined the spring show, I hear it went well.', none)).toEqual([]);
  });
});
