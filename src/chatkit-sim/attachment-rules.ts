import type { ComposerOption } from '@openai/chatkit';

export type AttachmentsOption = NonNullable<ComposerOption['attachments']>;

/** Defaults from `ComposerOption.attachments` in `@openai/chatkit` [D]. */
export const DEFAULT_MAX_SIZE_BYTES = 100 * 1024 * 1024;
export const DEFAULT_MAX_COUNT = 10;

interface FileFacts {
  name: string;
  size: number;
  type: string;
}

export interface FileCheck<F extends FileFacts> {
  accepted: F[];
  /** One sentence per refused file, or one for too many files. Wording [G]. */
  problems: string[];
}

/** Splits chosen files into those the composer takes and what it says about the others. */
export function checkFiles<F extends FileFacts>(files: readonly F[], alreadyAttached: number, option: AttachmentsOption): FileCheck<F> {
  const accepted: F[] = [];
  const problems: string[] = [];
  const maxCount = option.maxCount ?? DEFAULT_MAX_COUNT;
  for (const file of files) {
    const limit = maxSizeFor(file.type, option.maxSize);
    if (!isAccepted(file, option.accept)) {
      problems.push(`"${file.name}" is not an accepted file type.`);
    } else if (file.size > limit) {
      problems.push(`"${file.name}" is too large. The maximum size is ${formatBytes(limit)}.`);
    } else if (alreadyAttached + accepted.length >= maxCount) {
      problems.push(`You can attach at most ${maxCount} ${maxCount === 1 ? 'file' : 'files'} to a message.`);
      break;
    } else {
      accepted.push(file);
    }
  }
  return { accepted, problems };
}

/**
 * `maxSize` is in bytes: one number for every file, or limits per MIME pattern (`image/png`,
 * `image/*`), with `"*"` or `""` as the fallback; files matching nothing get the default [D].
 */
export function maxSizeFor(mimeType: string, maxSize: AttachmentsOption['maxSize']): number {
  if (maxSize === undefined) return DEFAULT_MAX_SIZE_BYTES;
  if (typeof maxSize === 'number') return maxSize;
  const family = `${mimeType.split('/')[0] ?? ''}/*`;
  return maxSize[mimeType] ?? maxSize[family] ?? maxSize['*'] ?? maxSize[''] ?? DEFAULT_MAX_SIZE_BYTES;
}

/** Like `showOpenFilePicker`'s `accept`: a file passes by MIME pattern or by a listed extension. */
export function isAccepted(file: FileFacts, accept: AttachmentsOption['accept']): boolean {
  if (accept === undefined) return true;
  const extension = /\.[^.]+$/.exec(file.name)?.[0].toLowerCase();
  return Object.entries(accept).some(
    ([pattern, extensions]) =>
      mimeMatches(file.type, pattern) || (extension !== undefined && extensions.some((listed) => listed.toLowerCase() === extension)),
  );
}

/** The file input's `accept` attribute for the same rule, so the picker filters too. */
export function acceptAttribute(accept: AttachmentsOption['accept']): string | null {
  if (accept === undefined) return null;
  return Object.entries(accept)
    .flatMap(([pattern, extensions]) => [pattern, ...extensions])
    .join(',');
}

function mimeMatches(mimeType: string, pattern: string): boolean {
  if (mimeType === '') return false;
  if (pattern === '*/*' || pattern === mimeType) return true;
  return pattern.endsWith('/*') && mimeType.startsWith(pattern.slice(0, -1));
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}
