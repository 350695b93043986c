import {
  type Channel,
  PersonalizeRequest,
  type PersonalizeRequestInput,
  type PersonalizeResponse,
  type Tone,
  toApiIssues,
  WORD_LIMITS,
} from '@personalizer/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type ApiClient, describeError } from '@/lib/api';
import type { ScrapedLead } from '@/lib/scrape/types';
import { recentGoals, rememberGoal } from '@/lib/settings';
import { sendToTab } from '@/lib/tab';
import { type InsertChoice, VariantCard } from './VariantCard.tsx';

const LEAD_FIELDS: [keyof ScrapedLead, string][] = [
  ['first_name', 'First name'],
  ['last_name', 'Last name'],
  ['title', 'Title'],
  ['company_name', 'Company'],
  ['domain', 'Domain'],
  ['email', 'Email'],
];

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** The write view: lead and context (editable), goal, tone, channel; generate; pick and insert. */
export function LeadForm(props: {
  api: ApiClient;
  tab: Browser.tabs.Tab | null;
  site: 'linkedin' | 'gmail' | null;
  reopenId: string | null;
  onOpenSettings: () => void;
}) {
  const { api, tab, site } = props;
  const [lead, setLead] = useState<ScrapedLead>({});
  const [summary, setSummary] = useState('');
  const [keywords, setKeywords] = useState('');
  const [tech, setTech] = useState('');
  const [goal, setGoal] = useState('');
  const [tone, setTone] = useState<Tone>('PROFESSIONAL');
  const [channel, setChannel] = useState<Channel>(site === 'gmail' ? 'EMAIL' : 'LINKEDIN');
  const [maxWords, setMaxWords] = useState(WORD_LIMITS[channel].default);
  const [result, setResult] = useState<PersonalizeResponse | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const goals = useQuery({ queryKey: ['goals'], queryFn: () => recentGoals.getValue() });

  const scrape = useQuery({
    queryKey: ['scrape', tab?.id, tab?.url],
    enabled: !!tab,
    queryFn: () => sendToTab(tab as Browser.tabs.Tab, { type: 'scrape' }),
  });
  useEffect(() => {
    if (scrape.data) setLead(scrape.data.lead);
  }, [scrape.data]);
  useEffect(() => {
    if (site) setChannel(site === 'gmail' ? 'EMAIL' : 'LINKEDIN');
  }, [site]);
  useEffect(() => {
    setMaxWords(WORD_LIMITS[channel].default);
  }, [channel]);

  // Re-open a request from History: its final variants.
  useEffect(() => {
    if (!props.reopenId) return;
    api.record(props.reopenId).then(
      (record) => {
        const final = record.outputs.find((o) => o.final);
        setResult({ request_id: record.request.request_id, variants: final?.parsed_variants ?? [] });
        setNotice(`Re-opened ${record.request.request_id}`);
      },
      (err) => setNotice(describeError(err)),
    );
  }, [props.reopenId, api]);

  const generate = useMutation({
    mutationFn: (body: PersonalizeRequestInput) => api.personalize(body),
    onSuccess: async (data, body) => {
      setResult(data);
      setNotice(null);
      await rememberGoal(body.goal);
      goals.refetch();
    },
  });

  function submit() {
    const body: PersonalizeRequestInput = {
      channel,
      tone,
      goal,
      lead: { first_name: '', ...lead },
      company_context: { summary, keywords: list(keywords), tech_stack: list(tech) },
      constraints: { max_words: maxWords },
    };
    const checked = PersonalizeRequest.safeParse(body);
    if (!checked.success) {
      setFormError(
        `Please check: ${toApiIssues(checked.error)
          .map((i) => `${i.path} ${i.message}`)
          .join('; ')}`,
      );
      return;
    }
    setFormError(null);
    generate.mutate(body);
  }

  async function insert(index: number, choice: InsertChoice) {
    if (!tab || !result) return;
    try {
      const inserted = await sendToTab(tab, { type: 'insert', subject: choice.subject, message: choice.message });
      if (!inserted.ok) {
        setNotice('No compose box is open on the page. Open one, or use Copy.');
        return;
      }
      await api.select(result.request_id, {
        variant_index: index,
        ...(choice.overrode_flags?.length ? { overrode_flags: choice.overrode_flags } : {}),
        ...(choice.edited
          ? { edited_message: choice.message, ...(choice.subject ? { edited_subject: choice.subject } : {}) }
          : {}),
      });
      setNotice(`Inserted variant ${index + 1} into the ${inserted.target.replace('-', ' ')}.`);
    } catch (err) {
      setNotice(describeError(err));
    }
  }

  return (
    <section>
      {!tab && <p className="notice">Open a LinkedIn profile or a Gmail message to read the lead from the page.</p>}
      {scrape.isError && <p className="notice">Could not read this page. Reload the tab and try again.</p>}
      <fieldset>
        <legend>Lead</legend>
        {LEAD_FIELDS.map(([field, label]) => (
          <label key={field}>
            {label}
            <input
              name={field}
              value={lead[field] ?? ''}
              onChange={(e) => setLead({ ...lead, [field]: e.target.value })}
            />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Company context</legend>
        <label>
          Summary
          <textarea name="summary" rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
        </label>
        <label>
          Keywords (comma-separated)
          <input name="keywords" value={keywords} onChange={(e) => setKeywords(e.target.value)} />
        </label>
        <label>
          Tech stack (comma-separated)
          <input name="tech_stack" value={tech} onChange={(e) => setTech(e.target.value)} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Message</legend>
        <label>
          Goal
          <input name="goal" list="recent-goals" value={goal} onChange={(e) => setGoal(e.target.value)} />
          <datalist id="recent-goals">
            {(goals.data ?? []).map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
        </label>
        <div className="row">
          <label>
            Tone
            <select name="tone" value={tone} onChange={(e) => setTone(e.target.value as Tone)}>
              <option value="PROFESSIONAL">Professional</option>
              <option value="FRIENDLY">Friendly</option>
              <option value="DIRECT">Direct</option>
            </select>
          </label>
          <label>
            Channel
            <select name="channel" value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
              <option value="EMAIL">Email</option>
              <option value="LINKEDIN">LinkedIn</option>
              <option value="SMS">SMS</option>
            </select>
          </label>
          <label>
            Max words
            <input
              name="max_words"
              type="number"
              min={WORD_LIMITS[channel].min}
              max={WORD_LIMITS[channel].max}
              value={maxWords}
              onChange={(e) => setMaxWords(Number(e.target.value))}
            />
          </label>
        </div>
        <button type="button" onClick={submit} disabled={generate.isPending}>
          {generate.isPending ? 'Writing…' : 'Generate'}
        </button>
      </fieldset>
      {formError && <p className="error-box">{formError}</p>}
      {generate.isError && (
        <div className="error-box" role="alert">
          {describeError(generate.error)}{' '}
          <button type="button" onClick={submit}>
            Retry
          </button>{' '}
          <button type="button" onClick={props.onOpenSettings}>
            Settings
          </button>
        </div>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {result?.variants.map((variant, index) => (
        <VariantCard
          // biome-ignore lint/suspicious/noArrayIndexKey: variants have no id; their position is their identity
          key={`${result.request_id}-${index}`}
          index={index}
          variant={variant}
          channel={channel}
          maxWords={maxWords}
          onInsert={(choice) => insert(index, choice)}
        />
      ))}
    </section>
  );
}
