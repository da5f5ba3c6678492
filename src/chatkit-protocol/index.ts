/**
 * The ChatKit wire protocol as far as this site simulates it: the request a ChatKit client POSTs
 * (to OpenAI's `/v1/chatkit/conversation` in hosted mode, to `api.url` for a custom server) and the
 * server-sent events that answer it. Shapes follow chatkit-python `chatkit/types.py`; only the fields
 * the simulator and the mocks use are typed. Fields are snake_case because that is what travels.
 */

export type UserMessageContent = { type: 'input_text'; text: string };

export interface UserMessageInput {
  content: UserMessageContent[];
  /** Attachment ids, already uploaded. */
  attachments: string[];
  quoted_text?: string;
  inference_options: { tool_choice?: { id: string } | null; model?: string | null };
}

export type ChatKitRequest =
  | { type: 'threads.create'; params: { input: UserMessageInput }; metadata?: Record<string, unknown> }
  | {
      type: 'threads.add_user_message';
      params: { thread_id: string; input: UserMessageInput };
      metadata?: Record<string, unknown>;
    }
  | { type: 'threads.retry_after_item'; params: { thread_id: string; item_id: string } }
  | { type: 'threads.list'; params: { limit?: number; order?: 'asc' | 'desc'; after?: string } }
  | { type: 'threads.get_by_id'; params: { thread_id: string } }
  | { type: 'attachments.create'; params: { name: string; size: number; mime_type: string } }
  | { type: 'attachments.delete'; params: { attachment_id: string } };

/** Request types answered with `text/event-stream`; every other type is answered with JSON. */
export const streamingRequestTypes = [
  'threads.create',
  'threads.add_user_message',
  'threads.add_client_tool_output',
  'threads.add_structured_input',
  'threads.retry_after_item',
  'threads.custom_action',
] as const;

export interface Thread {
  id: string;
  title: string | null;
  created_at: string;
  status: { type: 'active' | 'locked' | 'closed' };
  metadata: Record<string, unknown>;
  items: { data: ThreadItem[]; has_more: boolean };
}

export interface UserMessageItem {
  id: string;
  thread_id: string;
  created_at: string;
  type: 'user_message';
  content: UserMessageContent[];
  attachments: Attachment[];
  inference_options: Record<string, unknown>;
}

export interface AssistantMessageItem {
  id: string;
  thread_id: string;
  created_at: string;
  type: 'assistant_message';
  content: { type: 'output_text'; text: string; annotations: unknown[] }[];
}

export type ThreadItem = UserMessageItem | AssistantMessageItem;

export interface UploadDescriptor {
  url: string;
  method: 'POST' | 'PUT';
  headers: Record<string, string>;
}

/** What an upload endpoint returns: chatkit-python `Attachment`. */
export type Attachment =
  | { type: 'file'; id: string; name: string; mime_type: string; upload_descriptor?: UploadDescriptor | null }
  | {
      type: 'image';
      id: string;
      name: string;
      mime_type: string;
      preview_url: string;
      upload_descriptor?: UploadDescriptor | null;
    };

export type ThreadStreamEvent =
  | { type: 'thread.created'; thread: Thread }
  | { type: 'thread.updated'; thread: Thread }
  | { type: 'thread.item.added'; item: ThreadItem }
  | { type: 'thread.item.done'; item: ThreadItem }
  | {
      type: 'thread.item.updated';
      item_id: string;
      update: { type: 'assistant_message.content_part.text_delta'; content_index: number; delta: string };
    }
  | { type: 'stream_options'; stream_options: { allow_cancel: boolean } }
  | { type: 'progress_update'; icon?: string; text: string }
  | { type: 'notice'; level: 'info' | 'warning' | 'danger'; message: string; title?: string }
  | { type: 'error'; code: 'stream.error' | 'custom'; message?: string; allow_retry: boolean };

/** The standard OpenAI error envelope, as every `api.openai.com` error response carries it. */
export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/*
 * The session API (`POST https://api.openai.com/v1/chatkit/sessions`, hosted mode), as typed by the
 * `openai` SDK (`resources/beta/chatkit`). Not part of the ChatKit protocol above, but on the wire
 * between a reader's server and OpenAI, so shared here too.
 */

export interface ChatSessionCreateParams {
  user: string;
  workflow: {
    id: string;
    version?: string;
    state_variables?: Record<string, string | boolean | number>;
    tracing?: { enabled?: boolean };
  };
  chatkit_configuration?: {
    automatic_thread_titling?: { enabled?: boolean };
    /** `max_file_size` is in megabytes (at most 512). */
    file_upload?: { enabled?: boolean; max_file_size?: number; max_files?: number };
    history?: { enabled?: boolean; recent_threads?: number };
  };
  /** Defaults to 10 minutes. A request field only: the response carries `expires_at` instead. */
  expires_after?: { anchor: 'created_at'; seconds: number };
  rate_limits?: { max_requests_per_1_minute?: number };
}

export type ChatSessionStatus = 'active' | 'expired' | 'cancelled';

export interface ChatSessionChatKitConfiguration {
  automatic_thread_titling: { enabled: boolean };
  file_upload: { enabled: boolean; max_file_size: number | null; max_files: number | null };
  history: { enabled: boolean; recent_threads: number | null };
}

export interface ChatSession {
  id: string;
  object: 'chatkit.session';
  chatkit_configuration: ChatSessionChatKitConfiguration;
  client_secret: string;
  /** Unix time in seconds. */
  expires_at: number;
  max_requests_per_1_minute: number;
  rate_limits: { max_requests_per_1_minute: number };
  status: ChatSessionStatus;
  user: string;
  workflow: {
    id: string;
    state_variables: Record<string, string | boolean | number> | null;
    tracing: { enabled: boolean };
    version: string | null;
  };
}

/** Every DOM event `<openai-chatkit>` dispatches, by its real name (`ChatKitEvents` in @openai/chatkit). */
export const chatKitEventNames = [
  'chatkit.ready',
  'chatkit.error',
  'chatkit.effect',
  'chatkit.deeplink',
  'chatkit.response.start',
  'chatkit.response.end',
  'chatkit.history.open',
  'chatkit.history.close',
  'chatkit.thread.change',
  'chatkit.thread.load.start',
  'chatkit.thread.load.end',
  'chatkit.tool.change',
  'chatkit.log',
] as const satisfies readonly (keyof import('@openai/chatkit').ChatKitEvents)[];

export type ChatKitEventName = (typeof chatKitEventNames)[number];
