import {
  type ExperimentList,
  ExperimentRequest,
  IndustryTag,
  type Template,
  TemplateId,
  type TemplateList,
  TemplateStrategy,
  TemplateVersionQuery,
} from '@personalizer/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../http/api-error.ts';
import { requireAdmin } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { validate } from '../http/validate.ts';
import {
  createTemplate,
  editTemplate,
  listTemplates,
  readTemplate,
  retireTemplate,
  setExperiment,
} from '../service/templates.ts';
import type { TemplateStore } from '../store/template-store.ts';

const IdParam = z.strictObject({ template_id: TemplateId });
const IndustryParam = z.strictObject({ industry: IndustryTag });

/** Templates: everyone reads (retired ones and old versions too); admins add, edit and retire. */
export function templateRoutes(store: TemplateStore) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ templates: await listTemplates(store) } satisfies TemplateList))
    .get('/:template_id', validate('param', IdParam), validate('query', TemplateVersionQuery), async (c) => {
      const { template_id } = c.req.valid('param');
      return c.json((await readTemplate(store, template_id, c.req.valid('query').version)) satisfies Template);
    })
    .post('/', requireAdmin, validate('json', TemplateStrategy), async (c) =>
      c.json((await createTemplate(store, c.req.valid('json'), c.var.user)) satisfies Template, 201),
    )
    .put('/:template_id', requireAdmin, validate('param', IdParam), validate('json', TemplateStrategy), async (c) =>
      c.json((await editTemplate(store, c.req.valid('param').template_id, c.req.valid('json'))) satisfies Template),
    )
    .delete('/:template_id', requireAdmin, validate('param', IdParam), async (c) =>
      c.json((await retireTemplate(store, c.req.valid('param').template_id)) satisfies Template),
    );
}

/** A/B experiments per industry tag: everyone reads, admins set and end them. */
export function experimentRoutes(store: TemplateStore) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ experiments: await store.experiments() } satisfies ExperimentList))
    .put('/:industry', requireAdmin, validate('param', IndustryParam), validate('json', ExperimentRequest), async (c) =>
      c.json(await setExperiment(store, c.req.valid('param').industry, c.req.valid('json'))),
    )
    .delete('/:industry', requireAdmin, validate('param', IndustryParam), async (c) => {
      const industry = c.req.valid('param').industry.toLowerCase();
      if (!(await store.removeExperiment(industry))) {
        throw new ApiError(404, 'NOT_FOUND', `No experiment for ${industry}`);
      }
      return c.body(null, 204);
    });
}
