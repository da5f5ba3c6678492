import type { SettledClaim } from '../../src/examples/claims';
import { defineScenario } from '../../src/examples/scenario';
import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID, type ChatKitScript } from '../../src/mock-openai';
import * as sessionRoute from '../invalid-client-secret/server';
import * as weatherRoute from './server.weather';

const parisQuestion = 'What is the weather in Paris?';
const parisAnswer = 'It is sunny and 21 °C in Paris.';
const unknownQuestion = 'And in Atlantis?';
const unknownAnswer = 'I could not get the weather for Atlantis: No forecast for Atlantis.';
const toolRunning = 'Checking the weather…';
/** What the simulated widget shows when a tool fails without a result [G]. */
const genericError = "There was an error while generating the assistant's response.";

/**
 * The weather agent, without a model: what your ChatKit server and the hosted workflow both do. A
 * question calls the get_weather client tool for the city it names; the tool's result is answered
 * from its fields, as a model would read them.
 */
const weatherAgent: ChatKitScript = {
  respond(turn) {
    if (turn.kind === 'user_message') {
      const city = /\bin ([A-Z][a-z]+)/.exec(turn.text)?.[1] ?? 'Paris';
      return [{ type: 'client_tool_call', name: 'get_weather', arguments: { city } }];
    }
    const result = (turn.result ?? {}) as Record<string, unknown>;
    if (result['ok'] === true && typeof result['summary'] === 'string') {
      return [{ type: 'text', text: `It is ${result['summary'].toLowerCase()} and ${String(result['temperatureC'])} °C in ${String(result['city'])}.` }];
    }
    if (result['ok'] === false) {
      return [{ type: 'text', text: `I could not get the weather for ${String(turn.arguments['city'])}: ${String(result['error'])}` }];
    }
    return [{ type: 'text', text: 'The weather tool answered, but not with a forecast I can read.' }];
  },
};

const chatkit = 'POST /chatkit';
const weather = (city: string) => `GET /api/weather?city=${city}`;
const conversation = 'POST https://api.openai.com/v1/chatkit/conversation';
const sessionRequest = 'POST /api/chatkit/session';

