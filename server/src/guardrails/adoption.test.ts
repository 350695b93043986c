import { describe, expect, it } from 'vitest';
import { adoptions } from './adoption.ts';
import { sentences } from './text.ts';

/** The adoptions in a text, its sender's name masked as the social-proof check masks it. */
const found = (text: string, sender?: string) =>
  sentences(text).flatMap((s) => {
    const masked = sender ? s.folded.replaceAll(sender.toLowerCase(), '\uA66E'.repeat(sender.length)) : s.folded;
    return adoptions(s, masked).map((h) => h.text);
  });

describe('others of a kind taking the sender up', () => {
  it('finds a plural marked as others, a verb, and the sender in one clause', () => {
    expect(found('Plenty of the Bristol cideries are on it already, so I thought I would say hello.')).toEqual([
      'Plenty of the Bristol cideries are on it',
    ]);
    expect(found('Ferry operators along the Maine coast already book their crossings through us.')).toEqual([
      'operators along the Maine coast already book their crossings through us',
    ]);
    expect(found('Clubs like the Royal Lakes Curling Club run their whole season on it.')).toEqual([
      'Clubs like the Royal Lakes Curling Club run their whole season on it',
    ]);
    expect(found('Grain co-ops like Prairie Gold run every harvest ticket on it.')).toEqual([
      'co-ops like Prairie Gold run every harvest ticket on it',
    ]);
    expect(found('The clinics we supply keep ordering our domes.')).toEqual(['clinics we supply keep ordering our']);
    expect(found('Several hemp processors have moved their batch records to Tracelot.', 'Tracelot')).toEqual([
      'Several hemp processors have moved their batch records to Tracelot',
    ]);
    expect(found('The aerospace shops we monitor tend to find hidden capacity.')).toEqual([
      'shops we monitor tend to find',
    ]);
    expect(found('Blood centers nationwide rely on DonorDay for scheduling.', 'DonorDay')).toEqual([
      'centers nationwide rely on DonorDay',
    ]);
    expect(found('Crematoria using Everpaw see keepsake orders go up.', 'Everpaw')).toEqual([
      'Crematoria using Everpaw see',
    ]);
    expect(found('Dental labs in Ohio switched to Crownly last year.', 'Crownly')).toEqual([
      'labs in Ohio switched to Crownly',
    ]);
  });

  it('finds the sender working for all or most of a kind, and users on it with what they get', () => {
    expect(found('We move grands for pretty much every restoration shop in the state.')).toEqual([
      'for pretty much every restoration shop',
    ]);
    expect(found('Our crew handles installations for most cemeteries in the county.')).toEqual(['for most cemeteries']);
    expect(found('Body shops on it approve jobs overnight.')).toEqual(['shops on it approve']);
    // Every batch, every pour: the sender's care, not its customers.
    expect(found('We log temperatures for every batch before it ships.')).toEqual([]);
  });

  it('finds others moving over to what the sentence sells, named before them', () => {
    expect(
      found(
        'Slotty does booking with no fees, and loads of falconry centres have switched over from Checkfront.',
        'Slotty',
      ),
    ).toEqual(['loads of falconry centres have switched over']);
    expect(
      found(
        'SubscribeIt sorts that for Shopify brands, and plenty of flower farms have moved over already.',
        'SubscribeIt',
      ),
    ).toEqual(['plenty of flower farms have moved over']);
    expect(found('Stemvault tags them. Most indie post houses we talk to end up switching within a month.')).toEqual([
      'Most indie post houses we talk to end up switching',
    ]);
    expect(found('Slotty takes bookings: dozens of berry farms in Oregon switched from Eventbrite.', 'Slotty')).toEqual(
      ['dozens of berry farms in Oregon switched from'],
    );
    expect(found('Wildlife boat operators around Iceland have added it to their tours.', 'Slotty')).toEqual([
      'operators around Iceland have added it',
    ]);
    // Unmarked, or the lead's own move.
    expect(found('Our app books rooms, and guests have moved over to mobile keys.')).toEqual([]);
    expect(found('We saw your team has switched over from paper, so our app may help.')).toEqual([]);
  });

  it('leaves the lead, the product at work, hedges and uniqueness alone', () => {
    // The lead's own people; the sender's product; how it works for the lead.
    expect(found('Your drivers already log their loads with us.')).toEqual([]);
    expect(found('We make moisture meters calibrated for spruce, tested on our own bench.')).toEqual([]);
    expect(found('Riders scan the code on our app and board.')).toEqual([]);
    // Wondering, not claiming.
    expect(found('Many ferry lines could run their manifests through us.')).toEqual([]);
    // A verb in "s" is no plural: "no other system … monitors".
    expect(found('No other booking app sends reminders the way Loomly does.', 'Loomly')).toEqual([]);
    // "the US" and "IT" are no "us" and "it"; what follows an emoji is a new thought.
    expect(found('Several exporters ship to the EU and US.')).toEqual([]);
    expect(found('Many schools in Dallas work with IT contractors.')).toEqual([]);
    expect(found('Most salons in Leeds 🙂 ask about our app.')).toEqual([]);
  });

  it('finds others counted by the bunch, or placed, adding it or ditching their old way for it', () => {
    expect(found('Cave hotels across Cappadocia have been adding it all season.')).toEqual([
      'hotels across Cappadocia have been adding it',
    ]);
    expect(found('A whole bunch of walling crews have ditched the notepad for it.')).toEqual([
      'A whole bunch of walling crews have ditched the notepad for it',
    ]);
    // Anyone's paying for it, and the lead's own crews, are no customers of the sender's.
    expect(found('Crews pay for it in overtime.')).toEqual([]);
    expect(found('Your crews have ditched the notepad for it.')).toEqual([]);
    expect(found('Restaurants around Mount Kenya have really taken to it.')).not.toEqual([]);
    expect(found('A ton of market vendors are on it already.')).not.toEqual([]);
    expect(found('Guests warm to it quickly.')).toEqual([]);
    expect(found('Fishing guides right round Taupō already take bookings through us.')).toEqual([
      'guides right round Taupō already take bookings through us',
    ]);
  });
});
