/** One problem found in the options given to `setOptions`: a message and where it is. */
export interface OptionIssue {
  message: string;
  path: readonly string[];
}

/**
 * The message of the real `InvalidFrameParamsError` ([I] chatkit-js#76, #13): a header line, then one
 * `✖ <problem>` line per issue, followed by `  → at <path>` unless the problem is at the top level
 * (array indexes as `[0]`, as zod prints them). Issues are listed shallowest first.
 */
export function frameParamsMessage(issues: readonly OptionIssue[]): string {
  const lines = [...issues]
    .sort((a, b) => a.path.length - b.path.length)
    .flatMap(({ message, path }) => (path.length > 0 ? [`✖ ${message}`, `  → at ${dotPath(path)}`] : [`✖ ${message}`]));
  return ['Invalid frame params: ChatKit.create():', ...lines].join('\n');
}

function dotPath(path: readonly string[]): string {
  return path
    .map((key, index) => {
      if (/^\d+$/.test(key)) return `[${key}]`;
      if (!/^[\w$]+$/.test(key)) return `[${JSON.stringify(key)}]`;
      return index === 0 ? key : `.${key}`;
    })
    .join('');
}

/** What `setOptions` throws for options the real widget refuses (its name and message format: [I]). */
export class InvalidFrameParamsError extends Error {
  override readonly name = 'InvalidFrameParamsError';
  readonly issues: readonly OptionIssue[];

  constructor(issues: readonly OptionIssue[]) {
    super(frameParamsMessage(issues));
    this.issues = issues;
  }
}
