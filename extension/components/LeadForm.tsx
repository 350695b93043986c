import {
  type Channel,
  MessageSlot,
  PersonalizeRequest,
  type PersonalizeRequestInput,
  type PersonalizeResponse,
  partWordBounds,
  type Template,
} from '@personalizer/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type ApiClient, describeError, describeIssues } from '@/lib/api';
import { type ManualContext, mergeItems, requestContext, websiteItems } from '@/lib/context';
import { linkedinTier, recentGoals, rememberGoal } from '@/lib/settings';
import { sendToTab } from '@/lib/tab';
import { usePage } from '@/lib/use-page';
import { ContextList } from './ContextList.tsx';
import { LeadFields } from './LeadFields.tsx';
import { canWriteInSteps, MessageControls, type MessageSettings } from './MessageControls.tsx';
import { type InsertChoice, VariantCard } from './VariantCard.tsx';

const defaultChannel = (site: 'linkedin' | 'gmail' | null): Channel => (site === 'gmail' ? 'EMAIL' : 'LINKEDIN');
const maxWordsFor = (s: Pick<MessageSettings, 'channel' | 'format' | 'slot'>) =>
  partWordBounds(s.channel, s.channel === 'LINKEDIN' ? s.format : undefined, s.slot).default;

/** The variants shown, with the part they were written as (a part goes in at the cursor). */
type Result = PersonalizeResponse & { slot: MessageSlot };

