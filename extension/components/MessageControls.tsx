import {
  type Channel,
  type LinkedInFormat,
  type MessageSlot,
  MULTI_STEP_MIN_WORDS,
  partWordBounds,
  type Tone,
} from '@personalizer/shared';

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
}

/** MULTI_STEP writes whole email and LinkedIn messages with room for three parts. */
export const canWriteInSteps = (s: Pick<MessageSettings, 'channel' | 'slot' | 'maxWords'>) =>
  s.channel !== 'SMS' && s.slot === 'FULL' && s.maxWords >= MULTI_STEP_MIN_WORDS;

const TONES: Record<Tone, string> = { PROFESSIONAL: 'Professional', FRIENDLY: 'Friendly', DIRECT: 'Direct' };
const CHANNELS: Record<Channel, string> = { EMAIL: 'Email', LINKEDIN: 'LinkedIn', SMS: 'SMS' };
const SLOTS: Record<MessageSlot, string> = {
  FULL: 'Whole message',
  OPENER: 'Opener',
  BODY: 'Body',
  CTA: 'Call to action',
  PS: 'P.S.',
};
const FORMATS: Record<LinkedInFormat, string> = {
  CONNECTION_NOTE: 'Connection note',
  MESSAGE: 'Message',
  INMAIL: 'InMail',
};

function Choice<T extends string>(props: {
  label: string;
  name: string;
  value: T;
  options: Record<T, string>;
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {(Object.entries(props.options) as [T, string][]).map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Goal (recent goals suggested), tone, channel, LinkedIn format, the part, the word budget, steps and SMS consent. */
export function MessageControls(props: {
  value: MessageSettings;
  onChange: (value: MessageSettings, changed: keyof MessageSettings) => void;
  recentGoals: string[];
}) {
  const { value } = props;
  const set = <K extends keyof MessageSettings>(key: K, v: MessageSettings[K]) =>
    props.onChange({ ...value, [key]: v }, key);
  const choice = <K extends 'tone' | 'channel' | 'format' | 'slot'>(
    label: string,
    key: K,
    name: string,
    options: Record<MessageSettings[K], string>,
  ) => <Choice label={label} name={name} value={value[key]} options={options} onChange={(v) => set(key, v)} />;
  const bounds = partWordBounds(value.channel, value.channel === 'LINKEDIN' ? value.format : undefined, value.slot);
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
        {choice('Tone', 'tone', 'tone', TONES)}
        {choice('Channel', 'channel', 'channel', CHANNELS)}
      </div>
      <div className="row">
        {value.channel === 'LINKEDIN' && choice('Format', 'format', 'linkedin_format', FORMATS)}
        {value.channel !== 'SMS' && choice('Part', 'slot', 'slot', SLOTS)}
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
      {canWriteInSteps(value) && (
        <label className="check">
          <input type="checkbox" name="steps" checked={value.steps} onChange={(e) => set('steps', e.target.checked)} />
          Write in steps: opener, body, then call to action
        </label>
      )}
      {value.channel === 'SMS' && (
        <label className="check">
          <input
            type="checkbox"
            name="sms_consent"
            checked={value.smsConsent}
            onChange={(e) => set('smsConsent', e.target.checked)}
          />
          Lead opted in to texts
        </label>
      )}
    </>
  );
}
