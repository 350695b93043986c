import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * `req_` + 9 base-36 characters of the millisecond clock + 11 random ones. Fixed width makes
 * ids sort by creation time, so they double as the history cursor.
 */
export function newRequestId(now: number = Date.now()): string {
  let random = '';
  for (let i = 0; i < 11; i++) random += ALPHABET[randomInt(36)];
  return `req_${now.toString(36).padStart(9, '0')}${random}`;
}
