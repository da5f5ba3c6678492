/**
 * The ChatKit wire protocol as far as this site simulates it: the request a ChatKit client POSTs
 * (to OpenAI's `/v1/chatkit/conversation` in hosted mode, to `api.url` for a custom server) and the
 * server-sent events that answer it. Shapes follow chatkit-python `chatkit/types.py`; only the fields
 * the simulator and the mocks use are typed. Fields are snake_case because that is what travels.
 */

export type UserMessageContent =
  | { type: 'input_text'; text: string }
  | { type: 'input_tag'; id: string; text: string; data: Record<string, unknown>; group?: string | null; interactive: boolean };

/** chatkit-python `InferenceOptions`. */
export interface InferenceOptions {
  tool_choice?: { id: string } | null;
  model?: string | null;
}

export interface UserMessageInput {
  content: UserMessageContent[];
  /** Attachment ids, already uploaded. */
  attachments: string[];
  quoted_text?: string;
  inference_options: InferenceOptions;
}

/** chatkit-python `Page`: `after` (the id to pass for the next page) is left out when it is null. */
export interface Page<T> {
  data: T[];
  has_more: boolean;
  after?: string | null;
}

export type FeedbackKind = 'positive' | 'negative';

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
  | { type: 'threads.update'; params: { thread_id: string; title: string } }
  | { type: 'threads.delete'; params: { thread_id: string } }
  | { type: 'items.list'; params: { thread_id: string; limit?: number; order?: 'asc' | 'desc'; after?: string } }
  | { type: 'items.feedback'; params: { thread_id: string; item_ids: string[]; kind: FeedbackKind } }
  | { type: 'attachments.create'; params: { name: string; size: number; mime_type: string } }
  | { type: 'attachments.delete'; params: { attachment_id: string } }
  | ThreadActionRequest;

/**
 * chatkit-python's requests for client tool results and actions (`ThreadsAddClientToolOutputReq`,
 * `ThreadsCustomActionReq`, `ThreadsSyncCustomActionReq`); `threads.sync_custom_action` answers
 * JSON (`SyncCustomActionResponse`), the other two stream.
 */
export type ThreadActionRequest =
  | { type: 'threads.add_client_tool_output'; params: { thread_id: string; result: unknown } }
  | { type: 'threads.custom_action'; params: ThreadCustomActionParams }
  | { type: 'threads.sync_custom_action'; params: ThreadCustomActionParams };

/** chatkit-python `ThreadCustomActionParams`: `item_id` names the widget that sent the action. */
export interface ThreadCustomActionParams {
  thread_id: string;
  item_id?: string | null;
  action: Action;
}

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
  status: { type: 'active' } | { type: 'locked' | 'closed'; reason?: string | null };
  allowed_image_domains?: string[] | null;
  metadata: Record<string, unknown>;
  items: Page<ThreadItem>;
}

export interface UserMessageItem {
  id: string;
  thread_id: string;
  created_at: string;
  type: 'user_message';
  content: UserMessageContent[];
  attachments: Attachment[];
  quoted_text?: string | null;
  inference_options: InferenceOptions;
}

export interface AssistantMessageItem {
  id: string;
  thread_id: string;
  created_at: string;
  type: 'assistant_message';
  content: { type: 'output_text'; text: string; annotations: unknown[] }[];
}

/** The server asks the page to run `onClientTool`; chatkit-python streams it `pending` in `thread.item.done`. */
export interface ClientToolCallItem {
  id: string;
  thread_id: string;
  created_at: string;
  type: 'client_tool_call';
  status: 'pending' | 'completed';
  call_id: string;
  name: string;
  arguments: Record<string, unknown>;
  output?: unknown;
}

export interface WidgetItem {
  id: string;
  thread_id: string;
  created_at: string;
  type: 'widget';
  widget: WidgetRoot;
  copy_text?: string | null;
}

export type ThreadItem = UserMessageItem | AssistantMessageItem | ClientToolCallItem | WidgetItem;

/*
 * Widgets: chatkit-python `chatkit/widgets.py`. Component props are camelCase on the wire, as there.
 * Each component lists the props the simulator draws; `id`/`key` identify a component for updates.
 */

/** chatkit-python `ActionConfig`: `handler` defaults to "server", `loadingBehavior` to "auto", `streaming` to true. */
export interface ActionConfig {
  type: string;
  payload?: Record<string, unknown>;
  handler?: 'client' | 'server';
  loadingBehavior?: 'auto' | 'none' | 'self' | 'container';
  streaming?: boolean;
}

/** What an action request carries: chatkit-python `Action`. */
export interface Action {
  type: string;
  payload?: Record<string, unknown>;
}

interface WidgetNode {
  id?: string;
  key?: string;
}

export type WidgetStatus = { text: string; favicon?: string; frame?: boolean } | { text: string; icon?: string };

