import type { HostedApiConfig } from '@openai/chatkit';
import type { Attachment, ChatKitRequest } from '../chatkit-protocol/index';
import { apiErrorFrom } from './api-error';
import { ensureOk, fileForm, OPENAI_CHATKIT_API, verifyDomain, type ChatKitBackend } from './backend';
import { pageHostname } from './page-host';
import { acceptFor } from './requests';

/**
 * Hosted mode: OpenAI's ChatKit API, authenticated with the client secret `getClientSecret` returns.
 * The first call passes `null`; after a 401 `client_secret_expired` it is called once with the old
 * secret and the request is retried once. The real widget also refreshes before `expires_at` [D], but
 * only the reader's backend sees `expires_at`, so the simulator refreshes on that 401 only [G].
 */
export class HostedBackend implements ChatKitBackend {
  readonly #api: () => HostedApiConfig;
  #secret: Promise<string> | null = null;
  readonly #refreshes = new Map<string, Promise<string>>();

  constructor(api: () => HostedApiConfig) {
    this.#api = api;
  }

  async connect(): Promise<void> {
    await this.#currentSecret();
  }

  confirmDomain(): Promise<void> {
    // [G] shape agreed with the mock: the domain key rides inside the client secret.
    return verifyDomain(() => this.#post('/domain_keys/verify_hosted', JSON.stringify({ domain: pageHostname() })));
  }

  send(request: ChatKitRequest): Promise<Response> {
    return this.#post('/conversation', JSON.stringify(request), acceptFor(request));
  }

  async upload(file: File): Promise<Attachment> {
    const response = await this.#post('/files', fileForm(file));
    return (await response.json()) as Attachment;
  }

  async #post(path: string, body: string | FormData, accept = 'application/json'): Promise<Response> {
    const secret = await this.#currentSecret();
    let response = await postWithSecret(path, body, accept, secret);
    if (response.status === 401 && (await apiErrorFrom(response.clone())).code === 'client_secret_expired') {
      response = await postWithSecret(path, body, accept, await this.#refresh(secret));
    }
    return ensureOk(response);
  }

  #currentSecret(): Promise<string> {
    this.#secret ??= this.#askForSecret(null);
    return this.#secret;
  }

  /** One refresh per expired secret, however many requests found it expired. */
  #refresh(expired: string): Promise<string> {
    let refreshed = this.#refreshes.get(expired);
    if (refreshed === undefined) {
      refreshed = this.#askForSecret(expired);
      this.#refreshes.set(expired, refreshed);
      this.#secret = refreshed;
    }
    return refreshed;
  }

  /** Whatever `getClientSecret` resolves to becomes the bearer token as a string; the API judges it. */
  async #askForSecret(current: string | null): Promise<string> {
    const secret: unknown = await this.#api().getClientSecret(current);
    return String(secret);
  }
}

function postWithSecret(path: string, body: string | FormData, accept: string, secret: string): Promise<Response> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${secret}`,
    'OpenAI-Beta': 'chatkit_beta=v1',
    Accept: accept,
  };
  if (typeof body === 'string') headers['Content-Type'] = 'application/json';
  return fetch(`${OPENAI_CHATKIT_API}${path}`, { method: 'POST', headers, body });
}