const hosted = {
  mode: 'hosted',
  chatkitServer: null,
  routes: { [sessionRequest]: sessionRoute.POST },
  env: { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
} as const;

/** A broken tab's question is never answered, and no tool result reaches the server. */
const neverAnswered: SettledClaim[] = [{ notSee: parisAnswer }, { notSee: unknownAnswer }, { event: 'chatkit.response.end', exactly: 1 }];

export default defineScenario({
  world: {
    mode: 'custom-server',
    openai: { script: weatherAgent, streamChunkDelayMs: 30 },
    chatkitServer: { url: '/chatkit', script: weatherAgent, streamChunkDelayMs: 30 },
    routes: { 'GET /api/weather': weatherRoute.GET },
  },
  variants: {
    'broken-circular': {
      kind: 'broken',
      label: 'Broken: returns a cached class instance',
      summary:
        'The tool returns the page’s cached forecast object, which points back at its cache. The widget cannot turn the result into JSON: V8 throws “Converting circular structure to JSON”, and no result is sent.',
      files: ['broken-circular.tsx', 'forecast-cache.ts', 'weather-client.ts', 'forecast.ts', 'server.weather.ts', 'weather-provider.ts'],
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { send: parisQuestion },
          expect: [
            { request: weather('Paris'), status: 200 },
            { console: 'error', text: 'Converting circular structure to JSON' },
            { event: 'chatkit.error' },
          ],
        },
      ],
      // The thread list and the question; no third request with the tool's result.
      settled: [{ request: chatkit, status: 200, exactly: 2 }, ...neverAnswered],
    },
    'broken-throws': {
      kind: 'broken',
      label: 'Broken: lets the error escape',
      summary:
        'The tool returns a small result when the weather route answers, and throws when it does not: for Atlantis the route answers 404, the handler rejects, no result is sent, and the sandbox’s widget shows its generic error.',
      files: ['broken-throws.tsx', 'weather-client.ts', 'forecast.ts', 'server.weather.ts', 'weather-provider.ts'],
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { send: 'What is the weather in Atlantis?' },
          expect: [
            { request: weather('Atlantis'), status: 404 },
            { console: 'error', text: '[ChatKit] No forecast for Atlantis.' },
            { event: 'chatkit.error' },
            { see: genericError },
          ],
        },
      ],
      settled: [{ request: chatkit, status: 200, exactly: 2 }, ...neverAnswered],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed: a small result, errors as results',
      summary:
        'The tool returns four plain fields, or { ok: false, error } when the lookup fails, so the model answers either way. While the tool runs, the page shows “Checking the weather…” and makes the chat inert.',
      files: ['fixed.tsx', 'weather-tool.ts', 'weather-client.ts', 'forecast.ts', 'server.weather.ts', 'weather-provider.ts'],
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { send: parisQuestion },
          expect: [
            { see: toolRunning },
            // The widget has already ended the response while the tool still runs.
            { event: 'chatkit.response.end', exactly: 1 },
            { see: parisAnswer },
            { event: 'chatkit.response.end', exactly: 2 },
            { request: chatkit, status: 200, exactly: 3 },
          ],
        },
        {
          do: { send: unknownQuestion },
          expect: [{ request: weather('Atlantis'), status: 404 }, { see: unknownAnswer }, { request: chatkit, status: 200, exactly: 5 }],
        },
      ],
      settled: [{ notSee: toolRunning }, { noEvent: 'chatkit.error' }, { request: chatkit, status: 200, exactly: 5 }],
    },
    'broken-hosted-raw': {
      kind: 'broken',
      label: 'Broken: hosted, the whole API answer',
      summary:
        'Hosted mode. The tool returns everything the weather API answered, about 22 KB. The mock of OpenAI’s API answers that result 500 without CORS headers, so the widget’s frame may not read the answer: the console shows the CORS error users report.',
      files: ['broken-hosted-raw.tsx', 'weather-client.ts', 'forecast.ts', 'get-client-secret.ts', 'server.weather.ts', 'weather-provider.ts'],
      world: hosted,
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { send: parisQuestion },
          expect: [
            { request: weather('Paris'), status: 200 },
            {
              console: 'error',
              text: "Access to fetch at 'https://api.openai.com/v1/chatkit/conversation' from origin 'https://cdn.platform.openai.com' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
            },
            { console: 'error', text: 'POST https://api.openai.com/v1/chatkit/conversation net::ERR_FAILED 500' },
            { event: 'chatkit.error' },
          ],
        },
      ],
      // The thread list and the question answered; the result's request failed.
      settled: [{ request: conversation, status: 200, exactly: 2 }, ...neverAnswered],
    },
    'fixed-hosted': {
      kind: 'fixed',
      label: 'Fixed: hosted',
      summary:
        'Hosted mode, the same tool as the fixed tab: four plain fields, or the error as a result. Both questions are answered, and no request fails.',
      files: ['fixed-hosted.tsx', 'weather-tool.ts', 'weather-client.ts', 'forecast.ts', 'get-client-secret.ts', 'server.weather.ts', 'weather-provider.ts'],
      world: hosted,
      steps: [
        { expect: [{ event: 'chatkit.ready' }, { request: sessionRequest, status: 200, exactly: 1 }] },
        { do: { send: parisQuestion }, expect: [{ see: toolRunning }, { see: parisAnswer }, { request: conversation, status: 200, exactly: 3 }] },
        { do: { send: unknownQuestion }, expect: [{ see: unknownAnswer }, { request: conversation, status: 200, exactly: 5 }] },
      ],
      settled: [{ noEvent: 'chatkit.error' }, { notSee: toolRunning }, { request: conversation, status: 200, exactly: 5 }],
    },
  },
});
