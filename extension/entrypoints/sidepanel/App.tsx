import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { HistoryList } from '@/components/HistoryList';
import { LeadForm } from '@/components/LeadForm';
import { SenderProfileForm } from '@/components/SenderProfileForm';
import { SettingsPanel } from '@/components/SettingsPanel';
import { createApiClient } from '@/lib/api';
import { accessToken, linkedinTier, serverUrl } from '@/lib/settings';
import { findTargetTab, siteOf } from '@/lib/tab';

type View = 'write' | 'history' | 'settings';

export function App() {
  const [view, setView] = useState<View>('write');
  const [reopen, setReopen] = useState<string | null>(null);
  const settings = useQuery({
    queryKey: ['settings'],
    queryFn: async () => ({
      url: await serverUrl.getValue(),
      token: await accessToken.getValue(),
      tier: await linkedinTier.getValue(),
    }),
  });
  const tab = useQuery({ queryKey: ['tab'], queryFn: async () => (await findTargetTab()) ?? null });
  const refetchTab = tab.refetch;

  // Re-read the page when the target tab navigates (LinkedIn and Gmail are single-page apps).
  useEffect(() => {
    const onUpdated = (_id: number, info: { status?: string; url?: string }) => {
      if (info.url || info.status === 'complete') refetchTab();
    };
    const onActivated = () => {
      refetchTab();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [refetchTab]);

  const openRequest = useCallback((id: string) => {
    setReopen(id);
    setView('write');
  }, []);

  if (!settings.data) return null;
  const api = createApiClient(settings.data.url, settings.data.token);
  return (
    <main>
      <h1>Personalizer</h1>
      <nav>
        <button type="button" onClick={() => setView('write')} aria-pressed={view === 'write'}>
          Write
        </button>
        <button type="button" onClick={() => setView('history')} aria-pressed={view === 'history'}>
          History
        </button>
        <button type="button" onClick={() => setView('settings')} aria-pressed={view === 'settings'}>
          Settings
        </button>
      </nav>
      {view === 'settings' && (
        <>
          <SettingsPanel initial={settings.data} onSaved={() => settings.refetch()} />
          <SenderProfileForm api={api} />
        </>
      )}
      {view === 'history' && <HistoryList api={api} onOpen={openRequest} />}
      {view === 'write' && (
        <LeadForm
          api={api}
          tab={tab.data ?? null}
          site={siteOf(tab.data?.url)}
          reopenId={reopen}
          onOpenSettings={() => setView('settings')}
        />
      )}
    </main>
  );
}
