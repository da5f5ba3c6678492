import type { ChatSessionCreateParams } from '../chatkit-protocol/index';
import { rejectUnlessApiKey, rejectUnlessChatKitBeta } from './auth';
import type { Endpoint, HostedState } from './hosted-state';
import { apiJsonResponse, isPlainObject, readJsonBody } from './http-utils';
import { INVALID_JSON_MESSAGE, openAIErrorResponse } from './openai-errors';
import { validateParams } from './param-validation';
import { sessionCreateFields } from './session-params';

/** `POST /v1/chatkit/sessions`: key, beta header, body, workflow; then a new session. */
export function createSessionEndpoint(state: HostedState): Endpoint {
  return async (request) => {
    const rejection = rejectUnlessApiKey(request, state.apiKeys) ?? rejectUnlessChatKitBeta(request);
    if (rejection) return rejection;

    const body = await readJsonBody(request);
    if (!body.ok) return openAIErrorResponse(400, INVALID_JSON_MESSAGE);
    if (!isPlainObject(body.value)) {
      return openAIErrorResponse(400, `Invalid type for request body: expected an object.`, { code: 'invalid_type' });
    }
    const problem = validateParams(body.value, sessionCreateFields);
    if (problem) return openAIErrorResponse(400, problem.message, { param: problem.param, code: problem.code });

    const params = body.value as unknown as ChatSessionCreateParams;
    if (!state.workflows.includes(params.workflow.id)) {
      // [I] starter-app#36: what a key from another project gets.
      return openAIErrorResponse(404, `Workflow with id '${params.workflow.id}' not found.`);
    }
    return apiJsonResponse(state.sessions.create(params));
  };
}

/** `POST /v1/chatkit/sessions/{session_id}/cancel`. */
export function cancelSessionEndpoint(state: HostedState): Endpoint {
  return async (request, params) => {
    const rejection = rejectUnlessApiKey(request, state.apiKeys) ?? rejectUnlessChatKitBeta(request);
    if (rejection) return rejection;
    const sessionId = String(params['sessionId']);
    const session = state.sessions.cancel(sessionId);
    // [I] chatkit-js#66 for the wording.
    if (!session) return openAIErrorResponse(404, `Chatkit Session with id '${sessionId}' not found.`);
    return apiJsonResponse(session);
  };
}
