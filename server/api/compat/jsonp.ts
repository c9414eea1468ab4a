/**
 * JSONP (`callback=`), as both original APIs offered it. The name is the one part of the answer a caller
 * controls, so it is held to a plain identifier: letters, digits, `_` and `$`, not starting with a digit, at
 * most 64 characters, and not a reserved word. No dots, brackets or anything else that would make the
 * answer run more than one call of one function.
 */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/;

const RESERVED = new Set(
  (
    'await break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if implements import in instanceof interface let new null package private protected public return static ' +
    'super switch this throw true try typeof var void while with yield arguments eval undefined NaN Infinity'
  ).split(' '),
);

export const CALLBACK_ACCEPTED =
  'a JavaScript identifier (letters, digits, _ and $, not starting with a digit, at most 64 characters)';

export const isCallbackName = (name: string): boolean => IDENTIFIER.test(name) && !RESERVED.has(name);

/**
 * The script body for a JSON text. The leading comment keeps the first bytes out of the caller's hands (the
 * known defence against content sniffing of JSONP answers as other file types).
 */
export const jsonpBody = (callback: string, json: string): string =>
  `/**/ typeof ${callback} === 'function' && ${callback}(${json});`;
