import { describe, expect, it } from 'vitest';
import { hashLeadKey, leadKeys, normalizeEmail, normalizeProfileUrl } from './lead-key.ts';

describe('lead keys', () => {
  it('normalizes an email by case and surrounding space', () => {
    expect(normalizeEmail('  Dana.Reyes@Northwind.IO ')).toBe('email:dana.reyes@northwind.io');
  });

  it('collapses the forms of one LinkedIn profile URL', () => {
    const forms = [
      'https://www.linkedin.com/in/dana-reyes/',
      'https://linkedin.com/in/Dana-Reyes',
      'http://de.linkedin.com/in/dana-reyes?trk=public_profile#about',
      'https://www.linkedin.com/in/dana-reyes/details/experience/',
      'https://www.linkedin.com/in/%64ana-reyes',
    ];
    expect(new Set(forms.map(normalizeProfileUrl))).toEqual(new Set(['profile:linkedin.com/in/dana-reyes']));
    expect(normalizeProfileUrl('https://www.linkedin.com/in/dana-reyes-2/')).not.toBe(
      normalizeProfileUrl('https://www.linkedin.com/in/dana-reyes/'),
    );
  });

  it('keeps other profile URLs by host and path, and refuses non-URLs', () => {
    expect(normalizeProfileUrl('https://www.Example.com/People/Dana/?x=1')).toBe('profile:example.com/people/dana');
    expect(normalizeProfileUrl('not a url')).toBeNull();
  });

  it('hashes each present key, never returning the address itself', () => {
    const keys = leadKeys({ email: 'dana@northwind.io', profile_url: 'https://www.linkedin.com/in/dana-reyes/' });
    expect(keys).toEqual([hashLeadKey('email:dana@northwind.io'), hashLeadKey('profile:linkedin.com/in/dana-reyes')]);
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k))).toBe(true);
    expect(leadKeys({})).toEqual([]);
  });
});
