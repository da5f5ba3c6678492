/**
 * The security rules every example file a reader can copy is held to. They read source
 * text, so they are heuristics written for snippet-sized files formatted by Prettier: comments are
 * ignored, and "module level" means a declaration that starts at column 0.
 */
import type { SnippetRuleId } from '../../src/examples/scenario';

export interface SnippetFile {
  /** File name, e.g. "fixed.tsx"; `.tsx` files are client code. */
  name: string;
  source: string;
}

export interface Finding {
  rule: SnippetRuleId;
  file: string;
  line: number;
  message: string;
}

interface Hit {
  index: number;
  message: string;
}

interface Rule {
  appliesTo: (fileName: string) => boolean;
  find: (code: string) => Hit[];
}

const identifier = '[A-Za-z_$][\\w$]*';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isClientCode = (fileName: string) => fileName.endsWith('.tsx');
const anyFile = () => true;

/** The source with every comment blanked out (same length and line breaks, strings untouched). */
export function stripComments(source: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quote) {
      out += char;
      if (char === '\\') out += source[++i] ?? '';
      else if (char === quote) quote = undefined;
    } else if (char === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      out += ' '.repeat(stop - i);
      i = stop - 1;
    } else if (char === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop - 1;
    } else {
      if (char === '"' || char === "'" || char === '`') quote = char;
      out += char;
    }
  }
  return out;
}

const closers: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const openers: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Index just past the bracket that closes the one at `open`. */
function skipForward(code: string, open: number): number {
  const stack: string[] = [];
  for (let i = open; i < code.length; i++) {
    const char = code[i]!;
    if (closers[char]) stack.push(closers[char]!);
    else if (char === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    }
  }
  return code.length;
}

