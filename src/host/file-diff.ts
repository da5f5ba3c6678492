import { createTwoFilesPatch } from 'diff';

/** A unified diff from one variant's file to another's, without the patch header lines. */
export function unifiedDiff(fromName: string, fromSource: string, toName: string, toSource: string): string {
  const patch = createTwoFilesPatch(fromName, toName, fromSource, toSource, '', '', { context: 3 });
  return patch.split('\n').slice(2).join('\n').trimEnd();
}
