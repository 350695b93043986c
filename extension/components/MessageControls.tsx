import {
  type Channel,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  type LinkedInFormat,
  type MessageSlot,
  partWordBounds,
  type Template,
  type Tone,
} from '@personalizer/shared';
import { canWriteInSteps, type MessageSettings } from '@/lib/use-message-settings';
import { Select } from './Select';

const TONES: Record<Tone, string> = { PROFESSIONAL: 'Professional', FRIENDLY: 'Friendly', DIRECT: 'Direct' };
const CHANNELS: Record<Channel, string> = { EMAIL: 'Email', LINKEDIN: 'LinkedIn', SMS: 'SMS' };
const SLOTS: Record<MessageSlot, string> = {
  FULL: 'Whole message',
  OPENER: 'Opener',
  BODY: 'Body',
  CTA: 'Call to action',
  PS: 'P.S.',
};
/** Each language by its own name, as a speaker looks for it. */
const LANGUAGE_OPTIONS = Object.fromEntries(LANGUAGES.map((l) => [l, LANGUAGE_NAMES[l].native])) as Record<
  Language,
  string
>;
const FORMATS: Record<LinkedInFormat, string> = {
  CONNECTION_NOTE: 'Invite note',
  MESSAGE: 'Message',
  INMAIL: 'InMail',
};

/** The prompt strategy: picked by the server from the industry, or one the SDR names. */
function TemplatePicker(props: {
  templates: Template[];
  value: string;
  onChange: (templateId: string) => void;
  industry: string | null;
}) {
  const active = props.templates.filter((t) => t.status === 'active');
  return (
    <label>
      Template
      <select name="template_id" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.industry ? `By industry (${props.industry})` : 'By industry'}</option>
        {active.map((t) => (
          <option key={t.template_id} value={t.template_id}>
            {t.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * What to write: the goal (recent goals one click away), then channel, LinkedIn format, tone and
 * word budget in one row; the language (the browser's by default), part, template and steps fold
 * under "More options", whose summary names what differs from the defaults. SMS consent stays in
 * sight: it is the lead's, not an option.
 */
export function MessageControls(props: {
  value: MessageSettings;
  onChange: (value: MessageSettings, changed: keyof MessageSettings) => void;
  recentGoals: string[];
  templates: Template[];
  templateId: string;
  onTemplate: (templateId: string) => void;
  industry: string | null;
}) {
  const { value } = props;
  const set = <K extends keyof MessageSettings>(key: K, v: MessageSettings[K]) =>
    props.onChange({ ...value, [key]: v }, key);
  const choice = <K extends 'tone' | 'channel' | 'format' | 'slot' | 'language'>(
    label: string,
    key: K,
    name: string,
    options: Record<MessageSettings[K], string>,
  ) => <Select label={label} name={name} value={value[key]} options={options} onChange={(v) => set(key, v)} />;
  const bounds = partWordBounds(value.channel, value.channel === 'LINKEDIN' ? value.format : undefined, value.slot);
  const suggestions = props.recentGoals.filter((g) => g !== value.goal).slice(0, 3);
  const options = [
    value.language !== 'en' && LANGUAGE_NAMES[value.language].native,
    value.slot !== 'FULL' && SLOTS[value.slot],
    props.templateId && props.templates.find((t) => t.template_id === props.templateId)?.name,
    value.steps && canWriteInSteps(value) && 'in steps',
  ].filter(Boolean);
  return (
    <section className="card controls" aria-label="What to write">
      <label>
        Goal
        <input
          name="goal"
          list="recent-goals"
          placeholder="e.g. Book a 15-minute intro call"
          value={value.goal}
          onChange={(e) => set('goal', e.target.value)}
        />
        <datalist id="recent-goals">
          {props.recentGoals.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
      </label>
      {suggestions.length > 0 && (
        <ul className="chips goals" aria-label="Recent goals">
          {suggestions.map((g) => (
            <li key={g}>
              <button type="button" className="chip-button" onClick={() => set('goal', g)}>
                {g}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        {choice('Channel', 'channel', 'channel', CHANNELS)}
        {value.channel === 'LINKEDIN' && choice('Format', 'format', 'linkedin_format', FORMATS)}
        <div className="grow">{choice('Tone', 'tone', 'tone', TONES)}</div>
        <label className="narrow">
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
      <details className="more">
        <summary>
          More options<span className="summary-note">{options.length ? options.join(' · ') : ''}</span>
        </summary>
        <div className="row">
          {choice('Language', 'language', 'language', LANGUAGE_OPTIONS)}
          {value.channel !== 'SMS' && choice('Part', 'slot', 'slot', SLOTS)}
          <TemplatePicker
            templates={props.templates}
            value={props.templateId}
            onChange={props.onTemplate}
            industry={props.industry}
          />
        </div>
        {canWriteInSteps(value) && (
          <label className="check">
            <input
              type="checkbox"
              name="steps"
              checked={value.steps}
              onChange={(e) => set('steps', e.target.checked)}
            />
            Write in steps: opener, body, then call to action
          </label>
        )}
      </details>
    </section>
  );
}
