import type { z } from 'zod';

/** The 400 body: which parameter, what is wrong with it, and what would be accepted. */
export interface ParameterErrorBody {
  error: { parameter: string; message: string; accepted: string };
}

export type QueryResult<T> = { ok: true; value: T } | { ok: false; error: ParameterErrorBody };

export const parameterError = (parameter: string, message: string, accepted: string): ParameterErrorBody => ({
  error: { parameter, message, accepted },
});

/**
 * Validate a URL's query with one zod object schema. `accepted` describes each parameter for the error body.
 * Unknown and repeated parameters are refused: a typo like `unit=miles` must not silently give kilometres.
 */
export function parseQuery<T extends Record<string, unknown>>(
  schema: z.ZodType<T>,
  accepted: { [K in keyof T & string]: string },
  params: URLSearchParams,
): QueryResult<T> {
  const known = Object.keys(accepted);
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!known.includes(key)) {
      const list = known.length === 0 ? 'no query parameters' : `only these parameters: ${known.join(', ')}`;
      return { ok: false, error: parameterError(key, `unknown parameter "${key}"`, list) };
    }
    const values = params.getAll(key);
    if (values.length > 1) {
      return {
        ok: false,
        error: parameterError(key, `given ${values.length} times`, accepted[key as keyof T & string]),
      };
    }
    raw[key] = values[0] ?? '';
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const parameter = String(issue?.path[0] ?? known[0] ?? '');
  return {
    ok: false,
    error: parameterError(parameter, issue?.message ?? 'invalid value', accepted[parameter as keyof T & string] ?? ''),
  };
}
