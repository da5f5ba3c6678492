// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMockOpenAI } from '../../../src/mock-openai/index';
import { API, createSession, errorOf, useMswServer } from './helpers';

const server = useMswServer();

function verify(body: unknown): Promise<Response> {
  return fetch(`${API}/domain_keys/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function verifyHosted(secret: string, body: unknown): Promise<Response> {
  return fetch(`${API}/domain_keys/verify_hosted`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('POST /v1/chatkit/domain_keys/verify (custom-server mode)', () => {
  it.each(['localhost', '127.0.0.1', 'localhost:4321', 'http://localhost:4321'])('verifies %s without an allowlist entry', async (domain) => {
    server.use(...createMockOpenAI().handlers);
    const response = await verify({ domain_key: 'domain_pk_localhost_dev', domain });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'verified' });
  });

  it('verifies an allowlisted domain', async () => {
    server.use(...createMockOpenAI({ allowedDomains: ['docs.example.com'] }).handlers);
    expect((await verify({ domain_key: 'domain_pk_123', domain: 'docs.example.com' })).status).toBe(200);
    expect((await verify({ domain_key: 'domain_pk_123', domain: 'https://docs.example.com' })).status).toBe(200);
  });

  it('answers 401 for a domain that is not allowlisted, with no wildcard or suffix matching', async () => {
    server.use(...createMockOpenAI({ allowedDomains: ['example.com'] }).handlers);
    for (const domain of ['preview-123.example.com', 'example.com.evil.io']) {
      const response = await verify({ domain_key: 'domain_pk_123', domain });
      expect(response.status).toBe(401);
      const error = await errorOf(response);
      expect(error.message).toBe(`Domain '${domain}' is not in this organization's domain allowlist.`);
      expect(error.type).toBe('invalid_request_error');
    }
  });

  it('answers 401 for a missing or empty domain key', async () => {
    server.use(...createMockOpenAI().handlers);
    for (const body of [{ domain: 'localhost' }, { domain: 'localhost', domain_key: '' }]) {
      const response = await verify(body);
      expect(response.status).toBe(401);
      expect((await errorOf(response)).code).toBe('invalid_domain_key');
    }
  });

  it('with the organization\'s keys given, wants the key made for that host, except on localhost', async () => {
    const domainKeys = { domain_pk_app: 'app.example.com' };
    server.use(...createMockOpenAI({ allowedDomains: ['app.example.com', 'staging.example.com'], domainKeys }).handlers);
    expect((await verify({ domain_key: 'domain_pk_app', domain: 'app.example.com' })).status).toBe(200);
    expect((await verify({ domain_key: 'domain_pk_localhost_dev', domain: 'localhost' })).status).toBe(200);
    for (const [domainKey, domain] of [['domain_pk_localhost_dev', 'app.example.com'], ['domain_pk_app', 'staging.example.com']] as const) {
      const response = await verify({ domain_key: domainKey, domain });
      expect(response.status).toBe(401);
      expect((await errorOf(response)).code).toBe('invalid_domain_key');
    }
  });

  it('answers 400 without a domain', async () => {
    server.use(...createMockOpenAI().handlers);
    const response = await verify({ domain_key: 'domain_pk_123' });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).param).toBe('domain');
  });
});

describe('POST /v1/chatkit/domain_keys/verify_hosted (hosted mode)', () => {
  it('verifies localhost and allowlisted domains for a valid client secret', async () => {
    server.use(...createMockOpenAI({ allowedDomains: ['app.example.com'] }).handlers);
    const { client_secret } = await createSession();
    expect((await verifyHosted(client_secret, { domain: 'localhost' })).status).toBe(200);
    expect(await (await verifyHosted(client_secret, { domain: 'app.example.com' })).json()).toEqual({ status: 'verified' });
  });

  it('answers 401 for a production domain missing from the allowlist', async () => {
    server.use(...createMockOpenAI().handlers);
    const { client_secret } = await createSession();
    const response = await verifyHosted(client_secret, { domain: 'app.example.com' });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).message).toContain("'app.example.com'");
  });

  it('needs a valid client secret', async () => {
    server.use(...createMockOpenAI().handlers);
    const response = await verifyHosted('ek_unknown', { domain: 'localhost' });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('invalid_client_secret');
  });
});
