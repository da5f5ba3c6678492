import type { CustomApiConfig } from '@openai/chatkit';
import type { Attachment, ChatKitRequest, UploadDescriptor } from '../chatkit-protocol/index';
import { ensureOk, fileForm, mimeTypeOf, OPENAI_CHATKIT_API, verifyDomain, type ChatKitBackend } from './backend';
import { pageHostname } from './page-host';
import { isPlainObject } from './plain-object';
import { acceptFor } from './requests';

/**
 * Custom-server mode: the ChatKit protocol POSTed to `api.url` through `api.fetch ?? fetch`. The
 * domain-key check and two-phase byte uploads use the plain `fetch`, as requests the widget makes on
 * its own [G]. The domain key is checked once the first thread list is shown, as for hosted mode, so a
 * refused domain shows the chat and then blanks it, as users report [I].
 */
export class CustomBackend implements ChatKitBackend {
  readonly #api: () => CustomApiConfig;

  constructor(api: () => CustomApiConfig) {
    this.#api = api;
  }

  async connect(): Promise<void> {}

  confirmDomain(): Promise<void> {
    // [G] shape agreed with the mock; chatkit-python's docs say only that the key is verified on load [D].
    const body = JSON.stringify({ domain_key: this.#api().domainKey, domain: pageHostname() });
    return verifyDomain(async () =>
      ensureOk(
        await fetch(`${OPENAI_CHATKIT_API}/domain_keys/verify`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        }),
      ),
    );
  }

  async send(request: ChatKitRequest): Promise<Response> {
    return ensureOk(
      await this.#fetch(this.#api().url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: acceptFor(request) },
        body: JSON.stringify(request),
      }),
    );
  }

  async upload(file: File): Promise<Attachment> {
    const strategy = this.#api().uploadStrategy;
    if (strategy === undefined) {
      // [G] wording; the types only say uploadStrategy is "Required when attachments are enabled".
      throw new Error('Attachments are enabled but api.uploadStrategy is not set, so files cannot be uploaded.');
    }
    if (strategy.type === 'direct') {
      const response = await ensureOk(await this.#fetch(strategy.uploadUrl, { method: 'POST', body: fileForm(file) }));
      return (await response.json()) as Attachment;
    }
    const created = (await (
      await this.send({ type: 'attachments.create', params: { name: file.name, size: file.size, mime_type: mimeTypeOf(file) } })
    ).json()) as Attachment;
    const { upload_descriptor: descriptor, ...attachment } = created;
    if (!descriptor) throw new Error(`attachments.create returned no upload_descriptor for "${file.name}".`);
    const uploaded = await (await ensureOk(await sendBytes(descriptor, file))).json().catch(() => null);
    return isPlainObject(uploaded) && typeof uploaded['id'] === 'string' ? (uploaded as Attachment) : attachment;
  }

  /** The reader's `fetch`, called exactly like the global one: `(url, init)`, no `this`. */
  #fetch(url: string, init: RequestInit): Promise<Response> {
    const readerFetch = this.#api().fetch ?? fetch;
    return readerFetch(url, init);
  }
}

/** POST sends multipart `file`; PUT sends the raw bytes. */
function sendBytes(descriptor: UploadDescriptor, file: File): Promise<Response> {
  return fetch(descriptor.url, {
    method: descriptor.method,
    headers: descriptor.headers,
    body: descriptor.method === 'POST' ? fileForm(file) : file,
  });
}
