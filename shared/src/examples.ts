import type { PersonalizeRequestInput } from './schemas.ts';

/** A small, grounded EMAIL request: the lab's ad-hoc form starts from it, and the tests use it. */
export const EXAMPLE_REQUEST: PersonalizeRequestInput = {
  channel: 'EMAIL',
  tone: 'PROFESSIONAL',
  goal: 'Book a short intro call about freight visibility analytics',
  lead: {
    first_name: 'Dana',
    last_name: 'Reyes',
    title: 'VP of Operations',
    company_name: 'Northwind Logistics',
    domain: 'northwind.io',
  },
  company_context: {
    summary: 'Northwind Logistics builds freight visibility software for mid-size shippers.',
    keywords: ['freight visibility', 'mid-size shippers'],
    tech_stack: ['Snowflake', 'Segment'],
  },
};
