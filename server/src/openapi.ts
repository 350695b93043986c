import {
  AnalyticsResponse,
  ApiError,
  AuditRecord,
  Channel,
  EnrichRequest,
  EnrichResponse,
  EraseLeadRequest,
  EraseLeadResponse,
  Experiment,
  ExperimentList,
  ExperimentRequest,
  HistoryResponse,
  PersonalizeRequest,
  PersonalizeResponse,
  RegenerateResponse,
  ReplayRequest,
  ReplayResponse,
  RequestStatus,
  SelectRequest,
  SelectResponse,
  Sender,
  SenderProfile,
  Template,
  TemplateList,
  TemplateStrategy,
} from '@personalizer/shared';
import { type ZodType, z } from 'zod';

const schemas: Record<string, ZodType> = {
  PersonalizeRequest,
  PersonalizeResponse,
  SelectRequest,
  SelectResponse,
  ReplayRequest,
  ReplayResponse,
  RegenerateResponse,
  AuditRecord,
  HistoryResponse,
  Sender,
  SenderProfile,
  EnrichRequest,
  EnrichResponse,
  EraseLeadRequest,
  EraseLeadResponse,
  TemplateStrategy,
  Template,
  TemplateList,
  ExperimentRequest,
  Experiment,
  ExperimentList,
  AnalyticsResponse,
  ApiError,
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { description: 'ApiError', ...json('ApiError') }]));
const templateIdParam = { name: 'template_id', in: 'path', required: true, schema: { type: 'string' } };
const industryParam = { name: 'industry', in: 'path', required: true, schema: { type: 'string' } };
const idParam = {
  name: 'request_id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^req_[0-9a-z]{20}$' },
};

