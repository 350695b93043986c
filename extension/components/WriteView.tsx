import { PersonalizeRequest } from '@personalizer/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type ApiClient, describeError, describeIssues } from '@/lib/api';
import { type ManualContext, mergeItems, requestContext, websiteItems } from '@/lib/context';
import { buildRequest } from '@/lib/request';
import { linkedinTier, recentGoals, rememberGoal } from '@/lib/settings';
import { shortcutOf } from '@/lib/shortcuts';
import { useMessageSettings } from '@/lib/use-message-settings';
import { usePage } from '@/lib/use-page';
import { useVariants } from '@/lib/use-variants';
import { ContextList } from './ContextList.tsx';
import { LeadCard } from './LeadCard.tsx';
import { MessageControls } from './MessageControls.tsx';
import { useToast } from './Toasts.tsx';
import type { VariantCardHandle } from './VariantCard.tsx';
import { VariantList } from './VariantList.tsx';

/** A request to show again, from History (`n` tells two clicks on the same one apart). */
export interface Reopen {
  requestId: string;
  n: number;
}

/** The write view: the lead, its context, what to write; Generate; then the variants to insert. */
export function WriteView(props: {
  api: ApiClient;
  tab: Browser.tabs.Tab | null;
  site: 'linkedin' | 'gmail' | null;
  /** Shortcuts listen only while the view is shown. */
  active: boolean;
  reopen: Reopen | null;
  onOpenSettings: () => void;
}) {
  const { api, tab, site } = props;
  const toast = useToast();
  const page = usePage(tab);
  const [manual, setManual] = useState<ManualContext>({ summary: '', keywords: '', tech_stack: '' });
  const [settings, changeSettings] = useMessageSettings(
    site,
    page.composer,
    page.lead.profile_url ?? page.lead.email ?? null,
  );
  const [templateId, setTemplateId] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const templates = useQuery({ queryKey: ['templates'], queryFn: () => api.templates() });
  const goals = useQuery({ queryKey: ['goals'], queryFn: () => recentGoals.getValue() });
  const tier = useQuery({ queryKey: ['linkedinTier'], queryFn: () => linkedinTier.getValue() });
  const { written, generate, regenerate, insert, reopen } = useVariants(api, tab, toast);
  // The company's own website, read by the server; its facts arrive as items with the site as source.
  const readWebsite = useMutation({
    mutationFn: (domain: string) => api.enrich(domain),
    onSuccess: (profile) => page.setItems((items) => mergeItems(items, websiteItems(profile))),
  });

  const context = requestContext(page.items, manual);
  function submit() {
    if (generate.isPending) return;
    const body = buildRequest({ settings, lead: page.lead, context, tier: tier.data ?? 'FREE', templateId });
    const checked = PersonalizeRequest.safeParse(body);
    if (!checked.success) {
      setFormError(describeIssues(checked.error));
      return;
    }
    setFormError(null);
    generate.mutate(body, {
      onSuccess: async () => {
        await rememberGoal(body.goal);
        goals.refetch();
      },
    });
  }

  const reopenRequest = useRef(reopen);
  reopenRequest.current = reopen;
  const fallback = useRef(settings);
  fallback.current = settings;
  useEffect(() => {
    if (!props.reopen) return;
    const s = fallback.current;
    reopenRequest.current(props.reopen.requestId, { channel: s.channel, maxWords: s.maxWords, slot: s.slot });
  }, [props.reopen]);

  // Ctrl/Cmd+Enter generates, Alt+1..3 inserts (through the card, so it asks what a click would ask).
  const cards = useRef<(VariantCardHandle | null)[]>([]);
  const submitNow = useRef(submit);
  submitNow.current = submit;
  useEffect(() => {
    if (!props.active) return;
    const onKey = (e: KeyboardEvent) => {
      const shortcut = shortcutOf(e);
      if (!shortcut) return;
      // Ctrl+Enter inside a variant being edited would throw the edit away with a new set.
      if (shortcut.kind === 'generate' && e.target instanceof Element && e.target.closest('.variant')) return;
      e.preventDefault();
      if (shortcut.kind === 'generate') submitNow.current();
      else cards.current[shortcut.index]?.insert();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [props.active]);

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
    <div className="write" hidden={!props.active}>
      {!tab && (
        <p className="notice">Open a LinkedIn profile or a Gmail message to read the lead, or type it in below.</p>
      )}
      {page.failed && <p className="notice">Could not read this page. Reload the tab, then reopen the panel.</p>}
      <LeadCard
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
      <MessageControls
        value={settings}
        onChange={changeSettings}
        recentGoals={goals.data ?? []}
        templates={templates.data?.templates ?? []}
        templateId={templateId}
        onTemplate={setTemplateId}
        industry={context.company_context?.industry ?? null}
      />
      <div className="generate">
        <button
          type="button"
          className="primary generate-button"
          onClick={submit}
          disabled={generate.isPending}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          {generate.isPending ? 'Writing…' : 'Generate'}
        </button>
        <kbd title="Ctrl+Enter (⌘+Enter on a Mac) generates">Ctrl+Enter</kbd>
      </div>
      {formError && (
        <p className="error-box" role="alert">
          {formError}
        </p>
      )}
      {generate.isError && (
        <div className="error-box" role="alert">
          <p>{describeError(generate.error)}</p>
          <div className="actions">
            <button type="button" onClick={submit}>
              Retry
            </button>
            <button type="button" onClick={props.onOpenSettings}>
              Settings
            </button>
          </div>
        </div>
      )}
      <VariantList
        written={written}
        writing={generate.isPending}
        regenerating={regenerate.isPending ? (regenerate.variables?.index ?? null) : null}
        onInsert={insert}
        onRegenerate={(index) => {
          if (written && !regenerate.isPending) regenerate.mutate({ requestId: written.request_id, index });
        }}
        cardRef={(index) => (handle) => {
          cards.current[index] = handle;
        }}
      />
    </div>
  );
}
