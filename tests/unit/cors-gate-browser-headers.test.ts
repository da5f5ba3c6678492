// @vitest-environment node
// The CORS gate lists in a preflight only the headers a page can set: msw/node hands the gate requests
// rebuilt from what Node sent, with the transport headers a browser adds itself (Host, Connection,
// Content-Length, User-Agent, Accept-Encoding, Sec-Fetch-Mode…), which a page cannot set and Chromium
// never puts in Access-Control-Request-Headers.
import { describe, expect, it } from 'vitest';
import { fetchAcrossOrigins, withServerHeaders } from '../../src/examples/cors-gate';

const page = 'http://127.0.0.1:4321';
const api = 'https://api.example.test/session';

/** A request as msw/node delivers it: the page's headers plus Node's transport headers. */
function asNodeSendsIt(init: RequestInit): Request {
  return withServerHeaders(new Request(api, init), {
    accept: '*/*',
    'accept-encoding': 'gzip, deflate',
    'accept-language': '*',
    connection: 'keep-alive',
    'content-length': '2',
    host: 'api.example.test',
    'sec-fetch-mode': 'cors',
    'user-agent': 'node',
  });
}

describe('the headers a preflight asks for', () => {
  it('are only the page’s own unsafe headers', async () => {
    const asked: (string | null)[] = [];
    const response = await fetchAcrossOrigins(asNodeSendsIt({ method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t' }, body: '{}' }), {
      pageOrigin: page,
      send: async (request) => {
        if (request.method === 'OPTIONS') asked.push(request.headers.get('access-control-request-headers'));
        return new Response(request.method === 'OPTIONS' ? null : '{}', {
          status: request.method === 'OPTIONS' ? 204 : 200,
          headers: { 'Access-Control-Allow-Origin': page, 'Access-Control-Allow-Headers': 'Authorization, Content-Type' },
        });
      },
    });
    expect(asked).toEqual(['authorization,content-type']);
    expect(response.status).toBe(200);
  });

  it('are none for a simple request, so no preflight is sent', async () => {
    const methods: string[] = [];
    await fetchAcrossOrigins(asNodeSendsIt({ method: 'POST', body: 'x' }), {
      pageOrigin: page,
      send: async (request) => (methods.push(request.method), new Response('{}', { headers: { 'Access-Control-Allow-Origin': page } })),
    });
    expect(methods).toEqual(['POST']);
  });
});
