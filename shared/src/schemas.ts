import { z } from 'zod';
import { ContextSources, LeadContextItem } from './context.ts';
import { CHANNELS, carriesSubject, LEAD_CONTEXT_LIMITS } from './limits.ts';
import { LinkedInFormat, LinkedInTier } from './linkedin.ts';
import { GenerationMode, MessageSlot, MULTI_STEP_MIN_WORDS, partWordBounds, STEPS } from './slots.ts';
import { AuditStrategyFields, TemplateId } from './templates.ts';
import { httpUrl, text } from './text.ts';
import { UserId } from './users.ts';

export { text } from './text.ts';

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
  profile_url: httpUrl().optional(),
});
export type Lead = z.output<typeof Lead>;

export const CompanyContext = z.strictObject({
  summary: optionalText(2000),
  keywords: z.array(text(60, 1)).max(20, 'must have at most 20 entries').default([]),
  tech_stack: z.array(text(60, 1)).max(30, 'must have at most 30 entries').default([]),
  /** The company's industry (e.g. from POST /enrich); picks the template when none is named. */
  industry: optionalText(100),
});
export type CompanyContext = z.output<typeof CompanyContext>;

export const Constraints = z.strictObject({
  /** Defaults per channel or LinkedIn format (wordBounds); bounds are checked against it too. */
  max_words: z.int().positive().optional(),
  /** EMAIL and LinkedIn INMAIL only; defaults to true there. */
  include_subjects: z.boolean().optional(),
  no_claims_policy: z.boolean().default(true),
  variant_count: z.int().min(1).max(3).default(3),
  /** SMS: the lead opted in to texts from the sender (prior express written consent). */
  sms_consent: z.boolean().optional(),
});

/**
 * Who is writing: the only source of claims about the sender. proof_points are claims the sender's
 * team approved ("Used by 400 logistics teams", "SOC 2 Type II"); the offer says what is sold.
 */
export const Sender = z.strictObject({
  name: optionalText(120),
  company: optionalText(200),
  role: optionalText(200),
  offer: optionalText(600),
  proof_points: z.array(text(300, 1)).max(10, 'must have at most 10 entries').default([]),
});
export type Sender = z.output<typeof Sender>;
export type SenderInput = z.input<typeof Sender>;

/** GET/PUT /sender-profile: the user's stored sender, null until one is saved. */
export const SenderProfile = z.strictObject({
  sender: Sender.nullable(),
  updated_at: z.iso.datetime().nullable(),
});
export type SenderProfile = z.infer<typeof SenderProfile>;

