import { useState } from 'react';
import { createApiClient, describeError } from '@/lib/api';
import { accessToken, serverUrl } from '@/lib/settings';

/** Server URL and access token, with a connection test that checks both. */
export function SettingsPanel(props: { initial: { url: string; token: string }; onSaved: () => void }) {
  const [url, setUrl] = useState(props.initial.url);
  const [token, setToken] = useState(props.initial.token);
  const [status, setStatus] = useState<string | null>(null);

  async function save() {
    // Other servers than the local default need their own host permission.
    const origin = `${new URL(url).origin}/*`;
    if (!/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(origin))
      await browser.permissions.request({ origins: [origin] });
    await serverUrl.setValue(url);
    await accessToken.setValue(token.trim());
    setStatus('Saved.');
    props.onSaved();
  }

  async function test() {
    try {
      await createApiClient(url, token.trim()).ready();
      setStatus('Connected: the server is ready and accepts the token.');
    } catch (err) {
      setStatus(describeError(err));
    }
  }

  return (
    <fieldset>
      <legend>Settings</legend>
      <label>
        Server URL
        <input name="server_url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label>
        Access token
        <input name="access_token" type="password" value={token} onChange={(e) => setToken(e.target.value)} />
      </label>
      <div className="actions">
        <button type="button" onClick={save}>
          Save
        </button>
        <button type="button" onClick={test}>
          Test connection
        </button>
      </div>
      {status && (
        <p className="notice" role="status">
          {status}
        </p>
      )}
    </fieldset>
  );
}
