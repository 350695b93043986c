import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { labClient } from './api.ts';
import { AdHocForm } from './components/AdHocForm.tsx';
import { RecordView } from './components/RecordView.tsx';
import { RequestList } from './components/RequestList.tsx';
import { SignIn } from './components/SignIn.tsx';
import { routeHref } from './route.ts';
import { useRoute } from './use-route.ts';

// sessionStorage: the token lives as long as the tab, and is not shared with other tabs or kept on disk.
const TOKEN_KEY = 'personalizer-lab-token';

export function App() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY));
  const api = useMemo(() => (token ? labClient(token) : null), [token]);
  const route = useRoute();
  const queryClient = useQueryClient();

  if (!api) {
    return (
      <SignIn
        onSignedIn={(signedIn) => {
          sessionStorage.setItem(TOKEN_KEY, signedIn);
          setToken(signedIn);
        }}
      />
    );
  }
  const signOut = () => {
    sessionStorage.removeItem(TOKEN_KEY);
    queryClient.clear();
    setToken(null);
  };
  return (
    <>
      <header className="top">
        <p className="brand">Personalizer prompt lab</p>
        <nav aria-label="Lab">
          <a href={routeHref({ view: 'list', filters: {} })} aria-current={route.view === 'list' ? 'page' : undefined}>
            Requests
          </a>
          <a href={routeHref({ view: 'new' })} aria-current={route.view === 'new' ? 'page' : undefined}>
            New request
          </a>
        </nav>
        <button type="button" className="quiet" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main>
        {route.view === 'list' && <RequestList api={api} filters={route.filters} onSignOut={signOut} />}
        {route.view === 'record' && <RecordView api={api} requestId={route.requestId} onSignOut={signOut} />}
        {route.view === 'new' && <AdHocForm api={api} onSignOut={signOut} />}
      </main>
    </>
  );
}
