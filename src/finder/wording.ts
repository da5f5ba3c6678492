/**
 * One wording for one failure: what browsers, engine versions and React builds print differently for the
 * same error is rewritten to a single form, so that a page listing one wording is found by all of them.
 */

/** React's production builds print only a number; these are the development texts of the common ones. */
const reactDevelopmentTexts: Record<string, string> = {
  '31': 'Objects are not valid as a React child',
  '185': 'Maximum update depth exceeded.',
  '300': 'Rendered fewer hooks than expected. This may be caused by an accidental early return statement.',
  '301': 'Too many re-renders. React limits the number of renders to prevent an infinite loop.',
  '310': 'Rendered more hooks than during the previous render.',
  '321': 'Invalid hook call. Hooks can only be called inside of the body of a function component.',
};

const minifiedReactError =
  /Minified React error #(\d{1,4})(?:;?\s*visit\s+\S+)?(?:\s+for the full message(?:\s+or use the non-minified dev environment for full errors and additional helpful warnings)?)?\.?/gi;

/** `Cannot read properties of undefined (reading 'x')` is the form the others become. */
const propertyRead = (property: string, value: string) => `Cannot read properties of ${value.toLowerCase()} (reading '${property}')`;

/** [pattern, replacement] in the order they apply. */
const rewrites: Array<[RegExp, string | ((...groups: string[]) => string)]> = [
  [minifiedReactError, (_match, code = '') => `Minified React error ${reactDevelopmentTexts[code] ?? ''}`],
  // The browsers' words for a fetch that got no response: Chrome, Firefox, Safari, React Native, Node.
  [/\bNetworkError when attempting to fetch resource\.?/gi, 'Failed to fetch'],
  [/\bLoad failed\b/gi, 'Failed to fetch'],
  [/\bNetwork request failed\b/gi, 'Failed to fetch'],
  [/\bfetch failed\b/gi, 'Failed to fetch'],
  // Reading a property of undefined: V8 before 2021, Firefox, Safari.
  [/\bCannot read property '([^'\n]{1,80})' of (undefined|null)\b/gi, (_match, property = '', value = '') => propertyRead(property, value)],
  [
    /\bcan't access property "([^"\n]{1,80})",? [^\n]{0,120}? is (undefined|null)\b/gi,
    (_match, property = '', value = '') => propertyRead(property, value),
  ],
  [
    /\b(undefined|null) is not an object \(evaluating '(?:[^'\n]{0,120}\.)?([^'.\n]{1,80})'\)/gi,
    (_match, value = '', property = '') => propertyRead(property, value),
  ],
  // JSON.parse of something that is not JSON: V8 before 2022 → today's V8.
  [/\bUnexpected token (\S) in JSON at position \d+/gi, (_match, token = '') => `Unexpected token '${token}', is not valid JSON`],
];

/** The same text with every known variant wording replaced by its one form. */
export function canonicalWording(text: string): string {
  let result = text;
  for (const [pattern, replacement] of rewrites) {
    result = typeof replacement === 'string' ? result.replace(pattern, replacement) : result.replace(pattern, replacement);
  }
  return result;
}