export interface WidgetCard extends WidgetNode {
  type: 'Card';
  children: WidgetComponent[];
  asForm?: boolean;
  status?: WidgetStatus;
  confirm?: { label: string; action: ActionConfig };
  cancel?: { label: string; action: ActionConfig };
}

export interface WidgetListView extends WidgetNode {
  type: 'ListView';
  children: WidgetListViewItem[];
  limit?: number | 'auto';
  status?: WidgetStatus;
}

export interface WidgetListViewItem extends WidgetNode {
  type: 'ListViewItem';
  children: WidgetComponent[];
  onClickAction?: ActionConfig;
}

export interface WidgetBasicRoot extends WidgetNode {
  type: 'Basic';
  children?: WidgetComponent | WidgetComponent[] | null;
}

export interface WidgetBox extends WidgetNode {
  type: 'Box' | 'Row' | 'Col';
  children?: WidgetComponent[];
  direction?: 'row' | 'col';
}

export interface WidgetForm extends WidgetNode {
  type: 'Form';
  children?: WidgetComponent[];
  direction?: 'row' | 'col';
  onSubmitAction?: ActionConfig;
}

export interface WidgetText extends WidgetNode {
  type: 'Text' | 'Title' | 'Caption' | 'Markdown';
  value: string;
  streaming?: boolean;
}

export interface WidgetBadge extends WidgetNode {
  type: 'Badge';
  label: string;
  color?: 'secondary' | 'success' | 'danger' | 'warning' | 'info' | 'discovery';
}

export interface WidgetButton extends WidgetNode {
  type: 'Button';
  label?: string;
  onClickAction?: ActionConfig;
  submit?: boolean;
  iconStart?: string;
  iconEnd?: string;
  disabled?: boolean;
}

export interface WidgetImage extends WidgetNode {
  type: 'Image';
  src: string;
  alt?: string;
}

export interface WidgetIcon extends WidgetNode {
  type: 'Icon';
  name: string;
}

export interface WidgetDecoration extends WidgetNode {
  type: 'Divider' | 'Spacer';
}

export interface WidgetTransition extends WidgetNode {
  type: 'Transition';
  children: WidgetComponent | null;
}

export type WidgetRoot = WidgetCard | WidgetListView | WidgetBasicRoot;

/** The components drawn; chatkit-python has more (Input, Select, Chart, …), which arrive as `{type, …}` too. */
export type WidgetComponent =
  | WidgetRoot
  | WidgetListViewItem
  | WidgetBox
  | WidgetForm
  | WidgetText
  | WidgetBadge
  | WidgetButton
  | WidgetImage
  | WidgetIcon
  | WidgetDecoration
  | WidgetTransition;

/** The `update` of a `thread.item.updated` event: chatkit-python `ThreadItemUpdate` (annotation, task and image updates left out). */
export type ThreadItemUpdate =
  | { type: 'assistant_message.content_part.added' | 'assistant_message.content_part.done'; content_index: number; content: AssistantMessageItem['content'][number] }
  | { type: 'assistant_message.content_part.text_delta'; content_index: number; delta: string }
  | { type: 'widget.streaming_text.value_delta'; component_id: string; delta: string; done: boolean }
  | { type: 'widget.root.updated'; widget: WidgetRoot }
  | { type: 'widget.component.updated'; component_id: string; component: WidgetComponent };

/** What `threads.sync_custom_action` answers, as JSON: chatkit-python `SyncCustomActionResponse`. */
export interface SyncCustomActionResponse {
  updated_item?: ThreadItem | null;
}

export interface UploadDescriptor {
  url: string;
  method: 'POST' | 'PUT';
  headers: Record<string, string>;
}

/**
 * What an upload endpoint returns: chatkit-python `Attachment`. `thread_id` is set once a message
 * that carries it is saved; `metadata` never leaves a chatkit-python server.
 */
export type Attachment =
  | {
      type: 'file';
      id: string;
      name: string;
      mime_type: string;
      upload_descriptor?: UploadDescriptor | null;
      thread_id?: string | null;
    }
  | {
      type: 'image';
      id: string;
      name: string;
      mime_type: string;
      preview_url: string;
      upload_descriptor?: UploadDescriptor | null;
      thread_id?: string | null;
    };

export type ThreadStreamEvent =
  | { type: 'thread.created'; thread: Thread }
  | { type: 'thread.updated'; thread: Thread }
  | { type: 'thread.item.added'; item: ThreadItem }
  | { type: 'thread.item.done'; item: ThreadItem }
  | { type: 'thread.item.updated'; item_id: string; update: ThreadItemUpdate }
  | { type: 'thread.item.removed'; item_id: string }
  | { type: 'thread.item.replaced'; item: ThreadItem }
  | { type: 'stream_options'; stream_options: { allow_cancel: boolean } }
  | { type: 'progress_update'; icon?: string; text: string }
  | { type: 'client_effect'; name: string; data: Record<string, unknown> }
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
