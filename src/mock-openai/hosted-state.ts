import { AttachmentStore } from './attachment-store';
import type { MockClock } from './clock';
import type { FailureSwitch } from './failure-switch';
import type { ChatKitScript } from './response-script';
import type { SessionStore } from './session-store';
import { ThreadStore } from './thread-store';

/** What one user's sessions share: "this Session can access other objects that have the same `user` scope". */
export interface UserSpace {
  threads: ThreadStore;
  attachments: AttachmentStore;
}

export class UserSpaces {
  readonly #byUser = new Map<string, UserSpace>();

  for(user: string): UserSpace {
    let space = this.#byUser.get(user);
    if (!space) {
      space = { threads: new ThreadStore(), attachments: new AttachmentStore() };
      this.#byUser.set(user, space);
    }
    return space;
  }
}

/** Everything one `createMockOpenAI()` instance keeps; nothing of it is module-level. */
export interface HostedState {
  apiKeys: readonly string[];
  workflows: readonly string[];
  allowedDomains: readonly string[];
  /** Domain key → the hostname it was created for; absent when the world does not check keys. */
  domainKeys?: Readonly<Record<string, string>>;
  script: ChatKitScript;
  streamChunkDelayMs: number;
  clock: MockClock;
  sessions: SessionStore;
  spaces: UserSpaces;
  failures: FailureSwitch;
}

export type PathParams = Readonly<Record<string, string | readonly string[] | undefined>>;

export type Endpoint = (request: Request, params: PathParams) => Promise<Response>;
