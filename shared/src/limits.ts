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
 *   and body up to 1,900 characters (LinkedIn Help says 2,000; third parties 1,900: the lower wins).
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
  /** Premium and Sales Navigator. */
  connection_note_chars: 300,
  connection_note_chars_free: 200,
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

/** What a LinkedIn message is: each has its own length limit (and InMail a subject). */
export const LINKEDIN_FORMATS = ['CONNECTION_NOTE', 'MESSAGE', 'INMAIL'] as const;
type LinkedInFormatName = (typeof LINKEDIN_FORMATS)[number];
export const LINKEDIN_TIERS = ['FREE', 'PREMIUM'] as const;
type LinkedInTierName = (typeof LINKEDIN_TIERS)[number];

/** Most characters a LinkedIn body may have in this format; an unknown tier gets Premium's note limit. */
export function linkedinBodyLimit(format: LinkedInFormatName, tier?: LinkedInTierName): number {
  switch (format) {
    case 'CONNECTION_NOTE':
      return tier === 'FREE' ? LINKEDIN_LIMITS.connection_note_chars_free : LINKEDIN_LIMITS.connection_note_chars;
    case 'MESSAGE':
      return LINKEDIN_LIMITS.message_chars;
    case 'INMAIL':
      return LINKEDIN_LIMITS.inmail_body_chars;
  }
}

/** Word budgets per LinkedIn format: a note is a sentence or two, an InMail a short email. */
export const LINKEDIN_FORMAT_WORDS: Record<LinkedInFormatName, WordBounds> = {
  CONNECTION_NOTE: { min: 15, default: 30, max: 50 },
  MESSAGE: WORD_LIMITS.LINKEDIN,
  INMAIL: { min: 20, default: 100, max: 250 },
};

/** Word bounds for a request: the LinkedIn format's when one is given, else the channel's. */
export function wordBounds(channel: ChannelName, format?: LinkedInFormatName): WordBounds {
  return channel === 'LINKEDIN' && format ? LINKEDIN_FORMAT_WORDS[format] : WORD_LIMITS[channel];
}

/** Whether the message has a subject line: email, and LinkedIn InMail. */
export function carriesSubject(channel: ChannelName, format?: LinkedInFormatName): boolean {
  return channel === 'EMAIL' || (channel === 'LINKEDIN' && format === 'INMAIL');
}

/** Context the panel sends: each piece of the lead's own words, and how many pieces and sources. */
export const LEAD_CONTEXT_LIMITS = {
  /** An About or a last email is clipped to this, at a sentence end when there is one. */
  item_chars: 1500,
  items: 8,
  sources: 20,
} as const;
