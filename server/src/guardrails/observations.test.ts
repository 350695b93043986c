import { describe, expect, it } from 'vitest';
import { flaggedWords } from '../../test-support/claims.ts';

const words = (message: string, over = {}) =>
  flaggedWords('observation', `Hi Dana,\n\n${message} Open to a call?`, over);

describe('observations', () => {
  it.each([
    'I read your recent post about scaling data pipelines.',
    'Loved your talk at SaaStr last month.',
    'Your postmortem write-up on the AWS outage was refreshingly honest.',
    'I browsed your spring jewelry sale on LiveAuctioneers.',
    'I came across the podcast episode you did on carrier pricing.',
    'Saw you’re hiring three dispatchers.',
    'Noticed Northwind is hiring SDRs.',
    'Your comment on Tuesday’s thread stuck with me.',
    'You mentioned on LinkedIn that routing is manual.',
    'Great to see the new warehouse go live.',
    'I stayed at your Denver hotel last spring.',
    'Congrats on the raise, I saw the TechCrunch write-up.',
    'Great quarter, and I saw Crossdock is hiring 200 seasonal pickers.',
    'Loved your Instagram reel of the new depot.',
    'Your billboard on the I-35 caught my eye.',
    'Dana, noticed the line out to the street on Saturday.',
    'Really enjoyed your conference talk on alert fatigue.',
    'I went through the dock at your Reno depot last weekend.',
    'Your try-on videos have been all over my feed.',
    'I was reading Northwind’s Google reviews.',
    'Love the routes you’ve been posting lately.',
    // First-hand visits, and a perception right after an emoji.
    'Grabbed a coffee at your Reno depot café this morning.',
    'I was at the Northwind open house last autumn and the queue was long.',
    '🚚 Watched a clip of your drivers’ safety rodeo.',
    'Big fan of the safety reels on your Instagram.',
    'Your dispatch video on TikTok was a hoot.',
    'Dana, been following the driver posts from Northwind on Instagram.',
  ])('flags %j', (sentence) => {
    expect(words(sentence)).toHaveLength(1);
  });

  it('accepts seeing what the input says', () => {
    expect(words('Noticed you’re on Snowflake, so the data is already there.')).toEqual([]);
    expect(words('It plugs into Snowflake and Segment (which I see you’re already using!).')).toEqual([]);
    expect(words('We build dashboards on top of Snowflake, which I see Northwind already uses.')).toEqual([]);
    expect(words('I will be grateful for your response.')).toEqual([]);
    expect(words('It sends reminders for every job we route through Segment, which I see you already use.')).toEqual(
      [],
    );
    expect(words('I’m curious whether drop-off comes up in your reviews.')).toEqual([]);
    const members = { company_context: { summary: 'Credit union with 48,000 members.' } };
    expect(words('I noticed Northwind serves 48,000 members, and I’d love to share an idea.', members)).toEqual([]);
    // What the writer saw of the trade, in general, is no observation of the lead.
    expect(
      words(
        'In reviewing 200 sites, I have noticed that the delays which most lengthen activation tend to arise in handoffs.',
      ),
    ).toEqual([]);
    expect(words('Would Northwind be open to it? Your reply either way helps.')).toEqual([]);
    expect(words('Happy to share what I’ve seen work elsewhere.')).toEqual([]);
    expect(words('I noticed Northwind Logistics builds freight visibility software for mid-size shippers.')).toEqual(
      [],
    );
    expect(words('I came across your profile and the Snowflake and Segment stack.')).toEqual([]);
    // A relative clause: what was noticed is its antecedent in use.
    expect(words('RouteLoop syncs with Snowflake, which I noticed you already use.')).toEqual([]);
    expect(words('RouteLoop syncs with Databricks, which I noticed you already use.')).toHaveLength(1);
    expect(words('How you run those flows interests me, and I’d be glad to hear your take.')).toEqual([]);
    expect(words('Quiz answers flow into Klaviyo, so your post-purchase emails know each size.')).toEqual([]);
    const withPost = { company_context: { summary: 'Dana recently wrote a post about freight visibility.' } };
    expect(words('I read your post about freight visibility.', withPost)).toEqual([]);
  });

  it('reads a callout as something seen, even about what the input names', () => {
    const volunteers = {
      company_context: { summary: 'Runs lighthouse tours with volunteers.', keywords: ['volunteers'] },
    };
    expect(words('Saw your callout for more volunteers for the lighthouse tours.', volunteers)).toEqual([
      'your callout',
    ]);
  });

  it('points at the words', () => {
    expect(words('Loved your talk at SaaStr.')).toEqual(['your talk']);
  });

  it('reads where the writer says they looked as seen', () => {
    expect(words('I noticed on your site that weekend slots fill fast.')).toEqual(['noticed on your site']);
    expect(words('Judging by your last few Instagram stories, the dock is busy.')).toEqual([
      'Judging by your last few Instagram stories',
    ]);
    // Wondering whether it is there sees nothing.
    expect(words('Is the schedule on your site kept by hand?')).toEqual([]);
  });
  it('reads tools seen in the lead’s stack, and a word of the lead’s name, as the input’s', () => {
    expect(words('It works alongside Snowflake and Segment, which I noticed are already in your stack.')).toEqual([]);
    expect(words('It works alongside Looker, which I noticed is already in your stack.')).not.toEqual([]);
    expect(words('I see Snowflake and Segment in your setup, so dashboards are nothing new.')).toEqual([]);
    expect(words('I see Looker in your setup.')).not.toEqual([]);
    expect(words('Reports sync straight to Segment, which I see is already part of your set-up.')).toEqual([]);
    const times = { company_context: { summary: 'Pinball arcade; featured in the New York Times in 2023.' } };
    expect(words('Saw you got the New York Times write-up in 2023, very cool.', times)).toEqual([]);
    expect(words('Saw you got the Washington Post write-up in 2023, very cool.', times)).not.toEqual([]);
    const reel = { lead: { first_name: 'Dana', company_name: 'Reel Deal Rentals' } };
    expect(words('Noticed Reel Deal runs rentals through Segment, so I’ll skip the basics.', reel)).toEqual([]);
  });

  it('reads what the writer did, told without "I", as seen', () => {
    expect(words('Went through your checkout last night and it asks for an account first.')).not.toEqual([]);
    expect(words('Rang your number Tuesday and it went to voicemail.')).not.toEqual([]);
    expect(words('Just been reading the reviews on your app.')).not.toEqual([]);
  });

  it('reads "if ever I saw one" as an idiom, and tools the input lists as seen "already"', () => {
    expect(words('Freight visibility for shippers is a real trade if ever I saw one.')).toEqual([]);
    expect(words('I see you’re running Snowflake and Segment already.')).toEqual([]);
    expect(words('I see you’re running Looker already.')).not.toEqual([]);
  });

  it('reads tasting, stopping in front, "from what I hear" and praised photos as seen, pointed at in reading order', () => {
    expect(words("I tasted your aged sheep's cheese at your stand at the Bilbao food fair.")).not.toEqual([]);
    expect(words('I stopped in front of your automaton window on Rue Saint-Honoré last Christmas.')).not.toEqual([]);
    expect(words('From what I hear, Northwind is who families in Swansea ask for.')).not.toEqual([]);
    expect(words('The photos of the aerial rig going up looked amazing.')).not.toEqual([]);
    expect(words('That bear shot from your hide was incredible.')).not.toEqual([]);
    expect(words('I saw the workshop featured in a travel article — the carving photos were lovely.')).toEqual([
      'I saw the workshop featured in a travel article',
    ]);
    // Their service booked, and pictures the sender offers, are nothing seen.
    expect(words('Owners upload photos of the roof and book your survey online.')).toEqual([]);
    expect(words('Our photos of each pallet are stored for a year.')).toEqual([]);
  });
});
