import { authenticateClientSecret } from './auth';
import { parseChatKitRequest } from './chatkit-request';
import { respondToThreadRequest } from './chatkit-responder';
import type { Endpoint, HostedState } from './hosted-state';
import { apiHeaders, readJsonBody } from './http-utils';
import { hostedIds } from './ids';
import { INVALID_JSON_MESSAGE, openAIErrorResponse, serverErrorResponse } from './openai-errors';
import { eventStreamResponse, toWireJson } from './sse';

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
