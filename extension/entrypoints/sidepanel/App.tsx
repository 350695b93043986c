import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { AnalyticsView } from '@/components/AnalyticsView';
import { HistoryView } from '@/components/HistoryView';
import { SenderProfileForm } from '@/components/SenderProfileForm';
import { SettingsPanel } from '@/components/SettingsPanel';
import { type Reopen, WriteView } from '@/components/WriteView';
import { createApiClient } from '@/lib/api';
import { accessToken, linkedinTier, serverUrl } from '@/lib/settings';
import { findTargetTab, siteOf } from '@/lib/tab';

const VIEWS = { write: 'Write', history: 'History', analytics: 'Analytics', settings: 'Settings' } as const;
type View = keyof typeof VIEWS;

export function App() {
  const [view, setView] = useState<View>('write');
  const [reopen, setReopen] = useState<Reopen | null>(null);
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

  const openRequest = useCallback((requestId: string) => {
    setReopen((prev) => ({ requestId, n: (prev?.n ?? 0) + 1 }));
    setView('write');
  }, []);

  if (!settings.data) return null;
  const api = createApiClient(settings.data.url, settings.data.token);
  return (
    <>
      <header className="topbar">
        {/* Chrome's side panel header already shows the name: the heading is for screen readers. */}
        <h1 className="visually-hidden">Personalizer</h1>
        <nav aria-label="Views">
          {(Object.entries(VIEWS) as [View, string][]).map(([id, name]) => (
            <button key={id} type="button" onClick={() => setView(id)} aria-current={view === id ? 'page' : undefined}>
              {name}
            </button>
          ))}
        </nav>
      </header>
      <main>
        {/* The write view stays mounted: the lead, the context typed and the variants survive a look at History. */}
        <WriteView
          api={api}
          tab={tab.data ?? null}
          site={siteOf(tab.data?.url)}
          active={view === 'write'}
          reopen={reopen}
          onOpenSettings={() => setView('settings')}
        />
        {view === 'history' && <HistoryView api={api} onOpen={openRequest} />}
        {view === 'analytics' && <AnalyticsView api={api} />}
        {view === 'settings' && (
          <>
            <SettingsPanel initial={settings.data} onSaved={() => settings.refetch()} />
            <SenderProfileForm api={api} />
          </>
        )}
      </main>
    </>
  );
}
