import { describe, expect, it } from 'vitest';
import { flaggedWords } from '../../test-support/claims.ts';

const words = (message: string, over = {}) => flaggedWords('event', `Hi Dana, ${message} Open to a call?`, over);

describe('events', () => {
  it.each([
    ['Congrats on the new funding.', 'new funding'],
    ['Congrats on the Series C!', 'Series C'],
    ['Saw the acquisition news.', 'acquisition'],
    ['Exciting times with the new Berlin hub.', 'new Berlin hub'],
    ['As you prepare for your upcoming launch, timing matters.', 'launch'],
    ['Congrats on the promotion to COO.', 'promotion'],
    ['Your recent growth is impressive.', 'recent growth'],
    ['Hats off on the rebrand.', 'rebrand'],
    ['Congrats on the Inc. 5000 award.', 'Inc. 5000'],
    ['Congrats on the big milestone.', 'Congrats on the big milestone'],
    ['Welcome to your new CFO.', 'your new CFO'],
  ])('flags %j', (sentence, expected) => {
    expect(words(sentence)).toEqual([expected]);
  });

  it('accepts events the input states, questions and hedges', () => {
    const seriesB = { company_context: { summary: 'Northwind raised a Series B in 2024.' } };
    expect(words('Congrats on reaching Series B.', seriesB)).toEqual([]);
    expect(words('Congrats on the raise.', seriesB)).toEqual([]);
    expect(words('Congrats on the Series C.', seriesB)).toEqual(['Series C']);
    expect(words('Are you expanding into Europe this year?')).toEqual([]);
    expect(words('If you are opening a new warehouse, routing gets harder.')).toEqual([]);
    expect(words('Happy to expand on how it works.')).toEqual([]);
  });
});
