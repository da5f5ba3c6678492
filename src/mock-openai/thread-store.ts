import type { ClientToolCallItem, Page, Thread, ThreadItem } from '../chatkit-protocol/index';

export interface PageOptions {
  limit?: number | undefined;
  order?: 'asc' | 'desc' | undefined;
  after?: string | undefined;
}

export interface ThreadStoreOptions {
  /**
   * Give `after` only when `has_more` is true, as the stores in chatkit-python's tests and the
   * advanced samples do [D]; otherwise every non-empty page names its last id [G].
   */
  afterOnlyWhenMore?: boolean;
}

interface StoredThread {
  id: string;
  title: string | null;
  created_at: string;
  items: ThreadItem[];
}

/** chatkit-python `DEFAULT_PAGE_SIZE`: `threads.list`, `items.list` and `threads.get_by_id` pages. [D] `chatkit/server.py` */
export const DEFAULT_PAGE_SIZE = 20;

/** The threads of one owner (a hosted `user`, or a whole custom server), oldest first. */
export class ThreadStore {
  readonly #threads: StoredThread[] = [];
  readonly #afterOnlyWhenMore: boolean;

  constructor(options: ThreadStoreOptions = {}) {
    this.#afterOnlyWhenMore = options.afterOnlyWhenMore ?? false;
  }

  create(id: string, createdAt: string): Thread {
    const stored: StoredThread = { id, title: null, created_at: createdAt, items: [] };
    this.#threads.push(stored);
    return toThread(stored, emptyPage());
  }

  has(threadId: string): boolean {
    return this.#find(threadId) !== undefined;
  }

  /** chatkit-python `threads.get_by_id`: the thread with its first page of items, oldest first. */
  get(threadId: string): Thread | undefined {
    const stored = this.#find(threadId);
    return stored && toThread(stored, this.#page(stored.items, { order: 'asc' }, true));
  }

  /** The thread as stream events and `threads.list` carry it: metadata and an empty item page. */
  getMetadata(threadId: string): Thread | undefined {
    const stored = this.#find(threadId);
    return stored && toThread(stored, emptyPage());
  }

  delete(threadId: string): void {
    const index = this.#threads.findIndex((thread) => thread.id === threadId);
    if (index >= 0) this.#threads.splice(index, 1);
  }

  findItem(threadId: string, itemId: string): ThreadItem | undefined {
    const item = this.#find(threadId)?.items.find((candidate) => candidate.id === itemId);
    return item && structuredClone(item);
  }

  lastItem(threadId: string): ThreadItem | undefined {
    const item = this.#require(threadId).items.at(-1);
    return item && structuredClone(item);
  }

  addItem(threadId: string, item: ThreadItem): void {
    this.#require(threadId).items.push(structuredClone(item));
  }

  /** chatkit-python `Store.save_item`: replaces the item with the same id, or adds it. */
  saveItem(threadId: string, item: ThreadItem): void {
    const items = this.#require(threadId).items;
    const index = items.findIndex((candidate) => candidate.id === item.id);
    if (index >= 0) items[index] = structuredClone(item);
    else items.push(structuredClone(item));
  }

  deleteItem(threadId: string, itemId: string): void {
    const stored = this.#require(threadId);
    stored.items = stored.items.filter((item) => item.id !== itemId);
  }

  /** Drops every item after `itemId`, as a retry does. */
  removeItemsAfter(threadId: string, itemId: string): void {
    const stored = this.#require(threadId);
    const index = stored.items.findIndex((item) => item.id === itemId);
    if (index >= 0) stored.items.splice(index + 1);
  }

  /** What chatkit-python does after a tool output: pending tool calls among the newest page go. */
  deletePendingToolCalls(threadId: string): void {
    const stored = this.#require(threadId);
    const newest = new Set(stored.items.slice(-DEFAULT_PAGE_SIZE));
    stored.items = stored.items.filter(
      (item) => !(newest.has(item) && item.type === 'client_tool_call' && (item as ClientToolCallItem).status === 'pending'),
    );
  }

  setTitle(threadId: string, title: string): void {
    this.#require(threadId).title = title;
  }

  /** chatkit-python's `load_threads`: newest first by default, `after` is the last id of the previous page. */
  list(options: PageOptions = {}): Page<Thread> {
    const page = this.#page(this.#threads, { order: 'desc', ...withoutUndefined(options) });
    return { ...page, data: page.data.map((thread) => toThread(thread, emptyPage())) };
  }

  /** chatkit-python's `items.list`: newest first by default. */
  listItems(threadId: string, options: PageOptions = {}): Page<ThreadItem> {
    return this.#page(this.#require(threadId).items, { order: 'desc', ...withoutUndefined(options) });
  }

  #page<T extends { id: string }>(
    records: readonly T[],
    { limit = DEFAULT_PAGE_SIZE, order = 'desc', after }: PageOptions,
    afterOnlyWhenMore = this.#afterOnlyWhenMore,
  ): Page<T> {
    const ordered = order === 'desc' ? [...records].reverse() : [...records];
    const start = after === undefined ? 0 : ordered.findIndex((record) => record.id === after) + 1;
    const data = ordered.slice(start, start + limit);
    const has_more = start + limit < ordered.length;
    const lastId = data.at(-1)?.id ?? null;
    return { data: structuredClone(data), has_more, after: afterOnlyWhenMore && !has_more ? null : lastId };
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

function emptyPage(): Page<ThreadItem> {
  return { data: [], has_more: false };
}

function withoutUndefined(options: PageOptions): PageOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

function toThread(stored: StoredThread, items: Page<ThreadItem>): Thread {
  return {
    id: stored.id,
    title: stored.title,
    created_at: stored.created_at,
    status: { type: 'active' },
    metadata: {},
    items,
  };
}
