import { authenticateClientSecret } from './auth';
import { parseChatKitRequest } from './chatkit-request';
import { respondToThreadRequest } from './chatkit-responder';
import type { Endpoint, HostedState } from './hosted-state';
import { apiHeaders, isPlainObject, readJsonBody } from './http-utils';
import { hostedIds } from './ids';
import { INVALID_JSON_MESSAGE, openAIErrorResponse, serverErrorResponse, serverErrorWithoutCorsResponse } from './openai-errors';
import { eventStreamResponse, toWireJson } from './sse';

/** The largest client tool result the mock takes, in bytes of JSON [G]: OpenAI documents no limit. */
export const TOOL_OUTPUT_LIMIT_BYTES = 16 * 1024;

/**
 * [I] chatkit-js#22, starter-app#7: the hosted backend answered a client tool result (a weather API's
 * answer) with a 500 without CORS headers, and nothing documents which results it refuses. The mock
 * takes a JSON object, what `onClientTool`'s type promises, of at most `TOOL_OUTPUT_LIMIT_BYTES` [G].
 */
function isAcceptedToolOutput(result: unknown): boolean {
  return isPlainObject(result) && new TextEncoder().encode(JSON.stringify(result)).length <= TOOL_OUTPUT_LIMIT_BYTES;
}

/** `POST /v1/chatkit/conversation`: the ChatKit protocol, authenticated by a session's client secret. */
export function conversationEndpoint(state: HostedState): Endpoint {
  return async (request) => {
    const auth = authenticateClientSecret(request, state.sessions);
    if (!auth.ok) return auth.response;
    const { session } = auth;

    const body = await readJsonBody(request);
    if (!body.ok) return openAIErrorResponse(400, INVALID_JSON_MESSAGE);
    const parsed = parseChatKitRequest(body.value);
    if (!parsed.ok) return openAIErrorResponse(400, parsed.message);
    const chatKitRequest = parsed.request;
    if (chatKitRequest.type === 'attachments.create' || chatKitRequest.type === 'attachments.delete') {
      // [G] hosted uploads go to /v1/chatkit/files instead.
      return openAIErrorResponse(400, `Unsupported request type: '${chatKitRequest.type}'.`);
    }
    if (chatKitRequest.type === 'threads.add_client_tool_output' && !isAcceptedToolOutput(chatKitRequest.params.result)) {
      return serverErrorWithoutCorsResponse();
    }

    const space = state.spaces.for(session.user);
    // [I] chatkit-js#41: a session made with `version: "latest"` fails on the first message.
    const brokenVersion = session.workflow.version === 'latest';
    const outcome = respondToThreadRequest(chatKitRequest, {
      threads: space.threads,
      attachments: space.attachments,
      ids: hostedIds,
      clock: state.clock,
      script: state.script,
      streamChunkDelayMs: state.streamChunkDelayMs,
      backend: 'openai-hosted',
      titleThreads: session.chatkit_configuration.automatic_thread_titling.enabled,
      shouldFail: () => brokenVersion || state.failures.take(),
    });
    switch (outcome.kind) {
      case 'stream':
        return eventStreamResponse(outcome.events, apiHeaders());
      case 'json':
        return new Response(toWireJson(outcome.body), {
          status: 200,
          headers: apiHeaders({ 'content-type': 'application/json' }),
        });
      case 'error':
        return outcome.status === 500 ? serverErrorResponse() : openAIErrorResponse(outcome.status, outcome.message);
    }
  };
}
