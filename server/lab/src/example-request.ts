import { EXAMPLE_REQUEST, type PersonalizeRequestInput } from '@personalizer/shared';

/** What the ad-hoc form starts with: a small, grounded email request to edit. */
export const exampleRequest: PersonalizeRequestInput = { ...EXAMPLE_REQUEST, constraints: { variant_count: 3 } };