export const PersonalizeRequest = z
  .strictObject({
    channel: Channel,
    tone: Tone,
    goal: text(500, 1),
    lead: Lead,
    company_context: CompanyContext.prefault({}),
    /** Overrides the sender profile stored for the user; the one used is kept in the audit. */
    sender: Sender.optional(),
    constraints: Constraints.prefault({}),
    /** LINKEDIN only: what is written (its limits and word budget) and the sender's account tier. */
    linkedin_format: LinkedInFormat.optional(),
    linkedin_tier: LinkedInTier.optional(),
    /** The lead's own words and facts, each with its source. */
    lead_context: z.array(LeadContextItem).max(LEAD_CONTEXT_LIMITS.items).optional(),
    /** Where every piece of context came from (provenance, kept in the audit). */
    context_sources: ContextSources.optional(),
    /** Which part to write: the whole message, or only its opener, call to action or P.S. */
    slot: MessageSlot.default('FULL'),
    /** SINGLE: one model call; MULTI_STEP: opener, body and call to action, each checked before the next. */
    mode: GenerationMode.default('SINGLE'),
    /** The prompt strategy to write with; otherwise the server picks one by industry. */
    template_id: TemplateId.optional(),
  })
  .superRefine((req, ctx) => {
    const bounds = partWordBounds(req.channel, req.linkedin_format, req.slot);
    const maxWords = req.constraints.max_words;
    if (maxWords !== undefined && (maxWords < bounds.min || maxWords > bounds.max)) {
      const part = req.slot === 'FULL' ? (req.linkedin_format ?? req.channel) : `the ${req.slot} slot`;
      ctx.addIssue({
        code: 'custom',
        path: ['constraints', 'max_words'],
        message: `must be between ${bounds.min} and ${bounds.max} for ${part}`,
      });
    }
    if (req.constraints.include_subjects === true && !carriesSubject(req.channel, req.linkedin_format)) {
      ctx.addIssue({
        code: 'custom',
        path: ['constraints', 'include_subjects'],
        message: 'subjects exist only on the EMAIL channel and LinkedIn INMAIL',
      });
    } else if (req.constraints.include_subjects === true && req.slot !== 'FULL' && req.slot !== 'OPENER') {
      // An opener starts the email, so it may carry the subject (MULTI_STEP's first part does).
      ctx.addIssue({
        code: 'custom',
        path: ['constraints', 'include_subjects'],
        message: 'subjects belong to whole messages (slot FULL) or their opener',
      });
    }
    if (req.slot !== 'FULL' && req.channel === 'SMS') {
      ctx.addIssue({
        code: 'custom',
        path: ['slot'],
        message: 'an SMS is written whole (slot FULL): every text names the sender and carries the opt-out',
      });
    }
    if (req.mode === 'MULTI_STEP' && (req.slot !== 'FULL' || req.channel === 'SMS')) {
      ctx.addIssue({
        code: 'custom',
        path: ['mode'],
        message: 'MULTI_STEP writes whole EMAIL or LINKEDIN messages (slot FULL)',
      });
    } else if (req.mode === 'MULTI_STEP' && (maxWords ?? bounds.default) < MULTI_STEP_MIN_WORDS) {
      ctx.addIssue({
        code: 'custom',
        path: ['constraints', 'max_words'],
        message: `MULTI_STEP needs at least ${MULTI_STEP_MIN_WORDS} words for opener, body and call to action`,
      });
    }
    for (const field of ['linkedin_format', 'linkedin_tier'] as const) {
      if (req[field] && req.channel !== 'LINKEDIN')
        ctx.addIssue({ code: 'custom', path: [field], message: 'only for the LINKEDIN channel' });
    }
  })
  .transform((req) => ({
    ...req,
    constraints: {
      ...req.constraints,
      max_words: req.constraints.max_words ?? partWordBounds(req.channel, req.linkedin_format, req.slot).default,
      include_subjects:
        carriesSubject(req.channel, req.linkedin_format) &&
        (req.slot === 'FULL' ? req.constraints.include_subjects !== false : req.constraints.include_subjects === true),
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
  'SMS_CONSENT_UNCONFIRMED',
  'SMS_NO_SENDER_PROFILE',
  'SMS_MISSING_SENDER',
  'SMS_MISSING_OPT_OUT',
  'SLOT_SHAPE',
] as const;
export const RiskFlagCode = z.enum(RISK_FLAG_CODES);
export type RiskFlagCode = z.infer<typeof RiskFlagCode>;

/** error: breaks a rule and triggers the stricter retry; warning: worth a look before sending. */
export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

/** The claim kinds the grounding checks tell apart, then the other rule families. */
export const CLAIM_CATEGORIES = [
  'number',
  'entity',
  'observation',
  'event',
  'pain',
  'social_proof',
  'superlative',
] as const;
export const FLAG_CATEGORIES = [
  ...CLAIM_CATEGORIES,
  'spam',
  'length',
  'structure',
  'placeholder',
  'compliance',
] as const;
export const FlagCategory = z.enum(FLAG_CATEGORIES);
export type FlagCategory = z.infer<typeof FlagCategory>;
export type ClaimCategory = (typeof CLAIM_CATEGORIES)[number];

export const TextField = z.enum(['subject', 'message']);
export type TextField = z.infer<typeof TextField>;

/** Offsets in UTF-16 code units into the field's text: text.slice(start, end) is the span. */
export const Span = z.strictObject({ start: z.int().min(0), end: z.int().min(0) });
export type Span = z.infer<typeof Span>;

export const RiskFlag = z.strictObject({
  code: RiskFlagCode,
  category: FlagCategory,
  severity: Severity,
  /** Names the words and says why: "'in half' is a quantity not in the input". */
  detail: z.string(),
  /** Where the words are; null for what the whole variant lacks (a greeting, a subject). */
  field: TextField.nullable(),
  span: Span.nullable(),
});
export type RiskFlag = z.infer<typeof RiskFlag>;

export const EVIDENCE_SOURCES = [
  'keyword',
  'summary',
  'title',
  'tech_stack',
  'company',
  'goal',
  'proof_point',
  'offer',
] as const;

/** One input fact a variant uses, and where it uses it. */
export const Evidence = z.strictObject({
  source: z.enum(EVIDENCE_SOURCES),
  value: z.string(),
  field: TextField,
  span: Span,
});
export type Evidence = z.infer<typeof Evidence>;

export const Variant = z.strictObject({
  /** Present for EMAIL with subjects, null otherwise. */
  subject: z.string().nullable(),
  message: z.string(),
  /** What the variant personalizes on, for people: "Referenced the VP of Engineering title". */
  personalization_points: z.array(z.string()),
  /** The input facts used, with their spans. */
  evidence: z.array(Evidence),
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
  /** Flags the SDR saw and inserted anyway ("Insert anyway"), or confirmed (SMS consent). */
  overrode_flags: z.array(RiskFlagCode).max(20).optional(),
});
export type SelectRequest = z.output<typeof SelectRequest>;

export const Selection = z.strictObject({
  variant_index: z.int(),
  edited_message: z.string().optional(),
  edited_subject: z.string().optional(),
  overrode_flags: z.array(RiskFlagCode).optional(),
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

/** POST /personalize/:request_id/variants/:variant_index/regenerate answers with the request's current variants. */
export const RegenerateResponse = z.strictObject({
  request_id: RequestId,
  variant_index: z.int().min(0).max(2),
  /** The new variant, checked by the same guardrails. */
  variant: Variant,
  /** All of the request's variants now, the new one in its place; selection refers to these. */
  variants: z.array(Variant),
});
export type RegenerateResponse = z.infer<typeof RegenerateResponse>;

export const RequestStatus = z.enum(['PENDING', 'SUCCESS', 'FAILED']);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const ErrorInfo = z.strictObject({ code: z.string(), message: z.string() });

export const AuditRequest = z.strictObject({
  request_id: RequestId,
  input: z.unknown(),
  status: RequestStatus,
  created_at: z.iso.datetime(),
  latency_ms: z.number().nullable(),
  /** Model calls made (1, or 2 after a retry; regenerations add theirs); set when the request finished. */
  attempts: z.int().optional(),
  error: ErrorInfo.optional(),
  replay_of: RequestId.optional(),
  /** The user who sent it (absent on requests stored before users existed). */
  owner_id: UserId.optional(),
  ...AuditStrategyFields,
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
  /** MULTI_STEP: the part this call wrote. */
  step: z.enum(STEPS).optional(),
  /** Set on a call made to regenerate one variant: its variant_index. */
  regenerates: z.int().min(0).optional(),
  created_at: z.iso.datetime(),
  ...AuditStrategyFields,
});
export type AuditPrompt = z.infer<typeof AuditPrompt>;

export const AuditOutput = z.strictObject({
  request_id: RequestId,
  attempt: z.int(),
  /** True on the output holding the request's current variants (after a regeneration: its last output). */
  final: z.boolean(),
  raw_output: z.string(),
  /**
   * The variants as they stand after this call. A regeneration's calls hold the one variant (or
   * part) they wrote, except its final output, which holds all of them with the new one in place.
   */
  parsed_variants: z.array(Variant),
  /** Set on a call made to regenerate one variant: its variant_index. */
  regenerates: z.int().min(0).optional(),
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
  /** Whether the SDR picked a variant of this request. */
  selected: z.boolean(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

export const HistoryQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** A request_id: lists what was created before it (ids sort by creation time). */
  before: RequestId.optional(),
  /** Words that must all appear in the lead's name, the company or the goal (case-insensitive). */
  q: text(200, 1).optional(),
  channel: Channel.optional(),
  status: RequestStatus.optional(),
  /** "true": only requests with a selection; "false": only those without. */
  selected: z.enum(['true', 'false']).optional(),
});
export type HistoryQuery = z.output<typeof HistoryQuery>;

export const HistoryResponse = z.strictObject({
  items: z.array(HistoryItem),
  /**
   * Where to continue (pass it as `before`); null when nothing older is left. With filters a page
   * may hold fewer than `limit` items, even none, while next_before is set: each call examines a
   * bounded number of requests, and next_before is then the last one it examined.
   */
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
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'PROVIDER_ERROR',
  'PROVIDER_TIMEOUT',
  'PROVIDER_NOT_CONFIGURED',
  'DATABASE_UNAVAILABLE',
  'TIMEOUT',
  'SITE_BLOCKED',
  'SITE_UNAVAILABLE',
  'SMS_CONSENT_REQUIRED',
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
