import type { ChatSessionChatKitConfiguration, ChatSessionCreateParams } from '../chatkit-protocol/index';
import type { FieldSpec } from './param-validation';

/** The documented ceiling for `file_upload.max_file_size`, in megabytes. */
export const MAX_FILE_SIZE_MB = 512;
export const DEFAULT_SESSION_TTL_SECONDS = 10 * 60;
export const DEFAULT_REQUESTS_PER_MINUTE = 10;

const enabledFlag: FieldSpec = { schema: { kind: 'object', fields: { enabled: { schema: { kind: 'boolean' } } } } };

/** `SessionCreateParams` of the openai SDK; every other key is rejected. Minimums of 1 are [G]. */
export const sessionCreateFields: Record<string, FieldSpec> = {
  user: { required: true, schema: { kind: 'string', minLength: 1 } },
  workflow: {
    required: true,
    schema: {
      kind: 'object',
      fields: {
        id: { required: true, schema: { kind: 'string', minLength: 1 } },
        version: { schema: { kind: 'string' } },
        state_variables: {
          schema: { kind: 'record', maxKeyLength: 64, valueKinds: ['string', 'boolean', 'number'] },
        },
        tracing: enabledFlag,
      },
    },
  },
  chatkit_configuration: {
    schema: {
      kind: 'object',
      fields: {
        automatic_thread_titling: enabledFlag,
        file_upload: {
          schema: {
            kind: 'object',
            fields: {
              enabled: { schema: { kind: 'boolean' } },
              max_file_size: { schema: { kind: 'integer', min: 1, max: MAX_FILE_SIZE_MB } },
              max_files: { schema: { kind: 'integer', min: 1 } },
            },
          },
        },
        history: {
          schema: {
            kind: 'object',
            fields: {
              enabled: { schema: { kind: 'boolean' } },
              recent_threads: { schema: { kind: 'integer', min: 1 } },
            },
          },
        },
      },
    },
  },
  expires_after: {
    schema: {
      kind: 'object',
      fields: {
        anchor: { required: true, schema: { kind: 'enum', values: ['created_at'] } },
        seconds: { required: true, schema: { kind: 'integer', min: 1 } },
      },
    },
  },
  rate_limits: {
    schema: { kind: 'object', fields: { max_requests_per_1_minute: { schema: { kind: 'integer', min: 1 } } } },
  },
};

/** The configuration echoed in the session, with the documented defaults filled in. */
export function resolveChatKitConfiguration(
  requested: ChatSessionCreateParams['chatkit_configuration'] = {},
): ChatSessionChatKitConfiguration {
  return {
    automatic_thread_titling: { enabled: requested.automatic_thread_titling?.enabled ?? true },
    file_upload: {
      enabled: requested.file_upload?.enabled ?? false,
      max_file_size: requested.file_upload?.max_file_size ?? MAX_FILE_SIZE_MB,
      max_files: requested.file_upload?.max_files ?? 10,
    },
    history: {
      enabled: requested.history?.enabled ?? true,
      recent_threads: requested.history?.recent_threads ?? null,
    },
  };
}
