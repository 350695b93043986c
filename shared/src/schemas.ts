import { z } from 'zod';
import { CHANNELS, WORD_LIMITS } from './limits.ts';
import { UserId } from './users.ts';

// Control characters (NUL included) never belong in outreach text; \t \n \r do.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A bounded, trimmed string with no control characters or lone surrogates. */
export function text(max: number, min = 0) {
  return z
    .string()
    .trim()
    .min(min, min === 1 ? 'must not be empty' : `must have at least ${min} characters`)
    .max(max, `must have at most ${max} characters`)
    .refine((s) => !CONTROL_CHARS.test(s), 'must not contain control characters')
    .refine((s) => s.isWellFormed(), 'must be well-formed Unicode');
}

/** Optional text where an empty string means "not given" (scraped fields are often blank). */
function optionalText(max: number) {
  return text(max)
    .optional()
    .transform((s) => (s === '' ? undefined : s));
}

export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;
export const Tone = z.enum(['PROFESSIONAL', 'FRIENDLY', 'DIRECT']);
export type Tone = z.infer<typeof Tone>;

export const Lead = z.strictObject({
  first_name: text(80, 1),
  last_name: optionalText(80),
  title: optionalText(200),
  company_name: optionalText(200),
  domain: optionalText(253).refine(
    (d) => d === undefined || /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(d),
    'must be a domain name such as acme.com',
  ),
  email: z.email('must be an email address').max(254).optional(),
  profile_url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2048)
    .optional(),
});
export type Lead = z.output<typeof Lead>;

export const CompanyContext = z.strictObject({
  summary: optionalText(2000),
  keywords: z.array(text(60, 1)).max(20, 'must have at most 20 entries').default([]),
  tech_stack: z.array(text(60, 1)).max(30, 'must have at most 30 entries').default([]),
});
export type CompanyContext = z.output<typeof CompanyContext>;

export const Constraints = z.strictObject({
  /** Defaults per channel (WORD_LIMITS); bounds are checked against the channel too. */
  max_words: z.int().positive().optional(),
  /** EMAIL only; defaults to true there. */
  include_subjects: z.boolean().optional(),
  no_claims_policy: z.boolean().default(true),
  variant_count: z.int().min(1).max(3).default(3),
});

export const PersonalizeRequest = z
  .strictObject({
    channel: Channel,
    tone: Tone,
    goal: text(500, 1),
    lead: Lead,
    company_context: CompanyContext.prefault({}),
    constraints: Constraints.prefault({}),
  })
  .superRefine((req, ctx) => {
    const bounds = WORD_LIMITS[req.channel];
    const maxWords = req.constraints.max_words;
    if (maxWords !== undefined && (maxWords < bounds.min || maxWords > bounds.max)) {
      ctx.addIssue({
        code: 'custom',
        path: ['constraints', 'max_words'],
        message: `must be between ${bounds.min} and ${bounds.max} for ${req.channel}`,
      });
    }
    if (req.constraints.include_subjects === true && req.channel !== 'EMAIL') {
      ctx.addIssue({
        code: 'custom',
        path: ['constraints', 'include_subjects'],
        message: 'subjects exist only on the EMAIL channel',
      });
    }
  })
  .transform((req) => ({
    ...req,
    constraints: {
      ...req.constraints,
      max_words: req.constraints.max_words ?? WORD_LIMITS[req.channel].default,
      include_subjects: req.channel === 'EMAIL' && req.constraints.include_subjects !== false,
    },
  }));
/** What the API accepts (defaults optional). */
export type PersonalizeRequestInput = z.input<typeof PersonalizeRequest>;
/** What the server works with: defaults resolved. */
export type PersonalizeRequest = z.output<typeof PersonalizeRequest>;

export const RISK_FLAG_CODES = [
  'OVER_WORD_LIMIT',
  'OVER_CHANNEL_LIMIT',
  'SUBJECT_TOO_LONG',
  'MISSING_SUBJECT',
  'SPAM_PHRASE',
  'UNSOURCED_NUMBER',
  'UNSOURCED_CLAIM',
  'MISSING_GREETING',
  'MISSING_CTA',
  'MISSING_RELEVANCE',
  'UNFILLED_PLACEHOLDER',
  'TRUNCATED',
] as const;
export const RiskFlagCode = z.enum(RISK_FLAG_CODES);
export type RiskFlagCode = z.infer<typeof RiskFlagCode>;

/** error: breaks a rule and triggers the stricter retry; warning: worth a look before sending. */
export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

export const RiskFlag = z.strictObject({
  code: RiskFlagCode,
  severity: Severity,
  detail: z.string(),
});
export type RiskFlag = z.infer<typeof RiskFlag>;

export const PersonalizationPoint = z.strictObject({
  source: z.enum(['keyword', 'summary', 'title', 'tech_stack', 'company']),
  value: z.string(),
});
export type PersonalizationPoint = z.infer<typeof PersonalizationPoint>;

export const Variant = z.strictObject({
  /** Present for EMAIL with subjects, null otherwise. */
  subject: z.string().nullable(),
  message: z.string(),
  personalization_points: z.array(PersonalizationPoint),
  risk_flags: z.array(RiskFlag),
});
export type Variant = z.infer<typeof Variant>;

