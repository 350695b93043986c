import type { PersonalizeRequestInput } from '@personalizer/shared';

/** What the ad-hoc form starts with: a small, grounded email request to edit. */
export const exampleRequest: PersonalizeRequestInput = {
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
    tech_stack: ['Snowflake'],
  },
  constraints: { variant_count: 3 },
};
