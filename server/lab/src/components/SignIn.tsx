import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { labClient } from '../api.ts';
import { ErrorNote } from './ErrorNote.tsx';

/** Asks for an access token and keeps it only once the server accepts it. */
export function SignIn(props: { onSignedIn: (token: string) => void }) {
  const [token, setToken] = useState('');
  const check = useMutation({
    mutationFn: (candidate: string) => labClient(candidate).check(),
    onSuccess: (_, candidate) => props.onSignedIn(candidate),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) check.mutate(token.trim());
  };
  return (
    <main className="sign-in">
      <h1>Personalizer prompt lab</h1>
      <p>
        Browse, replay and compare the requests the server audited. Admins see everyone's requests, members their own.
      </p>
      <form onSubmit={submit}>
        <label htmlFor="token">Access token</label>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="off"
          required
          aria-describedby="token-hint"
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
        <p id="token-hint" className="hint">
          The token <code>pnpm dev</code> printed, or one from <code>pnpm users add</code>. It is kept in this tab only.
        </p>
        <button type="submit" disabled={check.isPending}>
          {check.isPending ? 'Checking…' : 'Sign in'}
        </button>
      </form>
      {check.isError && <ErrorNote error={check.error} />}
    </main>
  );
}
