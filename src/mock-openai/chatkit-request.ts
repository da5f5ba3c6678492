import type {
  Action,
  ChatKitRequest,
  FeedbackKind,
  InferenceOptions,
  UserMessageContent,
  UserMessageInput,
} from '../chatkit-protocol/index';
import { isPlainObject } from './http-utils';

export type ChatKitRequestParse = { ok: true; request: ChatKitRequest } | { ok: false; message: string };

type RequestType = ChatKitRequest['type'];

type Params<T extends RequestType> = Extract<ChatKitRequest, { type: T }>['params'];

/**
 * One parser per request type chatkit-python accepts (`ChatKitReq` in `chatkit/types.py`), keeping
 * what pydantic keeps: known fields, their defaults filled in. `threads.add_structured_input` and
 * `input.transcribe` are not simulated.
 */
const parsers: { [T in RequestType]: (params: Record<string, unknown>) => Params<T> } = {
  'threads.create': (params) => ({ input: parseInput(params['input']) }),
  'threads.add_user_message': (params) => ({
    thread_id: requireString(params, 'thread_id'),
    input: parseInput(params['input']),
  }),
  'threads.add_client_tool_output': (params) => {
    if (!Object.hasOwn(params, 'result')) throw new InvalidRequest("'result' is required");
    return { thread_id: requireString(params, 'thread_id'), result: params['result'] };
  },
  'threads.custom_action': (params) => parseActionParams(params),
  'threads.sync_custom_action': (params) => parseActionParams(params),
  'threads.retry_after_item': (params) => ({
    thread_id: requireString(params, 'thread_id'),
    item_id: requireString(params, 'item_id'),
  }),
  'threads.list': (params) => parsePageParams(params),
  'threads.get_by_id': (params) => ({ thread_id: requireString(params, 'thread_id') }),
  'threads.update': (params) => ({ thread_id: requireString(params, 'thread_id'), title: requireString(params, 'title', true) }),
  'threads.delete': (params) => ({ thread_id: requireString(params, 'thread_id') }),
  'items.list': (params) => ({ thread_id: requireString(params, 'thread_id'), ...parsePageParams(params) }),
  'items.feedback': (params) => {
    const itemIds = params['item_ids'];
    if (!Array.isArray(itemIds) || !itemIds.every((id) => typeof id === 'string')) {
      throw new InvalidRequest("'item_ids' must be an array of item ids");
    }
    const kind = params['kind'];
    if (kind !== 'positive' && kind !== 'negative') throw new InvalidRequest("'kind' must be 'positive' or 'negative'");
    return { thread_id: requireString(params, 'thread_id'), item_ids: itemIds as string[], kind: kind satisfies FeedbackKind };
  },
  'attachments.create': (params) => {
    const size = params['size'];
    if (typeof size !== 'number' || size < 0) throw new InvalidRequest("'size' must be a non-negative number");
    return { name: requireString(params, 'name'), size, mime_type: requireString(params, 'mime_type') };
  },
  'attachments.delete': (params) => ({ attachment_id: requireString(params, 'attachment_id') }),
};

class InvalidRequest extends Error {}

/** Checks a `{type, params}` body against the request types this mock answers. Messages are [G]. */
export function parseChatKitRequest(body: unknown): ChatKitRequestParse {
  if (!isPlainObject(body) || typeof body['type'] !== 'string') {
    return { ok: false, message: "Invalid request: expected a JSON object with a string 'type'." };
  }
  const type = body['type'];
  if (!isRequestType(type)) return { ok: false, message: `Unsupported request type: '${type}'.` };
  const params = body['params'] ?? {};
  if (!isPlainObject(params)) return { ok: false, message: "Invalid request: 'params' must be an object." };
  try {
    return { ok: true, request: { type, params: parsers[type](params) } as ChatKitRequest };
  } catch (error) {
    if (error instanceof InvalidRequest) return { ok: false, message: `Invalid ${type} request: ${error.message}.` };
    throw error;
  }
}

function isRequestType(type: string): type is RequestType {
  return Object.hasOwn(parsers, type);
}

