/**
 * Channel limits as data: the one place guardrails, prompts and the side panel read them from.
 *
 * Sources:
 * - SMS: 3GPP TS 23.038 (GSM 7-bit default alphabet) and TS 23.040 (SMS PDU of 140 octets):
 *   one segment holds 160 GSM-7 characters or 70 UCS-2 code units; a concatenated message
 *   spends a 6-octet header per segment, leaving 153 and 67.
 *   https://www.3gpp.org/ftp/Specs/archive/23_series/23.038/
 * - LinkedIn: connection request note up to 300 characters (Premium; free accounts get 200 for a
 *   limited number of notes a month); messages up to 8,000 characters; InMail subject up to 200
 *   and body up to 1,900 characters.
 *   https://www.linkedin.com/help/linkedin/answer/a528188 and /answer/a544640
 * - Email subject: RFC 5322 §2.1.1 recommends header lines of at most 78 characters; inbox
 *   previews (Gmail, Outlook) cut subjects at roughly 60 characters, hence the recommendation.
 *   https://www.rfc-editor.org/rfc/rfc5322#section-2.1.1
 */
export const CHANNELS = ['EMAIL', 'LINKEDIN', 'SMS'] as const;
type ChannelName = (typeof CHANNELS)[number];

export const SMS_LIMITS = {
  gsm7_segment_chars: 160,
  ucs2_segment_chars: 70,
  gsm7_concat_segment_chars: 153,
  ucs2_concat_segment_chars: 67,
  /** What the writer aims for: outreach SMS longer than two segments arrives split and reads as spam. */
  max_segments: 2,
  /** Past this the variant is an error, not a cost warning. */
  hard_max_segments: 3,
} as const;

export const LINKEDIN_LIMITS = {
  connection_note_chars: 300,
  message_chars: 8000,
  inmail_subject_chars: 200,
  inmail_body_chars: 1900,
} as const;

export const EMAIL_LIMITS = {
  subject_recommended_chars: 60,
  subject_max_chars: 78,
} as const;

export interface WordBounds {
  min: number;
  default: number;
  max: number;
}

/** Word budgets per channel: the defaults fit the channel's natural length. */
export const WORD_LIMITS: Record<ChannelName, WordBounds> = {
  EMAIL: { min: 20, default: 120, max: 300 },
  LINKEDIN: { min: 15, default: 60, max: 250 },
  SMS: { min: 5, default: 35, max: 60 },
};

/** Most characters a message body may have on the channel before it cannot be sent at all. */
export function channelHardCharLimit(channel: ChannelName): number | null {
  switch (channel) {
    case 'LINKEDIN':
      return LINKEDIN_LIMITS.message_chars;
    case 'SMS':
      return SMS_LIMITS.max_segments * SMS_LIMITS.gsm7_concat_segment_chars;
    case 'EMAIL':
      return null;
  }
}
