import { zValidator } from '@hono/zod-validator';
import { toApiIssues } from '@personalizer/shared';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { ApiError } from './api-error.ts';

/** @hono/zod-validator with the shared schemas; failures become a 400 ApiError naming each field. */
export function validate<T extends ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = toApiIssues(result.error as never);
      const fields = [...new Set(issues.map((i) => i.path))].join(', ');
      throw new ApiError(400, 'INVALID_REQUEST', `Invalid ${target === 'json' ? 'body' : target}: ${fields}`, {
        issues,
      });
    }
  });
}
