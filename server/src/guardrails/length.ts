import {
  countWords,
  EMAIL_LIMITS,
  LINKEDIN_LIMITS,
  linkedinBodyLimit,
  type PersonalizeRequest,
  type RiskFlag,
  SMS_LIMITS,
  smsSegments,
  toSmsText,
  withoutOptOut,
} from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';
import { variantFlag } from './flag.ts';

/** Word budget, the channel's hard limits, and the subject. */
export function checkLength(request: PersonalizeRequest, variant: Draft): RiskFlag[] {
  const flags: RiskFlag[] = [];
  // An SMS's opt-out line is required text, like a footer: it costs segments, not words.
  const words = countWords(request.channel === 'SMS' ? withoutOptOut(variant.message) : variant.message);
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
  if (request.channel === 'LINKEDIN' && request.linkedin_format) {
    flags.push(...checkLinkedInFormat(request, variant.message.length));
  } else if (request.channel === 'LINKEDIN') {
    const chars = variant.message.length;
    if (chars > LINKEDIN_LIMITS.message_chars) {
      const detail = `${chars} characters, over LinkedIn's ${LINKEDIN_LIMITS.message_chars}-character message limit`;
      flags.push(variantFlag('OVER_CHANNEL_LIMIT', 'length', 'error', detail, 'message'));
    } else if (chars > LINKEDIN_LIMITS.connection_note_chars) {
      const detail = `${chars} characters: too long for a connection note (${LINKEDIN_LIMITS.connection_note_chars}); fits a message`;
      flags.push(variantFlag('OVER_CHANNEL_LIMIT', 'length', 'warning', detail, 'message'));
    }
  }
  if (request.constraints.include_subjects) flags.push(...checkSubject(request, variant.subject?.trim() ?? ''));
  return flags;
}

function checkSubject(request: PersonalizeRequest, subject: string): RiskFlag[] {
  const flag = (severity: RiskFlag['severity'], detail: string) =>
    variantFlag('SUBJECT_TOO_LONG', 'length', severity, detail, 'subject');
  if (!subject) return [variantFlag('MISSING_SUBJECT', 'length', 'error', 'the message has no subject', 'subject')];
  if (request.channel === 'LINKEDIN') {
    const max = LINKEDIN_LIMITS.inmail_subject_chars;
    return subject.length > max
      ? [flag('error', `subject has ${subject.length} characters, over InMail's ${max}`)]
      : [];
  }
  if (subject.length > EMAIL_LIMITS.subject_max_chars) {
    return [flag('error', `subject has ${subject.length} characters, over ${EMAIL_LIMITS.subject_max_chars}`)];
  }
  if (subject.length > EMAIL_LIMITS.subject_recommended_chars) {
    const cut = EMAIL_LIMITS.subject_recommended_chars;
    return [flag('warning', `subject has ${subject.length} characters; inboxes cut it after about ${cut}`)];
  }
  return [];
}

const FORMAT_NAMES = { CONNECTION_NOTE: 'connection note', MESSAGE: 'message', INMAIL: 'InMail' } as const;

/** The limit of the LinkedIn format being written; a note's depends on the account tier. */
function checkLinkedInFormat(request: PersonalizeRequest, chars: number): RiskFlag[] {
  const format = request.linkedin_format ?? 'MESSAGE';
  const tier = request.linkedin_tier;
  const limit = linkedinBodyLimit(format, tier);
  const account = format === 'CONNECTION_NOTE' && tier ? ` on a ${tier === 'FREE' ? 'free' : 'Premium'} account` : '';
  if (chars > limit) {
    const detail = `${chars} characters, over the ${limit}-character limit of a LinkedIn ${FORMAT_NAMES[format]}${account}`;
    return [variantFlag('OVER_CHANNEL_LIMIT', 'length', 'error', detail, 'message')];
  }
  const free = LINKEDIN_LIMITS.connection_note_chars_free;
  if (format === 'CONNECTION_NOTE' && !tier && chars > free) {
    const detail = `${chars} characters: fits a Premium connection note but not a free account's ${free}`;
    return [variantFlag('OVER_CHANNEL_LIMIT', 'length', 'warning', detail, 'message')];
  }
  return [];
}
