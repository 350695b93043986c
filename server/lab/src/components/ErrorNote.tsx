import { ApiClientError } from '@personalizer/shared';
import { routeHref } from '../route.ts';

/** An API failure in the lab's words: code, message, the server's issues, and the audited request if any. */
export function ErrorNote(props: { error: unknown; onSignOut?: () => void }) {
  const { error } = props;
  if (!(error instanceof ApiClientError)) {
    return (
      <div className="error-box" role="alert">
        Something went wrong: {error instanceof Error ? error.message : String(error)}
      </div>
    );
  }
  return (
    <div className="error-box" role="alert">
      <p>
        <strong>{error.code}</strong> {error.message}
        {error.code === 'NETWORK' && ' — is the server running?'}
      </p>
      {error.issues.length > 0 && (
        <ul>
          {error.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code> {issue.message}
            </li>
          ))}
        </ul>
      )}
      {error.requestId && (
        <p>
          The failure was audited:{' '}
          <a href={routeHref({ view: 'record', requestId: error.requestId })}>open {error.requestId}</a>
        </p>
      )}
      {error.code === 'UNAUTHORIZED' && props.onSignOut && (
        <button type="button" onClick={props.onSignOut}>
          Sign in again
        </button>
      )}
    </div>
  );
}
