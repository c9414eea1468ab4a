import 'server-only';
import { wtiaMethodNotAllowed } from './compat-responses';

/**
 * The other methods of a /v1 route (re-exported by each): 405 with Allow in wheretheiss.at's error shape.
 * OPTIONS (the CORS preflight) is the API's own, from get-only.ts.
 */
export const POST = wtiaMethodNotAllowed;
export const PUT = wtiaMethodNotAllowed;
export const PATCH = wtiaMethodNotAllowed;
export const DELETE = wtiaMethodNotAllowed;
export { OPTIONS } from './get-only';
