/**
 * The page the panel writes for: the lead and context read from it (a person replaces them, a
 * company page adds to them), the composer open on it, and re-reads when it changes.
 */
import type { LinkedInFormat } from '@personalizer/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { type ContextItem, mergeItems, toItems } from './context.ts';
import { isPageChanged } from './messaging.ts';
import type { ScrapedLead, ScrapeResult } from './scrape/types.ts';
import { readCompanyPage, scrapeWhen } from './tab.ts';

const hasSubject = (r: ScrapeResult) => r.page === 'company' || !!r.lead.first_name;

export function usePage(tab: Browser.tabs.Tab | null) {
  const [lead, setLead] = useState<ScrapedLead>({});
  const [sources, setSources] = useState<ScrapeResult['sources']>({});
  const [items, setItems] = useState<ContextItem[]>([]);
  const [composer, setComposer] = useState<LinkedInFormat | null>(null);
  const [companyUrl, setCompanyUrl] = useState<string | undefined>();

  // A page renders after it loads: read again briefly until a name (or a company) appears.
  const scrape = useQuery({
    queryKey: ['scrape', tab?.id, tab?.url],
    enabled: !!tab,
    queryFn: () => scrapeWhen(tab as Browser.tabs.Tab, hasSubject, 5),
  });
  const refetch = scrape.refetch;

  const apply = useCallback((result: ScrapeResult) => {
    if (result.page === 'company') {
      // Another page about the same lead: fill what is missing, add the company's context.
      setLead((prev) => ({
        ...prev,
        company_name: prev.company_name || result.lead.company_name,
        domain: prev.domain || result.lead.domain,
      }));
      // A field typed or read before keeps its source (typing sets one too).
      setSources((prev) => ({
        ...prev,
        company_name: prev.company_name ?? result.sources.company_name,
        domain: prev.domain ?? result.sources.domain,
      }));
      setItems((prev) => mergeItems(prev, toItems(result.context)));
      return;
    }
    setLead(result.lead);
    setSources(result.sources);
    setItems(toItems(result.context));
    setComposer(result.composer ?? null);
    setCompanyUrl(result.company_url);
  }, []);

  useEffect(() => {
    if (!scrape.data) return;
    apply(scrape.data);
  }, [scrape.data, apply]);

  // The content script says when LinkedIn navigated in-app or a composer opened or closed.
  useEffect(() => {
    const id = tab?.id;
    if (!id) return;
    const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
      if (!isPageChanged(message) || sender.tab?.id !== id) return;
      setComposer(message.composer);
      if (message.reason === 'navigated') refetch();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tab?.id, refetch]);

  const company = useMutation({
    mutationFn: (url: string) => readCompanyPage(url),
    onSuccess: apply,
  });

  return {
    lead,
    setLead,
    sources,
    setSources,
    items,
    setItems,
    composer,
    companyUrl,
    readCompany: company,
    failed: scrape.isError,
  };
}
