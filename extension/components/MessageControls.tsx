import { type Channel, type LinkedInFormat, type Tone, wordBounds } from '@personalizer/shared';

export interface MessageSettings {
  goal: string;
  tone: Tone;
  channel: Channel;
  /** LINKEDIN only. */
  format: LinkedInFormat;
  maxWords: number;
}

const FORMAT_NAMES: Record<LinkedInFormat, string> = {
  CONNECTION_NOTE: 'Connection note',
  MESSAGE: 'Message',
  INMAIL: 'InMail',
};

/** Goal (recent goals suggested), tone, channel, LinkedIn format and the word budget. */
export function MessageControls(props: {
  value: MessageSettings;
  onChange: (value: MessageSettings, changed: keyof MessageSettings) => void;
  recentGoals: string[];
}) {
  const { value } = props;
  const set = <K extends keyof MessageSettings>(key: K, v: MessageSettings[K]) =>
    props.onChange({ ...value, [key]: v }, key);
  const bounds = wordBounds(value.channel, value.channel === 'LINKEDIN' ? value.format : undefined);
  return (
    <>
      <label>
        Goal
        <input name="goal" list="recent-goals" value={value.goal} onChange={(e) => set('goal', e.target.value)} />
        <datalist id="recent-goals">
          {props.recentGoals.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
      </label>
      <div className="row">
        <label>
          Tone
          <select name="tone" value={value.tone} onChange={(e) => set('tone', e.target.value as Tone)}>
            <option value="PROFESSIONAL">Professional</option>
            <option value="FRIENDLY">Friendly</option>
            <option value="DIRECT">Direct</option>
          </select>
        </label>
        <label>
          Channel
          <select name="channel" value={value.channel} onChange={(e) => set('channel', e.target.value as Channel)}>
            <option value="EMAIL">Email</option>
            <option value="LINKEDIN">LinkedIn</option>
            <option value="SMS">SMS</option>
          </select>
        </label>
      </div>
      <div className="row">
        {value.channel === 'LINKEDIN' && (
          <label>
            Format
            <select
              name="linkedin_format"
              value={value.format}
              onChange={(e) => set('format', e.target.value as LinkedInFormat)}
            >
              {Object.entries(FORMAT_NAMES).map(([format, name]) => (
                <option key={format} value={format}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Max words
          <input
            name="max_words"
            type="number"
            min={bounds.min}
            max={bounds.max}
            value={value.maxWords}
            onChange={(e) => set('maxWords', Number(e.target.value))}
          />
        </label>
      </div>
    </>
  );
}
