import { type ApiIssue, PersonalizeRequest, type PersonalizeRequestInput, toApiIssues } from '@personalizer/shared';

export type DraftCheck = { ok: true; request: PersonalizeRequestInput } | { ok: false; issues: ApiIssue[] };

/**
 * The ad-hoc form's text checked as the server will check it: JSON first, then the shared
 * PersonalizeRequest schema. The text as written is what is sent (the server applies the defaults).
 */
export function checkDraft(text: string): DraftCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, issues: [{ path: '(body)', message: `is not JSON: ${(err as Error).message}` }] };
  }
  const parsed = PersonalizeRequest.safeParse(json);
  return parsed.success
    ? { ok: true, request: json as PersonalizeRequestInput }
    : { ok: false, issues: toApiIssues(parsed.error) };
}
