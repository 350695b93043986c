import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { companyFromEmail } from './company-from-email.ts';
import { scrapeGmail } from './gmail.ts';
import { scrapeLinkedIn } from './linkedin.ts';

function fixture(name: string): Document {
  const html = readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('scrapeLinkedIn', () => {
  it('reads the classic top card', () => {
    const result = scrapeLinkedIn(
      fixture('linkedin-profile.html'),
      'https://www.linkedin.com/in/dana-reyes/?miniProfile=1',
    );
    expect(result.lead).toEqual({
      first_name: 'Dana',
      last_name: 'Reyes',
      title: 'VP of Operations',
      company_name: 'Northwind Logistics',
      profile_url: 'https://www.linkedin.com/in/dana-reyes/',
    });
    expect(result.sources).toMatchObject({ first_name: 'h1', company_name: 'current-company', title: 'headline' });
  });

  it('falls back to stable signals on the hashed-class layout', () => {
    const result = scrapeLinkedIn(fixture('linkedin-hashed.html'), 'https://www.linkedin.com/in/priya');
    expect(result.lead).toMatchObject({
      first_name: 'Priya',
      last_name: 'Shah',
      title: 'Head of Data',
      company_name: 'Lumen Health',
    });
    expect(result.sources.first_name).toBe('document.title');
  });

  it('never guesses missing fields', () => {
    const result = scrapeLinkedIn(fixture('linkedin-missing.html'), 'https://www.linkedin.com/in/marco');
    expect(result.lead).toEqual({ first_name: 'Marco', profile_url: 'https://www.linkedin.com/in/marco/' });
  });
});

describe('scrapeGmail', () => {
  it('reads the compose recipient and the company from the domain', () => {
    expect(scrapeGmail(fixture('gmail-compose.html')).lead).toEqual({
      first_name: 'Sam',
      last_name: 'Okafor',
      email: 'sam.okafor@quill-legal.com',
      domain: 'quill-legal.com',
      company_name: 'Quill Legal',
    });
  });

  it('reads the thread sender when no compose window is open', () => {
    const result = scrapeGmail(fixture('gmail-thread.html'));
    expect(result.lead).toMatchObject({
      first_name: 'Dana',
      email: 'dana.reyes@northwind.io',
      company_name: 'Northwind',
    });
    expect(result.sources.email).toBe('thread-sender');
  });

  it('takes no company from a free-mail address', () => {
    expect(scrapeGmail(fixture('gmail-freemail.html')).lead).toEqual({
      first_name: 'Marco',
      last_name: 'Bianchi',
      email: 'marco.bianchi@gmail.com',
    });
  });
});

describe('companyFromEmail', () => {
  it.each([
    ['jane@acme-robotics.io', { domain: 'acme-robotics.io', company_name: 'Acme Robotics' }],
    ['bo@shop.co.uk', { domain: 'shop.co.uk', company_name: 'Shop' }],
    ['x@yahoo.co.jp', {}],
    ['x@outlook.com', {}],
    ['not-an-email', {}],
  ])('%s', (email, expected) => {
    expect(companyFromEmail(email)).toEqual(expected);
  });
});
