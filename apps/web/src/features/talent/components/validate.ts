import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../../../lib/api.ts';

/**
 * Checks a request body against the contract's own schema before sending it, so the form says what is
 * wrong in the same terms the server would, beside each field: `{ 'links.0.url': 'Invalid format' }`.
 * A field's own sentence (`talent.validation.<path>`) wins over the generic one for the issue's code.
 */
export function schemaErrors(t: TFunction, schema: z.ZodType, body: unknown): Record<string, string> {
  const result = schema.safeParse(body);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (out[path]) continue;
    const own = t(`talent.validation.${path.replace(/\.\d+\./g, '.').replaceAll('.', '_')}`, {
      defaultValue: '',
    });
    out[path] = own || t(`fieldErrors.${issue.code}`, { defaultValue: issue.message });
  }
  return out;
}

/**
 * Client-side errors in the shape of a server refusal, so that `FormErrorSummary` lists them at the top of the
 * form with links to their fields, exactly as it lists the server's; null when there are none.
 */
export function asProblem(errors: Record<string, string>): ApiError | null {
  const list = Object.entries(errors).map(([field, message]) => ({ field, message }));
  return list.length ? new ApiError(422, { errors: list }) : null;
}
