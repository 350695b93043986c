import type { PersonalizeRequestInput } from '@personalizer/shared';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import type { LabClient } from '../api.ts';
import { exampleRequest } from '../example-request.ts';
import { checkDraft } from '../request-draft.ts';
import { routeHref } from '../route.ts';
import { ErrorNote } from './ErrorNote.tsx';

/** A request written by hand as JSON, checked with the shared schema as it is typed, then sent; the result opens as a record. */
export function AdHocForm(props: { api: LabClient; onSignOut: () => void }) {
  const [text, setText] = useState(() => JSON.stringify(exampleRequest, null, 2));
  const textarea = useRef<HTMLTextAreaElement>(null);
  const check = useMemo(() => checkDraft(text), [text]);
  const send = useMutation({
    mutationFn: (request: PersonalizeRequestInput) => props.api.personalize(request),
    onSuccess: (response) => {
      window.location.hash = routeHref({ view: 'record', requestId: response.request_id });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (check.ok) send.mutate(check.request);
    else textarea.current?.focus();
  };
  return (
    <section aria-labelledby="adhoc-title">
      <h1 id="adhoc-title">New request</h1>
      <form className="adhoc" onSubmit={submit}>
        <label htmlFor="adhoc-json">Request body (PersonalizeRequest, JSON)</label>
        <textarea
          id="adhoc-json"
          ref={textarea}
          rows={24}
          spellCheck={false}
          aria-invalid={!check.ok}
          aria-describedby="adhoc-status"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div id="adhoc-status" aria-live="polite">
          {!check.ok ? (
            <ul className="issues" aria-label="Problems in the request">
              {check.issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  <code>{issue.path}</code> {issue.message}
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">Valid: checked with the same schema the server uses.</p>
          )}
        </div>
        <div className="actions">
          <button type="submit" disabled={send.isPending}>
            {send.isPending ? 'Writing…' : 'Send'}
          </button>
          <button type="button" className="quiet" onClick={() => setText(JSON.stringify(exampleRequest, null, 2))}>
            Reset to the example
          </button>
        </div>
      </form>
      {send.isError && <ErrorNote error={send.error} onSignOut={props.onSignOut} />}
    </section>
  );
}
