import { authenticateClientSecret } from './auth';
import { hostnameOf, isDomainAllowed, isLocalHost } from './domains';
import type { Endpoint, HostedState } from './hosted-state';
import { apiJsonResponse, isPlainObject, readJsonBody } from './http-utils';
import { INVALID_JSON_MESSAGE, openAIErrorResponse } from './openai-errors';

type DomainBody = { ok: true; body: Record<string, unknown>; domain: string } | { ok: false; response: Response };

async function readDomainBody(request: Request): Promise<DomainBody> {
  const json = await readJsonBody(request);
  if (!json.ok || !isPlainObject(json.value)) {
    return { ok: false, response: openAIErrorResponse(400, INVALID_JSON_MESSAGE) };
  }
  const domain = json.value['domain'];
  if (typeof domain !== 'string' || domain.trim() === '') {
    return {
      ok: false,
      response: openAIErrorResponse(400, "Missing required parameter: 'domain'.", {
        param: 'domain',
        code: 'missing_required_parameter',
      }),
    };
  }
  return { ok: true, body: json.value, domain };
}

/** 200 for an allowed domain, else the 401 users see in production [I] chatkit-js#157; wording [G]. */
function verdict(domain: string, allowedDomains: readonly string[]): Response {
  if (isDomainAllowed(domain, allowedDomains)) return apiJsonResponse({ status: 'verified' });
  return openAIErrorResponse(401, `Domain '${domain}' is not in this organization's domain allowlist.`, {
    code: 'domain_not_allowed',
  });
}

/** Any key passes on localhost or when the world keeps no keys; elsewhere only the key made for that host. */
function keyFitsDomain(domainKey: string, domain: string, state: HostedState): boolean {
  if (!state.domainKeys || isLocalHost(domain)) return true;
  const keyHost = state.domainKeys[domainKey];
  return keyHost !== undefined && hostnameOf(keyHost) === hostnameOf(domain);
}

/** `POST /v1/chatkit/domain_keys/verify` `{domain_key, domain}`: custom-server mode, on frame load. */
export function verifyDomainKeyEndpoint(state: HostedState): Endpoint {
  return async (request) => {
    const read = await readDomainBody(request);
    if (!read.ok) return read.response;
    const domainKey = read.body['domain_key'];
    if (typeof domainKey !== 'string' || domainKey.trim() === '' || !keyFitsDomain(domainKey, read.domain, state)) {
      return openAIErrorResponse(401, 'Invalid domain key provided.', { code: 'invalid_domain_key' });
    }
    return verdict(read.domain, state.allowedDomains);
  };
}

/** `POST /v1/chatkit/domain_keys/verify_hosted` `{domain}`: hosted mode; the key rides in the client secret. */
export function verifyHostedDomainEndpoint(state: HostedState): Endpoint {
  return async (request) => {
    const auth = authenticateClientSecret(request, state.sessions);
    if (!auth.ok) return auth.response;
    const read = await readDomainBody(request);
    if (!read.ok) return read.response;
    return verdict(read.domain, state.allowedDomains);
  };
}
