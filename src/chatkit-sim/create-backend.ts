import type { ChatKitOptions, CustomApiConfig, HostedApiConfig } from '@openai/chatkit';
import type { ChatKitBackend } from './backend';
import { CustomBackend } from './custom-backend';
import { HostedBackend } from './hosted-backend';

type ApiConfig = ChatKitOptions['api'];

/**
 * The first `setOptions` fixes the integration mode. Later calls update the functions and URLs the
 * backend uses (the latest `getClientSecret`, `fetch`, `url`), but switching between hosted and custom
 * mode afterwards is ignored [G].
 */
export function createBackend(initial: ApiConfig, current: () => ApiConfig): ChatKitBackend {
  if ('getClientSecret' in initial) {
    return new HostedBackend(() => latest<HostedApiConfig>(current(), initial, 'getClientSecret'));
  }
  return new CustomBackend(() => latest<CustomApiConfig>(current(), initial, 'url'));
}

function latest<Config extends ApiConfig>(api: ApiConfig, initial: Config, key: keyof Config): Config {
  return key in api ? (api as Config) : initial;
}
