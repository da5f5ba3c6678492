"""Threads, items and attachment metadata kept in memory: swap in your database for production.

chatkit-python ships only the abstract `Store`; pagination here follows the stores in its own tests
and in the advanced samples: oldest first for "asc", newest first for "desc", `after` is the id of the
last item of a page and is set only when `has_more` is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from chatkit.store import NotFoundError, Store
from chatkit.types import Attachment, Page, ThreadItem, ThreadMetadata


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


_Record = TypeVar("_Record", bound=_Identified)
TContext = TypeVar("TContext")


def paginate(records: Sequence[_Record], after: str | None, limit: int, order: str) -> Page[_Record]:
    ordered = list(reversed(records)) if order == "desc" else list(records)
    start = 0
    if after is not None:
        ids = [record.id for record in ordered]
        if after not in ids:
            raise NotFoundError(f"{after} not found")
        start = ids.index(after) + 1
    page = ordered[start : start + limit]
    has_more = len(ordered) > start + limit
    return Page(data=page, has_more=has_more, after=page[-1].id if page and has_more else None)


class MemoryStore(Store[TContext]):
    """Keeps every user's threads together: a real store filters by the user in `context`."""

    def __init__(self) -> None:
        self._threads: dict[str, ThreadMetadata] = {}
        self._items: dict[str, list[ThreadItem]] = {}
        self._attachments: dict[str, Attachment] = {}

    async def load_thread(self, thread_id: str, context: TContext) -> ThreadMetadata:
        if thread_id not in self._threads:
            raise NotFoundError(f"Thread {thread_id} not found")
        return self._threads[thread_id].model_copy(deep=True)

    async def save_thread(self, thread: ThreadMetadata, context: TContext) -> None:
        self._threads[thread.id] = ThreadMetadata.model_validate(thread.model_dump())
        self._items.setdefault(thread.id, [])

    async def load_threads(self, limit: int, after: str | None, order: str, context: TContext) -> Page[ThreadMetadata]:
        page = paginate(list(self._threads.values()), after, limit, order)
        page.data = [thread.model_copy(deep=True) for thread in page.data]
        return page

    async def delete_thread(self, thread_id: str, context: TContext) -> None:
        self._threads.pop(thread_id, None)
        self._items.pop(thread_id, None)

    async def load_thread_items(
        self, thread_id: str, after: str | None, limit: int, order: str, context: TContext
    ) -> Page[ThreadItem]:
        page = paginate(self._thread_items(thread_id), after, limit, order)
        page.data = [item.model_copy(deep=True) for item in page.data]
        return page

    async def add_thread_item(self, thread_id: str, item: ThreadItem, context: TContext) -> None:
        self._thread_items(thread_id).append(item.model_copy(deep=True))

    async def save_item(self, thread_id: str, item: ThreadItem, context: TContext) -> None:
        items = self._thread_items(thread_id)
        for index, existing in enumerate(items):
            if existing.id == item.id:
                items[index] = item.model_copy(deep=True)
                return
        items.append(item.model_copy(deep=True))

    async def load_item(self, thread_id: str, item_id: str, context: TContext) -> ThreadItem:
        for item in self._thread_items(thread_id):
            if item.id == item_id:
                return item.model_copy(deep=True)
        raise NotFoundError(f"Item {item_id} not found in thread {thread_id}")

    async def delete_thread_item(self, thread_id: str, item_id: str, context: TContext) -> None:
        self._items[thread_id] = [item for item in self._thread_items(thread_id) if item.id != item_id]

    async def save_attachment(self, attachment: Attachment, context: TContext) -> None:
        self._attachments[attachment.id] = attachment.model_copy(deep=True)

    async def load_attachment(self, attachment_id: str, context: TContext) -> Attachment:
        if attachment_id not in self._attachments:
            raise NotFoundError(f"Attachment {attachment_id} not found")
        return self._attachments[attachment_id].model_copy(deep=True)

    async def delete_attachment(self, attachment_id: str, context: TContext) -> None:
        self._attachments.pop(attachment_id, None)

    def _thread_items(self, thread_id: str) -> list[ThreadItem]:
        if thread_id not in self._items:
            raise NotFoundError(f"Thread {thread_id} not found")
        return self._items[thread_id]
