import { frameParamsMessage, type OptionIssue } from './frame-params-message';

/** What `setOptions` throws for options the real widget refuses (its name and message format: [I]). */
export class InvalidFrameParamsError extends Error {
  override readonly name = 'InvalidFrameParamsError';
  readonly issues: readonly OptionIssue[];

  constructor(issues: readonly OptionIssue[]) {
    super(frameParamsMessage(issues));
    this.issues = issues;
  }
}