/** The write view: lead and context (editable, with sources), message settings; generate; pick and insert. */
export function LeadForm(props: {
  api: ApiClient;
  tab: Browser.tabs.Tab | null;
  site: 'linkedin' | 'gmail' | null;
  reopenId: string | null;
  onOpenSettings: () => void;
}) {
  const { api, tab, site } = props;
  const page = usePage(tab);
  const [manual, setManual] = useState<ManualContext>({ summary: '', keywords: '', tech_stack: '' });
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
  const [result, setResult] = useState<Result | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  // The company's own website, read by the server; its facts arrive as items with the site as source.
  const readWebsite = useMutation({
    mutationFn: (domain: string) => api.enrich(domain),
    onSuccess: (profile) => page.setItems((items) => mergeItems(items, websiteItems(profile))),
  });
  const templates = useQuery({ queryKey: ['templates'], queryFn: () => api.templates() });
  const [templateId, setTemplateId] = useState('');
  const goals = useQuery({ queryKey: ['goals'], queryFn: () => recentGoals.getValue() });
  const tier = useQuery({ queryKey: ['linkedinTier'], queryFn: () => linkedinTier.getValue() });

  useEffect(() => {
    if (!site) return;
    setSettings((s) => {
      const channel = defaultChannel(site);
      return { ...s, channel, maxWords: maxWordsFor({ ...s, channel }) };
    });
  }, [site]);
  // Another lead: the composer decides again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the lead's profile is the trigger, not an input
  useEffect(() => setFormatChosen(false), [page.lead.profile_url]);
  // Consent to texts is the lead's: another lead has not given it.
  const leadKey = page.lead.profile_url ?? page.lead.email ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the lead's identity is the trigger, not an input
  useEffect(() => setSettings((s) => (s.smsConsent ? { ...s, smsConsent: false } : s)), [leadKey]);
  useEffect(() => {
    if (formatChosen || !page.composer) return;
    const format = page.composer;
    setSettings((s) => (s.format === format ? s : { ...s, format, maxWords: maxWordsFor({ ...s, format }) }));
  }, [page.composer, formatChosen]);

  function changeSettings(next: MessageSettings, changed: keyof MessageSettings) {
    if (changed === 'format') setFormatChosen(true);
    // An SMS is written whole.
    const shaped = next.channel === 'SMS' ? { ...next, slot: 'FULL' as const } : next;
    setSettings(
      changed === 'channel' || changed === 'format' || changed === 'slot'
        ? { ...shaped, maxWords: maxWordsFor(shaped) }
        : shaped,
    );
  }

  // Re-open a request from History: its final variants.
  useEffect(() => {
    if (!props.reopenId) return;
    api.record(props.reopenId).then(
      (record) => {
        const final = record.outputs.find((o) => o.final);
        const slot = MessageSlot.catch('FULL').parse((record.request.input as { slot?: unknown } | null)?.slot);
        setResult({ request_id: record.request.request_id, variants: final?.parsed_variants ?? [], slot });
        setNotice(`Re-opened ${record.request.request_id}`);
      },
      (err) => setNotice(describeError(err)),
    );
  }, [props.reopenId, api]);

  const generate = useMutation({
    mutationFn: (body: PersonalizeRequestInput) => api.personalize(body),
    onSuccess: async (data, body) => {
      setResult({ ...data, slot: body.slot ?? 'FULL' });
      setNotice(null);
      await rememberGoal(body.goal);
      goals.refetch();
    },
  });

  const linkedin = settings.channel === 'LINKEDIN';
  const context = requestContext(page.items, manual);
  function submit() {
    const body: PersonalizeRequestInput = {
      channel: settings.channel,
      tone: settings.tone,
      goal: settings.goal,
      lead: { first_name: '', ...page.lead },
      ...context,
      constraints: {
        max_words: settings.maxWords,
        ...(settings.channel === 'SMS' ? { sms_consent: settings.smsConsent } : {}),
      },
      ...(linkedin ? { linkedin_format: settings.format, linkedin_tier: tier.data ?? 'FREE' } : {}),
      ...(settings.slot !== 'FULL' ? { slot: settings.slot } : {}),
      ...(settings.steps && canWriteInSteps(settings) ? { mode: 'MULTI_STEP' as const } : {}),
      ...(templateId ? { template_id: templateId } : {}),
    };
    const checked = PersonalizeRequest.safeParse(body);
    if (!checked.success) {
      setFormError(describeIssues(checked.error));
      return;
    }
    setFormError(null);
    generate.mutate(body);
  }

  async function insert(index: number, choice: InsertChoice) {
    if (!tab || !result) return;
    try {
      const part = result.slot !== 'FULL';
      const inserted = await sendToTab(tab, {
        type: 'insert',
        subject: choice.subject,
        message: choice.message,
        ...(part ? { at: 'caret' as const } : {}),
      });
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
      const where = part ? 'at the cursor in' : 'into';
      setNotice(`Inserted variant ${index + 1} ${where} the ${inserted.target.replace('-', ' ')}.`);
    } catch (err) {
      setNotice(describeError(err));
    }
  }

  const companyUrl = site === 'linkedin' ? page.companyUrl : undefined;
  const domain = page.lead.domain?.trim();
  const actions = [
    ...(companyUrl
      ? [
          {
            label: 'Read the company page',
            busyLabel: 'Reading the company page…',
            busy: page.readCompany.isPending,
            run: () => page.readCompany.mutate(companyUrl),
          },
        ]
      : []),
    ...(domain
      ? [
          {
            label: `Read ${domain}`,
            busyLabel: `Reading ${domain}…`,
            busy: readWebsite.isPending,
            run: () => readWebsite.mutate(domain),
          },
        ]
      : []),
  ];
  return (
    <section>
      {!tab && <p className="notice">Open a LinkedIn profile or a Gmail message to read the lead from the page.</p>}
      {page.failed && <p className="notice">Could not read this page. Reload the tab and try again.</p>}
      <LeadFields
        lead={page.lead}
        sources={page.sources}
        onChange={(lead, sources) => {
          page.setLead(lead);
          page.setSources(sources);
        }}
      />
      <ContextList items={page.items} onItems={page.setItems} manual={manual} onManual={setManual} actions={actions} />
      {page.readCompany.isError && <p className="notice">Could not read the company page. Open it and retry.</p>}
      {readWebsite.isError && <p className="notice">{describeError(readWebsite.error)}</p>}
      <fieldset>
        <legend>Message</legend>
        <MessageControls value={settings} onChange={changeSettings} recentGoals={goals.data ?? []} />
        <TemplatePicker
          templates={templates.data?.templates ?? []}
          value={templateId}
          onChange={setTemplateId}
          industry={context.company_context?.industry ?? null}
        />
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
          channel={settings.channel}
          maxWords={settings.maxWords}
          part={result.slot !== 'FULL'}
          {...(linkedin ? { linkedin: { format: settings.format, tier: tier.data ?? 'FREE' } } : {})}
          onInsert={(choice) => insert(index, choice)}
        />
      ))}
    </section>
  );
}

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
