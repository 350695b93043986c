/**
 * The message settings for the lead on the page: channel from the site, LinkedIn format from the
 * composer open on the page (until the SDR picks one), the word budget following both, and SMS
 * consent cleared for another lead.
 */
import {
  type Channel,
  type Language,
  type LinkedInFormat,
  languageOf,
  type MessageSlot,
  MULTI_STEP_MIN_WORDS,
  partWordBounds,
  type Tone,
} from '@personalizer/shared';
import { useEffect, useState } from 'react';

export interface MessageSettings {
  goal: string;
  tone: Tone;
  channel: Channel;
  /** LINKEDIN only. */
  format: LinkedInFormat;
  maxWords: number;
  /** The part to write; an SMS is written whole. */
  slot: MessageSlot;
  /** SMS only: the lead opted in to texts (constraints.sms_consent). */
  smsConsent: boolean;
  /** Write opener, body and call to action one call each (mode MULTI_STEP), where it applies. */
  steps: boolean;
  /** The language to write in; the browser's first one we write, else English. */
  language: Language;
}

/** The first of the browser's languages that messages can be written in ("es-MX" → es), else English. */
export function browserLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const language = languageOf(tag);
    if (language) return language;
  }
  return 'en';
}

/** MULTI_STEP writes whole email and LinkedIn messages with room for three parts. */
export const canWriteInSteps = (s: Pick<MessageSettings, 'channel' | 'slot' | 'maxWords'>) =>
  s.channel !== 'SMS' && s.slot === 'FULL' && s.maxWords >= MULTI_STEP_MIN_WORDS;

const defaultChannel = (site: 'linkedin' | 'gmail' | null): Channel => (site === 'gmail' ? 'EMAIL' : 'LINKEDIN');
const maxWordsFor = (s: Pick<MessageSettings, 'channel' | 'format' | 'slot'>) =>
  partWordBounds(s.channel, s.channel === 'LINKEDIN' ? s.format : undefined, s.slot).default;

export function useMessageSettings(
  site: 'linkedin' | 'gmail' | null,
  composer: LinkedInFormat | null,
  leadKey: string | null,
) {
  const [settings, setSettings] = useState<MessageSettings>(() => {
    const channel = defaultChannel(site);
    return {
      goal: '',
      tone: 'PROFESSIONAL',
      channel,
      format: 'MESSAGE',
      maxWords: maxWordsFor({ channel, format: 'MESSAGE', slot: 'FULL' }),
      slot: 'FULL',
      smsConsent: false,
      steps: false,
      language: browserLanguage(navigator.languages),
    };
  });
  // The format follows the composer open on the page until the SDR picks one.
  const [formatChosen, setFormatChosen] = useState(false);

  useEffect(() => {
    if (!site) return;
    setSettings((s) => {
      const channel = defaultChannel(site);
      return { ...s, channel, maxWords: maxWordsFor({ ...s, channel }) };
    });
  }, [site]);
  // Another lead: the composer decides again, and consent to texts (the lead's) is not given yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the lead's identity is the trigger, not an input
  useEffect(() => {
    setFormatChosen(false);
    setSettings((s) => (s.smsConsent ? { ...s, smsConsent: false } : s));
  }, [leadKey]);
  useEffect(() => {
    if (formatChosen || !composer) return;
    setSettings((s) =>
      s.format === composer ? s : { ...s, format: composer, maxWords: maxWordsFor({ ...s, format: composer }) },
    );
  }, [composer, formatChosen]);

  function change(next: MessageSettings, changed: keyof MessageSettings) {
    if (changed === 'format') setFormatChosen(true);
    // An SMS is written whole.
    const shaped = next.channel === 'SMS' ? { ...next, slot: 'FULL' as const } : next;
    setSettings(
      changed === 'channel' || changed === 'format' || changed === 'slot'
        ? { ...shaped, maxWords: maxWordsFor(shaped) }
        : shaped,
    );
  }

  return [settings, change] as const;
}