function requireString(params: Record<string, unknown>, key: string, allowEmpty = false): string {
  const value = params[key];
  if (typeof value !== 'string' || (value === '' && !allowEmpty)) {
    throw new InvalidRequest(`'${key}' must be a non-empty string`);
  }
  return value;
}

function optionalString(params: Record<string, unknown>, key: string): string | undefined {
  const value = params[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InvalidRequest(`'${key}' must be a string`);
  return value;
}

/** `limit` (default: the server's page size), `order` (default "desc"), `after`. */
function parsePageParams(params: Record<string, unknown>): { limit?: number; order?: 'asc' | 'desc'; after?: string } {
  const { limit, order } = params;
  if (limit !== undefined && limit !== null && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)) {
    throw new InvalidRequest("'limit' must be a positive integer");
  }
  if (order !== undefined && order !== null && order !== 'asc' && order !== 'desc') {
    throw new InvalidRequest("'order' must be 'asc' or 'desc'");
  }
  const after = optionalString(params, 'after');
  return {
    ...(typeof limit === 'number' ? { limit } : {}),
    ...(order === 'asc' || order === 'desc' ? { order } : {}),
    ...(after !== undefined ? { after } : {}),
  };
}

function parseActionParams(params: Record<string, unknown>): { thread_id: string; item_id?: string; action: Action } {
  const action = params['action'];
  if (!isPlainObject(action) || typeof action['type'] !== 'string') {
    throw new InvalidRequest("'action' must be an object with a string 'type'");
  }
  const payload = action['payload'];
  const itemId = optionalString(params, 'item_id');
  return {
    thread_id: requireString(params, 'thread_id'),
    ...(itemId !== undefined ? { item_id: itemId } : {}),
    action: { type: action['type'], ...(payload !== undefined && payload !== null ? { payload: payload as NonNullable<Action['payload']> } : {}) },
  };
}

function parseInput(input: unknown): UserMessageInput {
  if (!isPlainObject(input)) throw new InvalidRequest("'input' must be an object");
  const { content, attachments, inference_options } = input;
  if (!Array.isArray(content)) throw new InvalidRequest("'input.content' must be an array of content parts");
  if (!Array.isArray(attachments) || !attachments.every((id) => typeof id === 'string')) {
    throw new InvalidRequest("'input.attachments' must be an array of attachment ids");
  }
  const quotedText = optionalString(input, 'quoted_text');
  return {
    content: content.map(parseContentPart),
    attachments: attachments as string[],
    ...(quotedText !== undefined ? { quoted_text: quotedText } : {}),
    inference_options: parseInferenceOptions(inference_options),
  };
}

function parseContentPart(part: unknown): UserMessageContent {
  if (isPlainObject(part) && part['type'] === 'input_text' && typeof part['text'] === 'string') {
    return { type: 'input_text', text: part['text'] };
  }
  if (isPlainObject(part) && part['type'] === 'input_tag') {
    const data = part['data'];
    if (!isPlainObject(data)) throw new InvalidRequest("an 'input_tag' part needs a 'data' object");
    const group = optionalString(part, 'group');
    return {
      type: 'input_tag',
      id: requireString(part, 'id'),
      text: requireString(part, 'text', true),
      data,
      ...(group !== undefined ? { group } : {}),
      interactive: part['interactive'] === true,
    };
  }
  throw new InvalidRequest("'input.content' must hold 'input_text' or 'input_tag' parts");
}

function parseInferenceOptions(options: unknown): InferenceOptions {
  if (!isPlainObject(options)) throw new InvalidRequest("'input.inference_options' must be an object");
  const toolChoice = options['tool_choice'];
  const model = optionalString(options, 'model');
  const parsed: InferenceOptions = {};
  if (isPlainObject(toolChoice) && typeof toolChoice['id'] === 'string') parsed.tool_choice = { id: toolChoice['id'] };
  else if (toolChoice !== undefined && toolChoice !== null) throw new InvalidRequest("'tool_choice' must be {id}");
  if (model !== undefined) parsed.model = model;
  return parsed;
}

/** The text a user typed: every `input_text` part, joined. */
export function userTextOf(content: readonly UserMessageContent[]): string {
  return content.flatMap((part) => (part.type === 'input_text' ? [part.text] : [])).join('\n');
}
