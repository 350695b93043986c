import { RequestId, UserId } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { newRequestId, newUserId } from './ids.ts';

describe('newRequestId', () => {
  it('matches the shared RequestId shape', () => {
    expect(RequestId.safeParse(newRequestId()).success).toBe(true);
  });

  it('sorts by creation time and differs within the same millisecond', () => {
    const ids = [newRequestId(1_000), newRequestId(1_001), newRequestId(1_700_000_000_000)];
    expect([...ids].sort()).toEqual(ids);
    expect(newRequestId(5)).not.toBe(newRequestId(5));
  });
});

describe('newUserId', () => {
  it('matches the shared UserId shape and is random', () => {
    expect(UserId.safeParse(newUserId()).success).toBe(true);
    expect(newUserId()).not.toBe(newUserId());
  });
});
