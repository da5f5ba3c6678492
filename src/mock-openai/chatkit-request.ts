import type { ChatKitRequest, UserMessageContent, UserMessageInput } from '../chatkit-protocol/index';
import { isPlainObject } from './http-utils';

export type ChatKitRequestParse = { ok: true; request: ChatKitRequest } | { ok: false; message: string };

type RequestType = ChatKitRequest['type'];

const parsers: { [T in RequestType]: (params: Record<string, unknown>) => Extract<ChatKitRequest, { type: T }>['params'] } = {
  'threads.create': (params) => ({ input: parseInput(params['input']) }),
  'threads.add_user_message': (params) => ({
    thread_id: requireString(params, 'thread_id'),
    input: parseInput(params['input']),
  }),
  'threads.retry_after_item': (params) => ({
    thread_id: requireString(params, 'thread_id'),
    item_id: requireString(params, 'item_id'),
  }),
  'threads.list': (params) => {
    const { limit, order, after } = params;
    if (limit !== undefined && limit !== null && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)) {
      throw new InvalidRequest("'limit' must be a positive integer");
    }
    if (order !== undefined && order !== null && order !== 'asc' && order !== 'desc') {
      throw new InvalidRequest("'order' must be 'asc' or 'desc'");
    }
    if (after !== undefined && after !== null && typeof after !== 'string') {
      throw new InvalidRequest("'after' must be a string");
    }
    return {
      ...(typeof limit === 'number' ? { limit } : {}),
      ...(order === 'asc' || order === 'desc' ? { order } : {}),
      ...(typeof after === 'string' ? { after } : {}),
    };
  },
  'threads.get_by_id': (params) => ({ thread_id: requireString(params, 'thread_id') }),
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

function requireString(params: Record<string, unknown>, key: string): string {
  const value = params[key];
  if (typeof value !== 'string' || value === '') throw new InvalidRequest(`'${key}' must be a non-empty string`);
  return value;
}

function parseInput(input: unknown): UserMessageInput {
  if (!isPlainObject(input)) throw new InvalidRequest("'input' must be an object");
  const { content, attachments = [], quoted_text, inference_options = {} } = input;
  if (!Array.isArray(content) || !content.every((part) => isPlainObject(part) && typeof part['type'] === 'string')) {
    throw new InvalidRequest("'input.content' must be an array of content parts");
  }
  if (!Array.isArray(attachments) || !attachments.every((id) => typeof id === 'string')) {
    throw new InvalidRequest("'input.attachments' must be an array of attachment ids");
  }
  if (!isPlainObject(inference_options)) throw new InvalidRequest("'input.inference_options' must be an object");
  return {
    content: content as UserMessageContent[],
    attachments: attachments as string[],
    ...(typeof quoted_text === 'string' ? { quoted_text } : {}),
    inference_options,
  };
}

/** The text a user typed: every `input_text` part, joined. */
export function userTextOf(content: readonly { type: string; text?: unknown }[]): string {
  return content
    .filter((part) => part.type === 'input_text' && typeof part.text === 'string')
    .map((part) => part.text)
    .join('\n');
}
