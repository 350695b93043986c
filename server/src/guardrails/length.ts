import {
  countWords,
  EMAIL_LIMITS,
  LINKEDIN_LIMITS,
  type PersonalizeRequest,
  type RiskFlag,
  SMS_LIMITS,
  smsSegments,
  toSmsText,
} from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';
import { variantFlag } from './flag.ts';

/** Word budget, the channel's hard limits, and the email subject. */
export function checkLength(request: PersonalizeRequest, variant: Draft): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const words = countWords(variant.message);
  const limit = request.constraints.max_words;
  if (words > limit) {
    flags.push(
      variantFlag('OVER_WORD_LIMIT', 'length', 'error', `${words} words, over the ${limit}-word limit`, 'message'),
    );
  }
  if (request.channel === 'SMS') {
    // Sent as GSM-7 where a twin exists (the pipeline straightens quotes in SMS variants).
    const sms = smsSegments(toSmsText(variant.message));
    // Each segment is billed as a message; past the hard limit the text arrives in pieces.
    if (sms.segments > 1) {
      const over = sms.segments > SMS_LIMITS.hard_max_segments;
      const detail = `${sms.segments} SMS segments (${sms.encoding}, ${sms.units} characters) = ${sms.segments} messages billed${over ? `, over the ${SMS_LIMITS.hard_max_segments}-segment limit` : ''}`;
      flags.push(variantFlag('OVER_CHANNEL_LIMIT', 'length', over ? 'error' : 'warning', detail, 'message'));
    }
  }
  if (request.channel === 'LINKEDIN') {
    const chars = variant.message.length;
    if (chars > LINKEDIN_LIMITS.message_chars) {
      const detail = `${chars} characters, over LinkedIn's ${LINKEDIN_LIMITS.message_chars}-character message limit`;
      flags.push(variantFlag('OVER_CHANNEL_LIMIT', 'length', 'error', detail, 'message'));
    } else if (chars > LINKEDIN_LIMITS.connection_note_chars) {
      const detail = `${chars} characters: too long for a connection note (${LINKEDIN_LIMITS.connection_note_chars}); fits a message`;
      flags.push(variantFlag('OVER_CHANNEL_LIMIT', 'length', 'warning', detail, 'message'));
    }
  }
  if (request.constraints.include_subjects) {
    const subject = variant.subject?.trim() ?? '';
    if (!subject) flags.push(variantFlag('MISSING_SUBJECT', 'length', 'error', 'the email has no subject', 'subject'));
    else if (subject.length > EMAIL_LIMITS.subject_max_chars) {
      const detail = `subject has ${subject.length} characters, over ${EMAIL_LIMITS.subject_max_chars}`;
      flags.push(variantFlag('SUBJECT_TOO_LONG', 'length', 'error', detail, 'subject'));
    } else if (subject.length > EMAIL_LIMITS.subject_recommended_chars) {
      const detail = `subject has ${subject.length} characters; inboxes cut it after about ${EMAIL_LIMITS.subject_recommended_chars}`;
      flags.push(variantFlag('SUBJECT_TOO_LONG', 'length', 'warning', detail, 'subject'));
    }
  }
  return flags;
}
