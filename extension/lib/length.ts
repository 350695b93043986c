/** A variant's length as the SDR reads it: a note in words and characters, and a meter against the channel's limit. */
import {
  type Channel,
  countWords,
  findOptOut,
  LINKEDIN_LIMITS,
  type LinkedInFormat,
  type LinkedInTier,
  linkedinBodyLimit,
  SMS_LIMITS,
  smsSegments,
  withoutOptOut,
} from '@personalizer/shared';

export interface LinkedInTarget {
  format: LinkedInFormat;
  tier: LinkedInTier;
}

export interface Length {
  note: string;
  /** What the meter shows: the measure that binds on this channel, and its limit. */
  used: number;
  limit: number;
  unit: 'words' | 'chars';
}

const FORMAT_NAMES: Record<LinkedInFormat, string> = {
  CONNECTION_NOTE: 'note',
  MESSAGE: 'message',
  INMAIL: 'InMail',
};

/**
 * Email is bound by the word budget, LinkedIn by whichever of the budget and the format's
 * character limit is nearer, SMS by the
 * characters of the segments the writer aims for (as the server counts: the opt-out costs
 * segments, not words).
 */
export function lengthOf(channel: Channel, message: string, maxWords: number, linkedin?: LinkedInTarget): Length {
  if (channel === 'SMS') {
    const sms = smsSegments(message);
    const optOut = findOptOut(message) ? '' : ' · no opt-out line';
    const perSegment =
      sms.encoding === 'GSM-7' ? SMS_LIMITS.gsm7_concat_segment_chars : SMS_LIMITS.ucs2_concat_segment_chars;
    return {
      note: `${countWords(withoutOptOut(message))}/${maxWords} words · ${sms.units} chars, ${sms.segments} SMS segment${sms.segments > 1 ? 's' : ''} (${sms.encoding})${optOut}`,
      used: sms.units,
      limit: perSegment * SMS_LIMITS.max_segments,
      unit: 'chars',
    };
  }
  const wordCount = countWords(message);
  const words = `${wordCount}/${maxWords} words`;
  if (channel === 'LINKEDIN') {
    const format = linkedin?.format ?? 'CONNECTION_NOTE';
    const limit = linkedin ? linkedinBodyLimit(format, linkedin.tier) : LINKEDIN_LIMITS.connection_note_chars;
    const account =
      linkedin?.format === 'CONNECTION_NOTE' ? (linkedin.tier === 'FREE' ? ', free account' : ', Premium') : '';
    const what = linkedin ? `${FORMAT_NAMES[format]}${account}` : 'for a note';
    const note = `${words} · ${message.length}/${limit} chars ${linkedin ? `(${what})` : what}`;
    // A note is bound by its characters, a long message by the word budget: the meter shows the nearer limit.
    return message.length / limit >= wordCount / maxWords
      ? { note, used: message.length, limit, unit: 'chars' }
      : { note, used: wordCount, limit: maxWords, unit: 'words' };
  }
  return { note: words, used: wordCount, limit: maxWords, unit: 'words' };
}
