import type { OptionIssue } from './invalid-frame-params-error';
import { isPlainObject } from './plain-object';

/**
 * The options `setOptions` accepts, as `ChatKitOptions` in `@openai/chatkit` types them [D]: every
 * object refuses unknown keys, every value is checked. The real widget refuses a malformed `api` and
 * unknown keys ([I] chatkit-js#76, #13); its messages for other bad values are [G], worded as the
 * zod errors the known ones are: "Invalid input" for a value outside a union of literals, "Invalid
 * input: expected <type>, received <type>" for a value of the wrong type.
 */
type Check = (value: unknown, path: string[]) => OptionIssue[];

const invalidInput = (path: string[]): OptionIssue[] => [{ message: 'Invalid input', path }];

function typeIssues(expected: string, value: unknown, path: string[]): OptionIssue[] {
  return [{ message: `Invalid input: expected ${expected}, received ${typeName(value)}`, path }];
}

function ofType(expected: string, test: (value: unknown) => boolean): Check {
  return (value, path) => (test(value) ? [] : typeIssues(expected, value, path));
}

const string = ofType('string', (value) => typeof value === 'string');
const number = ofType('number', (value) => typeof value === 'number' && Number.isFinite(value));
const boolean = ofType('boolean', (value) => typeof value === 'boolean');
const func = ofType('function', (value) => typeof value === 'function');
const anything: Check = () => [];

const oneOf =
  (...values: readonly unknown[]): Check =>
  (value, path) =>
    values.includes(value) ? [] : invalidInput(path);

/** A union: fine when any member is, otherwise one "Invalid input" for the whole value. */
const anyOf =
  (...members: Check[]): Check =>
  (value, path) =>
    members.some((member) => member(value, path).length === 0) ? [] : invalidInput(path);

const arrayOf =
  (entry: Check): Check =>
  (value, path) =>
    Array.isArray(value) ? value.flatMap((item, index) => entry(item, [...path, String(index)])) : typeIssues('array', value, path);

const recordOf =
  (entry: Check): Check =>
  (value, path) =>
    isPlainObject(value) ? Object.entries(value).flatMap(([key, item]) => entry(item, [...path, key])) : typeIssues('record', value, path);

/** An object with exactly these keys; those in `required` must be present. */
function object(shape: Record<string, Check>, required: readonly string[] = []): Check {
  return (value, path) => {
    if (!isPlainObject(value)) return typeIssues('object', value, path);
    const issues = Object.entries(shape).flatMap(([key, check]) =>
      value[key] === undefined && !required.includes(key) ? [] : check(value[key], [...path, key]),
    );
    const unknownKeys = Object.keys(value).filter((key) => !Object.hasOwn(shape, key));
    if (unknownKeys.length > 0) {
      const plural = unknownKeys.length > 1 ? 's' : '';
      issues.push({ message: `Unrecognized key${plural}: ${unknownKeys.map((key) => JSON.stringify(key)).join(', ')}`, path });
    }
    return issues;
  };
}

const integersFrom = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, index) => first + index);

// [G] Icon names are not checked against ChatKit's list.
const icon = string;

/** `{ getClientSecret }` or `{ url, domainKey, fetch?, uploadStrategy? }`: mixing them or leaving out `domainKey` is refused. */
const api = anyOf(
  object({ getClientSecret: func }, ['getClientSecret']),
  object(
    {
      url: string,
      domainKey: string,
      fetch: func,
      uploadStrategy: anyOf(object({ type: oneOf('two_phase') }, ['type']), object({ type: oneOf('direct'), uploadUrl: string }, ['type', 'uploadUrl'])),
    },
    ['url', 'domainKey'],
  ),
);

const colorScheme = oneOf('light', 'dark');

const themeOption = object({
  colorScheme,
  typography: object({
    baseSize: oneOf(...integersFrom(14, 18)),
    fontSources: arrayOf(
      object(
        {
          family: string,
          src: string,
          weight: anyOf(string, number),
          style: oneOf('normal', 'italic', 'oblique'),
          display: oneOf('auto', 'block', 'swap', 'fallback', 'optional'),
          unicodeRange: string,
        },
        ['family', 'src'],
      ),
    ),
    fontFamily: string,
    fontFamilyMono: string,
  }),
  radius: oneOf('pill', 'round', 'soft', 'sharp'),
  density: oneOf('compact', 'normal', 'spacious'),
  color: object({
    grayscale: object({ hue: number, tint: oneOf(...integersFrom(0, 9)), shade: oneOf(...integersFrom(-4, 4)) }, ['hue', 'tint']),
    accent: object({ primary: string, level: oneOf(0, 1, 2, 3) }, ['primary', 'level']),
    surface: object({ background: string, foreground: string }, ['background', 'foreground']),
  }),
});

/** A color scheme word or a `ThemeOption` object. */
const theme: Check = (value, path) => (isPlainObject(value) ? themeOption(value, path) : colorScheme(value, path));

/** Bytes: one number, or a number per MIME pattern (the message then names the pattern). */
const maxSize: Check = (value, path) => (isPlainObject(value) ? recordOf(number)(value, path) : number(value, path));

const headerAction = object({ icon, onClick: func }, ['icon', 'onClick']);

const messageContent = object(
  { type: oneOf('input_text', 'input_tag'), text: string, id: string, group: string, data: anything, interactive: boolean },
  ['type', 'text'],
);

const options = object(
  {
    api,
    locale: string,
    theme,
    frameTitle: string,
    initialThread: anyOf(string, oneOf(null)),
    onClientTool: func,
    header: object({ enabled: boolean, title: object({ enabled: boolean, text: string }), leftAction: headerAction, rightAction: headerAction }),
    history: object({ enabled: boolean, showDelete: boolean, showRename: boolean }),
    startScreen: object({
      greeting: string,
      prompts: arrayOf(object({ label: string, prompt: anyOf(string, arrayOf(messageContent)), icon }, ['label', 'prompt'])),
    }),
    threadItemActions: object({ feedback: boolean, retry: boolean }),
    composer: object({
      placeholder: string,
      attachments: object({ enabled: boolean, maxSize, maxCount: number, accept: recordOf(arrayOf(string)) }, ['enabled']),
      tools: arrayOf(
        object(
          { id: string, label: string, icon, shortLabel: string, placeholderOverride: string, pinned: boolean, persistent: boolean },
          ['id', 'label', 'icon'],
        ),
      ),
      models: arrayOf(object({ id: string, label: string, description: string, disabled: boolean, default: boolean }, ['id', 'label'])),
      dictation: object({ enabled: boolean }, ['enabled']),
    }),
    disclaimer: object({ text: string, highContrast: boolean }, ['text']),
    entities: object({ onTagSearch: func, showComposerMenu: boolean, onClick: func, onRequestPreview: func }),
    commands: object({ enabled: boolean, onSearch: func, onSelect: func }, ['enabled']),
    widgets: object({ onAction: func }),
    thread: object({ autoScroll: boolean }),
  },
  ['api'],
);

/** Every problem with `options`, in the wording of the zod errors the real widget prints. */
export function findOptionIssues(value: unknown): OptionIssue[] {
  return options(value, []);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
