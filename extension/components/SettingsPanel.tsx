import type { LinkedInTier } from '@personalizer/shared';
import { useState } from 'react';
import { createApiClient, describeError } from '@/lib/api';
import { accessToken, linkedinTier, serverUrl } from '@/lib/settings';

/** Server URL and access token, with a connection test that checks both. */
export function SettingsPanel(props: {
  initial: { url: string; token: string; tier: LinkedInTier };
  onSaved: () => void;
}) {
  const [url, setUrl] = useState(props.initial.url);
  const [token, setToken] = useState(props.initial.token);
  const [tier, setTier] = useState(props.initial.tier);
  const [status, setStatus] = useState<string | null>(null);

  async function save() {
    // Other servers than the local default need their own host permission.
    const origin = `${new URL(url).origin}/*`;
    if (!/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(origin))
      await browser.permissions.request({ origins: [origin] });
    await serverUrl.setValue(url);
    await accessToken.setValue(token.trim());
    await linkedinTier.setValue(tier);
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
      <label>
        LinkedIn account
        <select name="linkedin_tier" value={tier} onChange={(e) => setTier(e.target.value as LinkedInTier)}>
          <option value="FREE">Free (connection notes up to 200 characters)</option>
          <option value="PREMIUM">Premium or Sales Navigator (notes up to 300 characters)</option>
        </select>
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
