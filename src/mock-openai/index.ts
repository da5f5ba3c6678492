/**
 * The mocked OpenAI ChatKit API (hosted mode) and a reusable ChatKit server (custom-server mode),
 * as MSW handlers. The same handler objects serve the sandbox's service worker and msw/node.
 */
export { MockClock } from './clock';
export {
  createMockOpenAI,
  DEFAULT_API_KEY,
  DEFAULT_WORKFLOW_ID,
  OPENAI_CHATKIT_BASE_URL,
  type LatencyGroup,
  type MockOpenAI,
  type MockOpenAIConfig,
} from './mock-openai';
export { createChatKitServer, type ChatKitServer, type ChatKitServerConfig } from './chatkit-server';
export type { HostedEndpointName, MockRequestLogEntry } from './request-log';
export { defaultReply } from './reply';
export type { ActionStep, ChatKitScript, ResponseStep, ResponseTurn } from './response-script';
export { triggerWordScript, weatherCard } from './trigger-word-script';
