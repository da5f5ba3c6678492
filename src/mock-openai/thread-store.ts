import type { Thread, ThreadItem } from '../chatkit-protocol/index';

export interface ThreadPage {
  data: Thread[];
  has_more: boolean;
  after: string | null;
}

export interface ThreadListOptions {
  limit?: number | undefined;
  order?: 'asc' | 'desc' | undefined;
  after?: string | undefined;
}

interface StoredThread {
  id: string;
  title: string | null;
  created_at: string;
  items: ThreadItem[];
}

const DEFAULT_PAGE_SIZE = 20;

/** The threads of one owner (a hosted `user`, or a whole custom server), oldest first. */
export class ThreadStore {
  readonly #threads: StoredThread[] = [];

  create(id: string, createdAt: string): Thread {
    const stored: StoredThread = { id, title: null, created_at: createdAt, items: [] };
    this.#threads.push(stored);
    return toThread(stored, false);
  }

  has(threadId: string): boolean {
    return this.#find(threadId) !== undefined;
  }

  /** The thread with its items, or undefined when this owner has no such thread. */
  get(threadId: string): Thread | undefined {
    const stored = this.#find(threadId);
    return stored && toThread(stored, true);
  }

  /** The thread as stream events carry it: metadata and an empty item page. */
  getMetadata(threadId: string): Thread | undefined {
    const stored = this.#find(threadId);
    return stored && toThread(stored, false);
  }

  findItem(threadId: string, itemId: string): ThreadItem | undefined {
    return this.#find(threadId)?.items.find((item) => item.id === itemId);
  }

  addItem(threadId: string, item: ThreadItem): void {
    this.#require(threadId).items.push(structuredClone(item));
  }

  /** Drops every item after `itemId`, as a retry does. */
  removeItemsAfter(threadId: string, itemId: string): void {
    const stored = this.#require(threadId);
    const index = stored.items.findIndex((item) => item.id === itemId);
    if (index >= 0) stored.items.splice(index + 1);
  }

  setTitle(threadId: string, title: string): void {
    this.#require(threadId).title = title;
  }

  /** chatkit-python's `load_threads`: newest first by default, `after` is the last id of the previous page. */
  list({ limit = DEFAULT_PAGE_SIZE, order = 'desc', after }: ThreadListOptions = {}): ThreadPage {
    const ordered = order === 'desc' ? [...this.#threads].reverse() : [...this.#threads];
    const start = after === undefined ? 0 : ordered.findIndex((thread) => thread.id === after) + 1;
    const page = ordered.slice(start, start + limit);
    return {
      data: page.map((thread) => toThread(thread, false)),
      has_more: start + limit < ordered.length,
      after: page.at(-1)?.id ?? null,
    };
  }

  #find(threadId: string): StoredThread | undefined {
    return this.#threads.find((thread) => thread.id === threadId);
  }

  #require(threadId: string): StoredThread {
    const stored = this.#find(threadId);
    if (!stored) throw new Error(`No thread ${threadId}`);
    return stored;
  }
}

function toThread(stored: StoredThread, withItems: boolean): Thread {
  return {
    id: stored.id,
    title: stored.title,
    created_at: stored.created_at,
    status: { type: 'active' },
    metadata: {},
    items: { data: withItems ? structuredClone(stored.items) : [], has_more: false },
  };
}