/** Index of the bracket that opens the one that closes at `close`. */
function skipBackward(code: string, close: number): number {
  const stack: string[] = [];
  for (let i = close; i >= 0; i--) {
    const char = code[i]!;
    if (openers[char]) stack.push(openers[char]!);
    else if (char === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return 0;
}

/** The member/call expression that ends just before `end`, e.g. `request.headers.get('origin')`. */
function receiverBefore(code: string, end: number): string {
  const skipSpace = (i: number) => {
    while (i >= 0 && /\s/.test(code[i]!)) i--;
    return i;
  };
  let i = skipSpace(end - 1);
  const stop = i + 1;
  for (;;) {
    while (code[i] === ')' || code[i] === ']') i = skipSpace(skipBackward(code, i) - 1);
    if (!/[\w$]/.test(code[i] ?? '')) break;
    while (i >= 0 && /[\w$]/.test(code[i]!)) i--;
    const dot = skipSpace(i);
    if (code[dot] !== '.') break;
    i = skipSpace(code[dot - 1] === '?' ? dot - 2 : dot - 1);
  }
  return code.slice(i + 1, stop).trim();
}

const originLike = /origin|referr?er|host/i;
/** A receiver that is a list of allowed values, so `.includes(origin)` compares whole strings. */
const collectionLike = /(?:^\[|\.split\([^)]*\)$|\.keys\([^)]*\)$|(?:s|list|set|array)$)/i;
/** Environment variables are strings, however plural their names. */
const environmentValue = /^(?:process\.env|import\.meta\.env)\.[\w$]+$/;

function substringOriginChecks(code: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of code.matchAll(/\??\.\s*(includes|endsWith|startsWith|indexOf)\s*\(/g)) {
    const method = match[1]!;
    const receiver = receiverBefore(code, match.index);
    const argumentEnd = skipForward(code, match.index + match[0].length - 1);
    const argument = code.slice(match.index + match[0].length, argumentEnd - 1);
    if (!originLike.test(receiver) && !originLike.test(argument)) continue;
    const isCollection = collectionLike.test(receiver) && !environmentValue.test(receiver);
    if ((method === 'includes' || method === 'indexOf') && isCollection) continue;
    hits.push({ index: match.index, message: `compares an origin by substring: ${receiver}.${method}(${argument}); compare the whole origin with ===` });
  }
  return hits;
}

function wildcardCorsWithCredentials(code: string): Hit[] {
  const wildcard =
    /Access-Control-Allow-Origin['"`]?\s*[:,]\s*['"`]\*['"`]/i.exec(code) ?? /\borigin\s*:\s*(?:['"`]\*['"`]|true\b)/.exec(code);
  const credentials = /Access-Control-Allow-Credentials['"`]?\s*[:,]\s*['"`]?true/i.test(code) || /\bcredentials\s*:\s*true\b/.test(code);
  return wildcard && credentials
    ? [{ index: wildcard.index, message: 'allows any origin together with credentials; answer with the one exact allowed origin' }]
    : [];
}

const secretLike = /secret|token|session|credential/i;
const userKeyLike = /user|account|customer|member|tenant|\bsub\b|uid/i;

/** The rest of the statement that starts at `index` (to the end of its line). */
const restOfLine = (code: string, index: number) => code.slice(index, code.indexOf('\n', index) === -1 ? code.length : code.indexOf('\n', index));

/**
 * Module-level state (a declaration at column 0) that ends up holding a secret for everyone: a variable
 * reassigned with a secret, an object whose secret-named property is set, or a Map/object filled with a
 * secret under a key that does not name the user.
 */
function secretsSharedAcrossUsers(code: string): Hit[] {
  const hits: Hit[] = [];
  for (const declaration of code.matchAll(new RegExp(`^(?:export\\s+)?(?:let|var|const)\\s+(${identifier})`, 'gm'))) {
    const name = declaration[1]!;
    const after = declaration.index + declaration[0].length;
    const body = code.slice(after);
    const at = (index: number) => after + index;
    for (const assignment of body.matchAll(new RegExp(`(?<![\\w$.])${escapeRegExp(name)}\\s*(?:\\?\\?|\\|\\||&&)?=(?![=>])`, 'g'))) {
      if (secretLike.test(name) || secretLike.test(restOfLine(body, assignment.index))) {
        hits.push({ index: at(assignment.index), message: `module-level ${name} is assigned a secret that every user's request then shares` });
      }
    }
    for (const property of body.matchAll(new RegExp(`(?<![\\w$.])${escapeRegExp(name)}\\??\\.(${identifier})\\s*=(?![=>])`, 'g'))) {
      if (secretLike.test(property[1]!) || secretLike.test(restOfLine(body, property.index))) {
        hits.push({ index: at(property.index), message: `module-level ${name}.${property[1]} holds a secret shared by every user` });
      }
    }
    const keyedWrites = [
      ...[...body.matchAll(new RegExp(`(?<![\\w$.])${escapeRegExp(name)}\\s*\\.\\s*set\\s*\\(`, 'g'))].map((m) => {
        const argsEnd = skipForward(body, m.index + m[0].length - 1);
        const args = body.slice(m.index + m[0].length, argsEnd - 1);
        return { index: m.index, key: args.split(',')[0] ?? '', statement: `${name}${args}` };
      }),
      ...[...body.matchAll(new RegExp(`(?<![\\w$.])${escapeRegExp(name)}\\s*\\[`, 'g'))].flatMap((m) => {
        const keyEnd = skipForward(body, m.index + m[0].length - 1);
        if (!/^\s*=(?![=>])/.test(body.slice(keyEnd))) return [];
        return [{ index: m.index, key: body.slice(m.index + m[0].length, keyEnd - 1), statement: restOfLine(body, m.index) }];
      }),
    ];
    for (const write of keyedWrites) {
      if ((secretLike.test(name) || secretLike.test(write.statement)) && !userKeyLike.test(write.key)) {
        hits.push({ index: at(write.index), message: `module-level ${name} caches a secret under "${write.key.trim()}", which is not the user` });
      }
    }
  }
  return hits;
}

/** Start of the statement that contains `index`. */
function statementStart(code: string, index: number): number {
  let i = index;
  while (i > 0 && !/[;{}\n]/.test(code[i - 1]!)) i--;
  while (/\s/.test(code[i] ?? '')) i++;
  return i;
}

/**
 * A fetch response whose body is used before `.ok` (or a comparison on `.status`) is checked: the check
 * must come after the fetch and before the body is read when the body is returned as it is, otherwise
 * before the first `return` after the read (the body may be read first to get an error message).
 */
function uncheckedFetchResponses(code: string): Hit[] {
  const responses: { name: string; index: number; implicitReturn: boolean }[] = [];
  for (const match of code.matchAll(new RegExp(`(?:const|let|var)\\s+(${identifier})\\s*(?::[^=]+)?=\\s*await\\s+fetch\\s*\\(`, 'g'))) {
    responses.push({ name: match[1]!, index: match.index, implicitReturn: false });
  }
  for (const match of code.matchAll(/\bfetch\s*\(/g)) {
    const end = skipForward(code, match.index + match[0].length - 1);
    const then = new RegExp(`^\\s*\\.then\\s*\\(\\s*(?:async\\s*)?(?:function\\s*)?\\(?\\s*(${identifier})\\s*\\)?\\s*(=>)?\\s*(\\{)?`).exec(code.slice(end));
    if (then) responses.push({ name: then[1]!, index: end, implicitReturn: Boolean(then[2]) && !then[3] });
  }

  const hits: Hit[] = [];
  for (const response of responses) {
    const name = escapeRegExp(response.name);
    const bodyRead = new RegExp(`(?<![\\w$.])${name}\\s*\\??\\.\\s*(?:json|text|blob|arrayBuffer|formData|body)\\b`, 'g');
    bodyRead.lastIndex = response.index;
    const read = bodyRead.exec(code);
    if (!read) continue;
    let use = read.index;
    if (!response.implicitReturn && !code.startsWith('return', statementStart(code, read.index))) {
      const nextReturn = code.slice(read.index).search(/\breturn\b/);
      use = nextReturn === -1 ? code.length : read.index + nextReturn;
    }
    const check = new RegExp(`(?<![\\w$.])${name}\\s*\\??\\.\\s*(?:ok\\b|status\\s*(?:[!=]==?|[<>]=?))`);
    if (!check.test(code.slice(response.index, use))) {
      hits.push({ index: read.index, message: `uses ${response.name}'s body without checking ${response.name}.ok first` });
    }
  }
  return hits;
}

function patternRule(appliesTo: Rule['appliesTo'], patterns: RegExp[], message: (found: string) => string): Rule {
  return {
    appliesTo,
    find: (code) => patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => ({ index: m.index, message: message(m[0]) }))),
  };
}

export const snippetRules: Record<SnippetRuleId, Rule> = {
  'api-key-in-client': patternRule(
    isClientCode,
    [/(?<![\w-])sk-[\w-]*/g, /\b\w*OPENAI_API_KEY\b/g, /\bapiKey\s*:/g, /\bnew\s+OpenAI\s*\(/g],
    (found) => `client code must not hold an API key (found "${found}"); mint a client secret on your server`,
  ),
  'dangerously-allow-browser': patternRule(anyFile, [/\bdangerouslyAllowBrowser\b/g], () => 'dangerouslyAllowBrowser ships your API key to every visitor'),
  'substring-origin-check': { appliesTo: anyFile, find: substringOriginChecks },
  'wildcard-cors-with-credentials': { appliesTo: anyFile, find: wildcardCorsWithCredentials },
  'storage-clear': patternRule(
    anyFile,
    [/\b(?:sessionStorage|localStorage)\s*\.\s*clear\s*\(/g],
    (found) => `${found.replace(/\s/g, '')}) wipes every other feature's data; remove only your own keys`,
  ),
  'secret-shared-across-users': { appliesTo: anyFile, find: secretsSharedAcrossUsers },
  'unchecked-fetch-response': { appliesTo: isClientCode, find: uncheckedFetchResponses },
};

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** Every rule that fires on the file, with the line it fires on. */
export function checkSnippet(file: SnippetFile): Finding[] {
  const code = stripComments(file.source);
  return (Object.entries(snippetRules) as [SnippetRuleId, Rule][]).flatMap(([rule, { appliesTo, find }]) =>
    appliesTo(file.name) ? find(code).map((hit) => ({ rule, file: file.name, line: lineOf(code, hit.index), message: hit.message })) : [],
  );
}
