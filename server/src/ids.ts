import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function randomChars(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += ALPHABET[randomInt(36)];
  return out;
}

/**
 * `req_` + 9 base-36 characters of the millisecond clock + 11 random ones. Fixed width makes
 * ids sort by creation time.
 */
export function newRequestId(now: number = Date.now()): string {
  return `req_${now.toString(36).padStart(9, '0')}${randomChars(11)}`;
}

/** `usr_` + 20 random base-36 characters; assigned once, so it stays when tokens change. */
export function newUserId(): string {
  return `usr_${randomChars(20)}`;
}

/** `tpl_` + the same shape as a request id: sorts by creation time. */
export function newTemplateId(now: number = Date.now()): string {
  return `tpl_${now.toString(36).padStart(9, '0')}${randomChars(11)}`;
}
