import type { Attachment, ChatKitRequest } from '../chatkit-protocol/index';
import { apiErrorFrom } from './api-error';

export const OPENAI_CHATKIT_API = 'https://api.openai.com/v1/chatkit';

/**
 * Where the widget's requests go: OpenAI's API with a client secret (hosted mode) or the reader's
 * own ChatKit server (custom mode). Every method resolves only on a 2xx answer and otherwise throws:
 * an `ApiError` for an error status, whatever `fetch` threw for a network failure.
 */
export interface ChatKitBackend {
  /** The first step on load: hosted mode obtains a client secret. */
  connect(): Promise<void>;
  /** Runs once the chat is shown: both modes verify the page's domain then. */
  confirmDomain(): Promise<void>;
  send(request: ChatKitRequest): Promise<Response>;
  upload(file: File): Promise<Attachment>;
}

/** The domain check failed: the widget then renders nothing. */
export class DomainVerificationError extends Error {}

export async function ensureOk(response: Response): Promise<Response> {
  if (!response.ok) throw await apiErrorFrom(response);
  return response;
}

/** Runs a domain check, turning any failure into a `DomainVerificationError`. */
export async function verifyDomain(check: () => Promise<unknown>): Promise<void> {
  try {
    await check();
  } catch (error) {
    throw new DomainVerificationError(error instanceof Error ? error.message : String(error));
  }
}

/** A multipart body with the file in a `file` field, as every ChatKit upload endpoint expects. */
export function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

export function mimeTypeOf(file: File): string {
  return file.type === '' ? 'application/octet-stream' : file.type;
}
