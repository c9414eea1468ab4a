import { z } from 'zod';
import { LOCALES } from '../../lib/i18n/locales';
import { EN_WORDS, type ApiWords } from './api-words';

/** The 400 body: which parameter, what is wrong with it, and what would be accepted. */
export interface ParameterErrorBody {
  error: { parameter: string; message: string; accepted: string };
}

export type QueryResult<T> = { ok: true; value: T } | { ok: false; error: ParameterErrorBody };

export const parameterError = (parameter: string, message: string, accepted: string): ParameterErrorBody => ({
  error: { parameter, message, accepted },
});

/**
 * `lang`, which every /api/ route takes: the language of the answer's texts (see apiWordsFor). Any value is
 * accepted, an unknown one meaning English: a client asking for a language we lack still gets its answer.
 */
export const langSchema = z.string().optional();

export const langAccepted = (words: ApiWords): string =>
  words.accepted('lang', { languages: LOCALES.join(', '), default: 'en' });

/** A route's query in one language: the schema (its messages) and the description of each parameter. */
export interface QuerySpec<T extends Record<string, unknown>> {
  schema: z.ZodType<T>;
  accepted: { [K in keyof T & string]: string };
}

/** A spec built once per language, on first use. */
export function perLanguage<T extends Record<string, unknown>>(
  build: (words: ApiWords) => QuerySpec<T>,
): (words: ApiWords) => QuerySpec<T> {
  const built = new Map<string, QuerySpec<T>>();
  return (words) => {
    let spec = built.get(words.locale);
    if (spec === undefined) {
      spec = build(words);
      built.set(words.locale, spec);
    }
    return spec;
  };
}

/** The query of a route with no parameter of its own (only `lang`). */
export const langOnlyQuery = perLanguage((words) => ({
  schema: z.object({ lang: langSchema }),
  accepted: { lang: langAccepted(words) },
}));

/**
 * Validate a URL's query with one zod object schema. `accepted` describes each parameter for the error body.
 * Unknown and repeated parameters are refused: a typo like `unit=miles` must not silently give kilometres.
 */
export function parseQuery<T extends Record<string, unknown>>(
  schema: z.ZodType<T>,
  accepted: { [K in keyof T & string]: string },
  params: URLSearchParams,
  words: ApiWords = EN_WORDS,
): QueryResult<T> {
  const known = Object.keys(accepted);
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!known.includes(key)) {
      const list =
        known.length === 0 ? words.error('noParameters') : words.error('onlyParameters', { list: known.join(', ') });
      return { ok: false, error: parameterError(key, words.error('unknownParameter', { name: key }), list) };
    }
    const values = params.getAll(key);
    if (values.length > 1) {
      return {
        ok: false,
        error: parameterError(
          key,
          words.error('repeated', { count: String(values.length) }),
          accepted[key as keyof T & string],
        ),
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
    error: parameterError(
      parameter,
      issue?.message ?? words.error('invalid'),
      accepted[parameter as keyof T & string] ?? '',
    ),
  };
}

/** A route's query, in the language of its `lang`: the parsed value, or the 400 body in that language. */
export function parseApiQuery<T extends Record<string, unknown>>(
  specIn: (words: ApiWords) => QuerySpec<T>,
  words: ApiWords,
  params: URLSearchParams,
): QueryResult<T> {
  const { schema, accepted } = specIn(words);
  return parseQuery(schema, accepted, params, words);
}
