/** The server's SMS consent policy: with SMS_REQUIRE_CONSENT on, no text is written without it. */
import type { PersonalizeRequest } from '@personalizer/shared';
import { ApiError } from '../http/api-error.ts';

/** Throws 422 SMS_CONSENT_REQUIRED naming constraints.sms_consent when the policy refuses the request. */
export function enforceSmsConsent(request: PersonalizeRequest, required: boolean | undefined): void {
  if (!required || request.channel !== 'SMS' || request.constraints.sms_consent === true) return;
  const message =
    "must be true: this server writes texts only to leads who opted in (the lead's prior written consent)";
  throw new ApiError(422, 'SMS_CONSENT_REQUIRED', `constraints.sms_consent ${message}`, {
    issues: [{ path: 'constraints.sms_consent', message }],
  });
}
