import {
  countWords,
  EMAIL_LIMITS,
  LINKEDIN_LIMITS,
  linkedinBodyLimit,
  type PersonalizeRequest,
  type RiskFlag,
  SMS_LIMITS,
  smsSegments,
} from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';

/** Word budget, the channel's hard limits, and the email subject. */
export function checkLength(request: PersonalizeRequest, variant: Draft): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const words = countWords(variant.message);
  const limit = request.constraints.max_words;
  if (words > limit) {
    flags.push({ code: 'OVER_WORD_LIMIT', severity: 'error', detail: `${words} words, over the ${limit}-word limit` });
  }
  if (request.channel === 'SMS') {
    const sms = smsSegments(variant.message);
    if (sms.segments > SMS_LIMITS.max_segments) {
      flags.push({
        code: 'OVER_CHANNEL_LIMIT',
        severity: 'error',
        detail: `${sms.segments} SMS segments (${sms.encoding}, ${sms.units} characters), over the ${SMS_LIMITS.max_segments}-segment limit`,
      });
    }
  }
  if (request.channel === 'LINKEDIN' && request.linkedin_format) {
    flags.push(...checkLinkedInFormat(request, variant.message.length));
  } else if (request.channel === 'LINKEDIN') {
    const chars = variant.message.length;
    if (chars > LINKEDIN_LIMITS.message_chars) {
      flags.push({
        code: 'OVER_CHANNEL_LIMIT',
        severity: 'error',
        detail: `${chars} characters, over LinkedIn's ${LINKEDIN_LIMITS.message_chars}-character message limit`,
      });
    } else if (chars > LINKEDIN_LIMITS.connection_note_chars) {
      flags.push({
        code: 'OVER_CHANNEL_LIMIT',
        severity: 'warning',
        detail: `${chars} characters: too long for a connection note (${LINKEDIN_LIMITS.connection_note_chars}); fits a message`,
      });
    }
  }
  if (request.constraints.include_subjects) {
    const subject = variant.subject?.trim() ?? '';
    if (!subject) flags.push({ code: 'MISSING_SUBJECT', severity: 'error', detail: 'the email has no subject' });
    else if (request.channel === 'LINKEDIN') {
      if (subject.length > LINKEDIN_LIMITS.inmail_subject_chars)
        flags.push({
          code: 'SUBJECT_TOO_LONG',
          severity: 'error',
          detail: `subject has ${subject.length} characters, over InMail's ${LINKEDIN_LIMITS.inmail_subject_chars}`,
        });
    } else if (subject.length > EMAIL_LIMITS.subject_max_chars) {
      flags.push({
        code: 'SUBJECT_TOO_LONG',
        severity: 'error',
        detail: `subject has ${subject.length} characters, over ${EMAIL_LIMITS.subject_max_chars}`,
      });
    } else if (subject.length > EMAIL_LIMITS.subject_recommended_chars) {
      flags.push({
        code: 'SUBJECT_TOO_LONG',
        severity: 'warning',
        detail: `subject has ${subject.length} characters; inboxes cut it after about ${EMAIL_LIMITS.subject_recommended_chars}`,
      });
    }
  }
  return flags;
}

const FORMAT_NAMES = { CONNECTION_NOTE: 'connection note', MESSAGE: 'message', INMAIL: 'InMail' } as const;

/** The limit of the LinkedIn format being written; a note's depends on the account tier. */
function checkLinkedInFormat(request: PersonalizeRequest, chars: number): RiskFlag[] {
  const format = request.linkedin_format ?? 'MESSAGE';
  const tier = request.linkedin_tier;
  const limit = linkedinBodyLimit(format, tier);
  const account = format === 'CONNECTION_NOTE' && tier ? ` on a ${tier === 'FREE' ? 'free' : 'Premium'} account` : '';
  if (chars > limit) {
    return [
      {
        code: 'OVER_CHANNEL_LIMIT',
        severity: 'error',
        detail: `${chars} characters, over the ${limit}-character limit of a LinkedIn ${FORMAT_NAMES[format]}${account}`,
      },
    ];
  }
  const free = LINKEDIN_LIMITS.connection_note_chars_free;
  if (format === 'CONNECTION_NOTE' && !tier && chars > free) {
    return [
      {
        code: 'OVER_CHANNEL_LIMIT',
        severity: 'warning',
        detail: `${chars} characters: fits a Premium connection note but not a free account's ${free}`,
      },
    ];
  }
  return [];
}
