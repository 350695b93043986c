/**
 * What every SMS must carry: who is writing and how to stop the texts (errors the retry can fix),
 * and two warnings about the input that no wording fixes: consent not confirmed, no sender known.
 */
import {
  findOptOut,
  type PersonalizeRequest,
  type RiskFlag,
  type RiskFlagCode,
  SMS_OPT_OUT_TEXTS,
  smsSenderName,
} from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';
import { containsPhrase, normalizePhrase } from './facts.ts';
import { variantFlag } from './flag.ts';

/** Flags about the request itself: every variant carries them, whatever it says. */
export const INPUT_FLAGS: ReadonlySet<RiskFlagCode> = new Set(['SMS_CONSENT_UNCONFIRMED', 'SMS_NO_SENDER_PROFILE']);

// "Acme Inc." is named as "Acme" too.
const LEGAL_SUFFIX = / (inc|llc|ltd|limited|gmbh|co|corp|corporation|plc|sa|ag|bv|pty)$/;

/** True when the message names the sender as written, or the company without its legal suffix. */
export function namesSender(message: string, who: string): boolean {
  const text = normalizePhrase(message);
  const name = normalizePhrase(who);
  return [name, name.replace(LEGAL_SUFFIX, '')].some((n) => n !== '' && containsPhrase(text, n));
}

export function checkSmsCompliance(request: PersonalizeRequest, variant: Draft): RiskFlag[] {
  if (request.channel !== 'SMS') return [];
  const flags: RiskFlag[] = [];
  if (request.constraints.sms_consent !== true) {
    flags.push(
      variantFlag(
        'SMS_CONSENT_UNCONFIRMED',
        'compliance',
        'warning',
        "the lead's consent to texts is not confirmed (constraints.sms_consent): marketing texts need their prior written consent",
      ),
    );
  }
  const who = smsSenderName(request.sender);
  if (who === null) {
    flags.push(
      variantFlag(
        'SMS_NO_SENDER_PROFILE',
        'compliance',
        'warning',
        'no sender profile: set your name and company in Settings so every text says who is writing',
      ),
    );
  } else if (!namesSender(variant.message, who)) {
    flags.push(
      variantFlag(
        'SMS_MISSING_SENDER',
        'compliance',
        'error',
        `does not say who is writing: a text must name the sender (“${who}”)`,
        'message',
      ),
    );
  }
  if (!findOptOut(variant.message)) {
    flags.push(
      variantFlag(
        'SMS_MISSING_OPT_OUT',
        'compliance',
        'error',
        `no opt-out: a text must say how to stop them (“${SMS_OPT_OUT_TEXTS[request.language]}”)`,
        'message',
      ),
    );
  }
  return flags;
}
