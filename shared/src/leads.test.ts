import { describe, expect, it } from 'vitest';
import { EraseLeadRequest, EraseLeadResponse } from './leads.ts';
import { AuthUser, UserId } from './users.ts';

describe('EraseLeadRequest', () => {
  it('takes an email, a profile URL or both', () => {
    expect(EraseLeadRequest.parse({ email: 'dana@northwind.io' })).toEqual({ email: 'dana@northwind.io' });
    const both = { email: 'dana@northwind.io', profile_url: 'https://www.linkedin.com/in/dana-reyes/' };
    expect(EraseLeadRequest.parse(both)).toEqual(both);
  });

  it('refuses neither, a malformed one, or anything else', () => {
    expect(EraseLeadRequest.safeParse({}).error?.issues[0]?.path).toEqual(['email']);
    expect(EraseLeadRequest.safeParse({ email: 'dana' }).success).toBe(false);
    expect(EraseLeadRequest.safeParse({ profile_url: 'javascript:alert(1)' }).success).toBe(false);
    expect(EraseLeadRequest.safeParse({ email: 'dana@northwind.io', name: 'Dana' }).success).toBe(false);
  });

  it('answers counts', () => {
    expect(EraseLeadResponse.safeParse({ erased: { requests: 1, prompts: 2, outputs: 2 } }).success).toBe(true);
    expect(EraseLeadResponse.safeParse({ erased: { requests: -1, prompts: 0, outputs: 0 } }).success).toBe(false);
  });
});

describe('AuthUser', () => {
  it('is a user id, a name and a role', () => {
    const user = { user_id: 'usr_0123456789abcdefghij', name: 'Dana Reyes', role: 'member' };
    expect(AuthUser.parse(user)).toEqual(user);
    expect(AuthUser.safeParse({ ...user, role: 'owner' }).success).toBe(false);
    expect(UserId.safeParse('usr_short').success).toBe(false);
  });
});
