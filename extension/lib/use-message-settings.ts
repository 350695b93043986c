/**
 * The message settings for the lead on the page: channel from the site, LinkedIn format from the
 * composer open on the page (until the SDR picks one), the word budget following both, and SMS
 * consent cleared for another lead.
 */
import { type Channel, type LinkedInFormat, partWordBounds } from '@personalizer/shared';
import { useEffect, useState } from 'react';
import type { MessageSettings } from '@/components/MessageControls';

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