export const RequestId = z.string().regex(/^req_[0-9a-z]{20}$/, 'must be a request id such as req_…');

export const PersonalizeResponse = z.strictObject({
  request_id: RequestId,
  variants: z.array(Variant),
});
export type PersonalizeResponse = z.infer<typeof PersonalizeResponse>;

export const SelectRequest = z.strictObject({
  variant_index: z.int().min(0).max(2),
  edited_message: text(10_000, 1).optional(),
  edited_subject: text(300, 1).optional(),
});
export type SelectRequest = z.output<typeof SelectRequest>;

export const Selection = z.strictObject({
  variant_index: z.int(),
  edited_message: z.string().optional(),
  edited_subject: z.string().optional(),
  selected_at: z.iso.datetime(),
});
export type Selection = z.infer<typeof Selection>;

export const SelectResponse = z.strictObject({
  request_id: RequestId,
  selection: Selection,
  /** How many times a variant was picked for this request, this one included. */
  selection_count: z.int(),
});
export type SelectResponse = z.infer<typeof SelectResponse>;

export const ProviderName = z.enum(['offline', 'openai', 'anthropic']);
export type ProviderName = z.infer<typeof ProviderName>;

export const ReplayRequest = z.strictObject({
  provider: ProviderName.optional(),
  model: text(200, 1).optional(),
  temperature: z.number().min(0).max(2).optional(),
});
export type ReplayRequest = z.output<typeof ReplayRequest>;

export const ReplayResponse = z.strictObject({
  request_id: RequestId,
  replay_of: RequestId,
  variants: z.array(Variant),
  original: PersonalizeResponse,
});
export type ReplayResponse = z.infer<typeof ReplayResponse>;

export const RequestStatus = z.enum(['PENDING', 'SUCCESS', 'FAILED']);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const ErrorInfo = z.strictObject({ code: z.string(), message: z.string() });

export const AuditRequest = z.strictObject({
  request_id: RequestId,
  input: z.unknown(),
  status: RequestStatus,
  created_at: z.iso.datetime(),
  latency_ms: z.number().nullable(),
  /** Model calls made (1, or 2 after a retry); set when the request finished. */
  attempts: z.int().optional(),
  error: ErrorInfo.optional(),
  replay_of: RequestId.optional(),
  /** The user who sent it (absent on requests stored before users existed). */
  owner_id: UserId.optional(),
});

export const AuditPrompt = z.strictObject({
  request_id: RequestId,
  attempt: z.int(),
  provider: ProviderName,
  model: z.string(),
  temperature: z.number(),
  template_version: z.string(),
  system_prompt: z.string(),
  user_prompt: z.string(),
  created_at: z.iso.datetime(),
});
export type AuditPrompt = z.infer<typeof AuditPrompt>;

export const AuditOutput = z.strictObject({
  request_id: RequestId,
  attempt: z.int(),
  /** True on the output whose variants were returned to the user. */
  final: z.boolean(),
  raw_output: z.string(),
  parsed_variants: z.array(Variant),
  selected_variant_index: z.int().nullable(),
  selections: z.array(Selection),
  created_at: z.iso.datetime(),
});
export type AuditOutput = z.infer<typeof AuditOutput>;

export const AuditRecord = z.strictObject({
  request: AuditRequest,
  prompts: z.array(AuditPrompt),
  outputs: z.array(AuditOutput),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

export const HistoryItem = z.strictObject({
  request_id: RequestId,
  created_at: z.iso.datetime(),
  status: RequestStatus,
  channel: Channel,
  goal: z.string(),
  lead_name: z.string(),
  company_name: z.string().nullable(),
  latency_ms: z.number().nullable(),
  replay_of: RequestId.optional(),
  owner_id: UserId.optional(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

export const HistoryQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** A request_id: lists what was created before it (ids sort by creation time). */
  before: RequestId.optional(),
});

export const HistoryResponse = z.strictObject({
  items: z.array(HistoryItem),
  next_before: RequestId.nullable(),
});
export type HistoryResponse = z.infer<typeof HistoryResponse>;

export const API_ERROR_CODES = [
  'INVALID_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VARIANT_OUT_OF_RANGE',
  'REQUEST_NOT_SELECTABLE',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'PROVIDER_ERROR',
  'PROVIDER_TIMEOUT',
  'PROVIDER_NOT_CONFIGURED',
  'DATABASE_UNAVAILABLE',
  'TIMEOUT',
  'INTERNAL',
] as const;
export const ApiErrorCode = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ApiIssue = z.strictObject({ path: z.string(), message: z.string() });
export type ApiIssue = z.infer<typeof ApiIssue>;

export const ApiError = z.strictObject({
  error: z.strictObject({
    code: ApiErrorCode,
    message: z.string(),
    issues: z.array(ApiIssue).optional(),
    /** Set when the failure was audited, so it can be looked up. */
    request_id: RequestId.optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/** zod issues as API issues: a dotted path naming the field ("lead.first_name", "(body)"). */
export function toApiIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }));
}
