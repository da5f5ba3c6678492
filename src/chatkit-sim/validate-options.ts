import type { OptionIssue } from './invalid-frame-params-error';
import { isPlainObject } from './plain-object';

/**
 * The option keys the simulator knows, as `ChatKitOptions` in `@openai/chatkit` types them. A nested
 * shape is checked for unknown keys too; `null` accepts any value. The real widget checks every value;
 * the simulator only checks `api` and the keys (a known difference, see the docs page).
 */
interface Shape {
  readonly [key: string]: Shape | null;
}

const attachments: Shape = { enabled: null, maxSize: null, maxCount: null, accept: null };

const optionsShape: Shape = {
  api: null,
  locale: null,
  theme: null,
  frameTitle: null,
  initialThread: null,
  onClientTool: null,
  header: { enabled: null, title: null, leftAction: null, rightAction: null },
  history: { enabled: null, showDelete: null, showRename: null },
  startScreen: { greeting: null, prompts: null },
  threadItemActions: { feedback: null, retry: null },
  composer: { placeholder: null, attachments, tools: null, models: null, dictation: null },
  disclaimer: { text: null, highContrast: null },
  entities: null,
  commands: null,
  widgets: null,
  thread: { autoScroll: null },
};

const themeShape: Shape = {
  colorScheme: null,
  typography: { baseSize: null, fontSources: null, fontFamily: null, fontFamilyMono: null },
  radius: null,
  density: null,
  color: { grayscale: null, accent: null, surface: null },
};

/** Every problem with `options`, in the wording of the zod errors the real widget prints. */
export function findOptionIssues(options: unknown): OptionIssue[] {
  const issues = shapeIssues(options, optionsShape, []);
  if (!isPlainObject(options)) return issues;
  if (!isHostedApi(options['api']) && !isCustomApi(options['api'])) {
    issues.push({ message: 'Invalid input', path: ['api'] });
  }
  issues.push(...themeIssues(options['theme']));
  return issues;
}

function shapeIssues(value: unknown, shape: Shape, path: string[]): OptionIssue[] {
  if (!isPlainObject(value)) return [{ message: `Invalid input: expected object, received ${typeName(value)}`, path }];
  const issues: OptionIssue[] = [];
  for (const [key, child] of Object.entries(shape)) {
    if (child !== null && value[key] !== undefined) issues.push(...shapeIssues(value[key], child, [...path, key]));
  }
  const unknownKeys = Object.keys(value).filter((key) => !Object.hasOwn(shape, key));
  if (unknownKeys.length > 0) {
    const plural = unknownKeys.length > 1 ? 's' : '';
    issues.push({ message: `Unrecognized key${plural}: ${unknownKeys.map((key) => JSON.stringify(key)).join(', ')}`, path });
  }
  return issues;
}

function themeIssues(theme: unknown): OptionIssue[] {
  if (theme === undefined || theme === 'light' || theme === 'dark') return [];
  if (isPlainObject(theme)) return shapeIssues(theme, themeShape, ['theme']);
  return [{ message: 'Invalid input', path: ['theme'] }];
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasOnlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

/** `{ getClientSecret }` and nothing else: a `domainKey` here is refused ([I] chatkit-js#62). */
function isHostedApi(api: unknown): boolean {
  return isPlainObject(api) && hasOnlyKeys(api, ['getClientSecret']) && typeof api['getClientSecret'] === 'function';
}

/** `{ url, domainKey, fetch?, uploadStrategy? }`: a `url` without `domainKey` is refused ([I] chatkit-js#76). */
function isCustomApi(api: unknown): boolean {
  return (
    isPlainObject(api) &&
    hasOnlyKeys(api, ['url', 'domainKey', 'fetch', 'uploadStrategy']) &&
    typeof api['url'] === 'string' &&
    typeof api['domainKey'] === 'string' &&
    (api['fetch'] === undefined || typeof api['fetch'] === 'function') &&
    (api['uploadStrategy'] === undefined || isUploadStrategy(api['uploadStrategy']))
  );
}

function isUploadStrategy(strategy: unknown): boolean {
  if (!isPlainObject(strategy)) return false;
  if (strategy['type'] === 'two_phase') return hasOnlyKeys(strategy, ['type']);
  return strategy['type'] === 'direct' && typeof strategy['uploadUrl'] === 'string' && hasOnlyKeys(strategy, ['type', 'uploadUrl']);
}
