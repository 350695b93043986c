/**
 * Templates and experiments as use cases: the built-ins (in code) with the team's (stored),
 * admin edits, and the choice of strategy for a new request.
 */
import type { Arm, ExperimentRequest, PersonalizeRequest, Template, TemplateStrategy } from '@personalizer/shared';
import type { Strategy } from '../generation/strategy.ts';
import { ApiError } from '../http/api-error.ts';
import type { TemplateStore } from '../store/template-store.ts';
import { BUILTIN_TEMPLATES, builtinTemplate } from '../templates/builtins.ts';
import { pickStrategy } from '../templates/pick.ts';

/** The strategy a request is written with, and what the audit keeps of it. */
export interface ChosenStrategy {
  strategy: Strategy;
  audit: { template_id: string; strategy_version: number; arm?: Arm };
}

const notFound = (template_id: string) => new ApiError(404, 'NOT_FOUND', `No template ${template_id}`);

export async function listTemplates(store: TemplateStore): Promise<Template[]> {
  return [...BUILTIN_TEMPLATES, ...(await store.list())];
}

/** A template at its current version or at `version`; retired ones too (old audits name them). */
export async function readTemplate(
  store: Pick<TemplateStore, 'get'>,
  template_id: string,
  version?: number,
): Promise<Template> {
  const builtin = builtinTemplate(template_id);
  const found = builtin
    ? version === undefined || version === 1
      ? builtin
      : null
    : await store.get(template_id, version);
  if (!found)
    throw new ApiError(404, 'NOT_FOUND', `No template ${template_id}${version ? ` at version ${version}` : ''}`);
  return found;
}

export function createTemplate(store: TemplateStore, strategy: TemplateStrategy, admin: { user_id: string }) {
  return store.create(strategy, admin.user_id, new Date());
}

export async function editTemplate(store: TemplateStore, template_id: string, strategy: TemplateStrategy) {
  refuseBuiltin(template_id);
  const edit = await store.update(template_id, strategy, new Date());
  if (edit.ok) return edit.template;
  if (edit.reason === 'NOT_FOUND') throw notFound(template_id);
  throw new ApiError(
    409,
    'CONFLICT',
    edit.reason === 'RETIRED'
      ? `Template ${template_id} is retired`
      : `Template ${template_id} changed meanwhile; read it and retry`,
  );
}

export async function retireTemplate(store: TemplateStore, template_id: string) {
  refuseBuiltin(template_id);
  const retired = await store.retire(template_id);
  if (!retired) throw notFound(template_id);
  return retired;
}

function refuseBuiltin(template_id: string) {
  if (builtinTemplate(template_id)) throw new ApiError(409, 'CONFLICT', `${template_id} is built in and read-only`);
}

/** An active template (built in, or the team's and not retired), or null. */
async function activeTemplate(store: Pick<TemplateStore, 'get'>, template_id: string): Promise<Template | null> {
  const found = builtinTemplate(template_id) ?? (await store.get(template_id));
  return found?.status === 'active' ? found : null;
}

/** Sets an industry's experiment after checking both arms are active templates. */
export async function setExperiment(store: TemplateStore, industry: string, arms: ExperimentRequest) {
  for (const field of ['template_a', 'template_b'] as const) {
    if (!(await activeTemplate(store, arms[field]))) {
      throw new ApiError(422, 'INVALID_REQUEST', `${arms[field]} is not an active template`, {
        issues: [{ path: field, message: 'must name an active template' }],
      });
    }
  }
  return store.setExperiment(industry.toLowerCase(), arms, new Date());
}

/**
 * The strategy for a new request: the template it names (422 when unknown or retired), else the
 * industry match and, under an experiment, the arm its request id falls in; null when no
 * template matches. Reads the catalog and the chosen team template by `_id` only.
 */
export async function chooseStrategy(
  request: PersonalizeRequest,
  request_id: string,
  store: Pick<TemplateStore, 'catalog' | 'get'>,
): Promise<ChosenStrategy | null> {
  let pick: { template_id: string; arm?: Arm } | null;
  if (request.template_id) {
    pick = { template_id: request.template_id };
  } else {
    const catalog = await store.catalog();
    // The team's own templates first: they win ties over the built-ins.
    pick = pickStrategy(request_id, request.company_context, [...catalog.candidates, ...BUILTIN_TEMPLATES], (i) =>
      catalog.experiments.get(i),
    );
  }
  if (!pick) return null;
  const template = await activeTemplate(store, pick.template_id);
  if (!template) {
    if (!request.template_id) return null; // an experiment arm retired meanwhile: write without one
    throw new ApiError(422, 'INVALID_REQUEST', `${pick.template_id} is not an active template`, {
      issues: [{ path: 'template_id', message: 'must name an active template' }],
    });
  }
  return {
    strategy: template,
    audit: {
      template_id: template.template_id,
      strategy_version: template.version,
      ...(pick.arm ? { arm: pick.arm } : {}),
    },
  };
}
