import type { Attachment } from '../chatkit-protocol/index';

/** "Supports PDFs and PNG, JPG, JPEG, GIF, or WEBP images." [D] openai@6.2.0 `uploadFile` docs. */
const allowedHostedTypes: Record<string, Attachment['type']> = {
  'application/pdf': 'file',
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
};

const typeByExtension: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** The multipart `file` field, or null when the body is not multipart or has no file. */
export async function readUploadedFile(request: Request): Promise<File | null> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return null;
  }
  const file = form.get('file');
  return typeof file === 'string' || file === null ? null : file;
}

const GENERIC_BINARY = 'application/octet-stream';

/**
 * The file's MIME type, from its part header or, when that is missing or generic (what a browser
 * sends for a type it does not know), from its extension.
 */
export function mimeTypeOf(file: File): string {
  const declared = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (declared !== '' && declared !== GENERIC_BINARY) return declared;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return typeByExtension[extension] ?? GENERIC_BINARY;
}

export function isAllowedHostedType(mimeType: string): boolean {
  return Object.hasOwn(allowedHostedTypes, mimeType);
}

export function attachmentKind(mimeType: string): Attachment['type'] {
  return mimeType.startsWith('image/') ? 'image' : 'file';
}

/**
 * Attachment JSON for stored bytes. Images get a data-URL preview, as the advanced samples do
 * "to avoid mixed-content / private-network issues", so the sandbox can show them offline.
 */
export async function attachmentFromFile(id: string, file: File, mimeType = mimeTypeOf(file)): Promise<Attachment> {
  if (attachmentKind(mimeType) === 'image') {
    return { type: 'image', id, name: file.name, mime_type: mimeType, preview_url: await dataUrlOf(file, mimeType) };
  }
  return { type: 'file', id, name: file.name, mime_type: mimeType };
}

async function dataUrlOf(file: Blob, mimeType: string): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunkSize = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunkSize));
  }
  return `data:${mimeType};base64,${btoa(binary)}`;
}
