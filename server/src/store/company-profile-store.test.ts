import type { EnrichResponse } from '@personalizer/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStores } from '../../test-support/test-db.ts';
import type { CompanyProfileStore } from './company-profile-store.ts';
import type { Stores } from './stores.ts';

let stores: Stores;
let profiles: CompanyProfileStore;
beforeAll(async () => {
  stores = (await openTestStores()).stores;
  profiles = stores.companies;
});
afterAll(() => stores.db.close());

const profile = (domain: string, summary = 'Acme builds rockets.'): EnrichResponse => ({
  domain,
  company_name: 'Acme',
  summary,
  keywords: ['rockets'],
  tech_stack: ['WordPress'],
  same_as: [],
  sources: [`https://${domain}/`],
  fetched_at: '2026-03-01T10:00:00.000Z',
});
const day = (d: number) => new Date(Date.UTC(2026, 2, d, 10));

describe('CompanyProfileStore', () => {
  it('returns a stored profile as it was given until it expires', async () => {
    await profiles.put(profile('acme.com'), day(8));
    expect(await profiles.get('acme.com', day(2))).toEqual(profile('acme.com'));
    expect(await profiles.get('acme.com', day(8))).toBeNull();
    expect(await profiles.get('other.com', day(2))).toBeNull();
  });

  it('replaces the profile of a domain when it is fetched again', async () => {
    await profiles.put(profile('beta.com', 'Old.'), day(8));
    await profiles.put(profile('beta.com', 'New.'), day(9));
    expect((await profiles.get('beta.com', day(8)))?.summary).toBe('New.');
  });

  it('purges what has expired and keeps the rest', async () => {
    await profiles.put(profile('gone.com'), day(3));
    await profiles.put(profile('kept.com'), day(20));
    expect(await profiles.purgeExpired(day(10))).toBeGreaterThanOrEqual(1);
    expect(await profiles.get('kept.com', day(10))).not.toBeNull();
    expect(await profiles.purgeExpired(day(10))).toBe(0);
  });
});