/** OpenAPI 3.1 generated from the same zod schemas the routes validate with. */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'Personalizer API', version: '1.0.0' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [
          name,
          // Requests are described as sent (defaults optional), responses as returned.
          z.toJSONSchema(schema, { io: name.endsWith('Request') ? 'input' : 'output', unrepresentable: 'any' }),
        ]),
      ),
    },
    security: [{ bearer: [] }],
    paths: {
      '/personalize': {
        post: {
          summary: 'Generate outreach variants',
          description:
            '422 SMS_CONSENT_REQUIRED: an SMS without constraints.sms_consent when SMS_REQUIRE_CONSENT=true.',
          requestBody: { required: true, ...json('PersonalizeRequest') },
          responses: { '200': json('PersonalizeResponse'), ...errors(400, 401, 413, 422, 429, 502, 503, 504) },
        },
        get: {
          summary: 'Recent requests, newest first, optionally searched and filtered',
          description:
            'Each call examines a bounded number of requests: a filtered page may hold fewer than `limit` items ' +
            '(even none) while `next_before` is set; pass it as `before` to continue.',
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
            { name: 'before', in: 'query', schema: { type: 'string' }, description: 'a request_id (next_before)' },
            {
              name: 'q',
              in: 'query',
              schema: { type: 'string', minLength: 1, maxLength: 200 },
              description: "words that must all appear in the lead's name, the company or the goal (any case)",
            },
            { name: 'channel', in: 'query', schema: { type: 'string', enum: Channel.options } },
            { name: 'status', in: 'query', schema: { type: 'string', enum: RequestStatus.options } },
            {
              name: 'selected',
              in: 'query',
              schema: { type: 'string', enum: ['true', 'false'] },
              description: 'only requests with (true) or without (false) a picked variant',
            },
          ],
          responses: { '200': json('HistoryResponse'), ...errors(400, 401, 503) },
        },
      },
      '/personalize/{request_id}': {
        get: {
          summary: 'The whole audit record',
          parameters: [idParam],
          responses: { '200': json('AuditRecord'), ...errors(400, 401, 404, 503) },
        },
      },
      '/personalize/{request_id}/select': {
        post: {
          summary: 'Record the chosen variant (and edits)',
          parameters: [idParam],
          requestBody: { required: true, ...json('SelectRequest') },
          responses: { '200': json('SelectResponse'), ...errors(400, 401, 404, 409, 422, 503) },
        },
      },
      '/personalize/{request_id}/variants/{variant_index}/regenerate': {
        post: {
          summary: "Rewrite one variant, unlike the request's others; selection then refers to the new variants",
          description:
            '409 REQUEST_NOT_SELECTABLE: the request did not succeed; 409 CONFLICT: another regeneration of it ' +
            'finished meanwhile; 422 VARIANT_OUT_OF_RANGE: variant_index is beyond the current variants.',
          parameters: [
            idParam,
            { name: 'variant_index', in: 'path', required: true, schema: { type: 'integer', minimum: 0 } },
          ],
          responses: { '200': json('RegenerateResponse'), ...errors(400, 401, 404, 409, 422, 429, 502, 503, 504) },
        },
      },
      '/personalize/{request_id}/replay': {
        post: {
          summary: 'Re-run the stored prompts, optionally on another provider/model/temperature',
          parameters: [idParam],
          requestBody: { required: true, ...json('ReplayRequest') },
          responses: { '200': json('ReplayResponse'), ...errors(400, 401, 404, 422, 429, 502, 503, 504) },
        },
      },
      '/leads': {
        delete: {
          summary: 'Erase every request, prompt and output about a lead (admins)',
          requestBody: { required: true, ...json('EraseLeadRequest') },
          responses: { '200': json('EraseLeadResponse'), ...errors(400, 401, 403, 503) },
        },
      },
      '/sender-profile': {
        get: {
          summary: "The user's sender profile (null until saved)",
          responses: { '200': json('SenderProfile'), ...errors(401, 503) },
        },
        put: {
          summary: 'Save the sender profile: name, company, role, offer, approved proof points',
          requestBody: { required: true, ...json('Sender') },
          responses: { '200': json('SenderProfile'), ...errors(400, 401, 503) },
        },
        delete: {
          summary: 'Erase the sender profile',
          responses: { '200': json('SenderProfile'), ...errors(401, 503) },
        },
      },
      '/enrich': {
        post: {
          summary: "A company's profile from its own website (homepage and about page), cached per domain",
          description:
            'Extractive: every summary sentence is quoted from a page in `sources`. Only public addresses are ' +
            'fetched (422 SITE_BLOCKED otherwise); 502 SITE_UNAVAILABLE when the site cannot be read.',
          requestBody: { required: true, ...json('EnrichRequest') },
          responses: { '200': json('EnrichResponse'), ...errors(400, 401, 413, 422, 429, 502, 503, 504) },
        },
      },
      '/templates': {
        get: {
          summary: "Every template: the built-ins, then the team's (retired ones marked)",
          responses: { '200': json('TemplateList'), ...errors(401, 503) },
        },
        post: {
          summary: 'Add a team template (admins): a named strategy with industry tags, version 1',
          requestBody: { required: true, ...json('TemplateStrategy') },
          responses: { '201': json('Template'), ...errors(400, 401, 403, 503) },
        },
      },
      '/templates/{template_id}': {
        get: {
          summary: 'A template at its current version, or at ?version=n (retired ones too)',
          parameters: [templateIdParam, { name: 'version', in: 'query', schema: { type: 'integer', minimum: 1 } }],
          responses: { '200': json('Template'), ...errors(400, 401, 404, 503) },
        },
        put: {
          summary: 'Edit a team template (admins): stores a new version',
          parameters: [templateIdParam],
          requestBody: { required: true, ...json('TemplateStrategy') },
          responses: { '200': json('Template'), ...errors(400, 401, 403, 404, 409, 503) },
        },
        delete: {
          summary: 'Retire a team template (admins): no longer picked, still readable',
          parameters: [templateIdParam],
          responses: { '200': json('Template'), ...errors(400, 401, 403, 404, 409, 503) },
        },
      },
      '/experiments': {
        get: {
          summary: 'The A/B experiments by industry',
          responses: { '200': json('ExperimentList'), ...errors(401, 503) },
        },
      },
      '/experiments/{industry}': {
        put: {
          summary: 'Compare two templates on an industry tag (admins); ratio_a of requests get template_a',
          parameters: [industryParam],
          requestBody: { required: true, ...json('ExperimentRequest') },
          responses: { '200': json('Experiment'), ...errors(400, 401, 403, 422, 503) },
        },
        delete: {
          summary: 'End the experiment of an industry tag (admins)',
          parameters: [industryParam],
          responses: { '204': { description: 'ended' }, ...errors(400, 401, 403, 404, 503) },
        },
      },
      '/analytics': {
        get: {
          summary: 'Selection numbers per template × arm × tone × channel (members: own; admins: team)',
          description:
            'Successful requests created in [from, to): requests, selections, selection rate with its 95% Wilson ' +
            'interval, share of selections edited before insert, share of variants with an error flag.',
          parameters: [
            { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date-time' } },
            { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date-time' } },
          ],
          responses: { '200': json('AnalyticsResponse'), ...errors(400, 401, 503) },
        },
      },
      '/health': { get: { summary: 'Process is up', security: [], responses: { '200': { description: 'ok' } } } },
      '/ready': {
        get: {
          summary: 'Database reachable, provider configured',
          responses: { '200': { description: 'ready' }, ...errors(401, 503) },
        },
      },
    },
  };
}
