"""A real chatkit-python `ChatKitServer` with a deterministic `respond`, served on 127.0.0.1.

tests/unit/conformance.test.ts sends it the same requests as the site's simulated ChatKit server
(`createChatKitServer` with `triggerWordScript`) and compares what comes back. What it answers,
by the words in the user's message (checked in this order):

- "custom error": raises `CustomStreamError` (an `error` event with code "custom")
- "error": raises an exception (an `error` event with code "stream.error")
- "progress": a `progress_update` first; "notice": a warning `notice`; "effect": a `client_effect`
- "tool": only a pending `client_tool_call` (get_weather, Paris); `threads.add_client_tool_output`
  continues with a text reply
- otherwise a text reply, streamed as the Agents SDK integration streams one, and for "widget" a
  weather card after it, whose buttons send a streaming and a sync custom action

Usage: python python/conformance_server.py PORT  (0 picks a free port). Prints `READY <port>`.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import uvicorn
from chatkit.actions import Action
from chatkit.errors import CustomStreamError
from chatkit.server import ChatKitServer, StreamingResult, stream_widget
from chatkit.store import AttachmentStore
from chatkit.types import (
    AssistantMessageContent,
    AssistantMessageContentPartAdded,
    AssistantMessageContentPartDone,
    AssistantMessageContentPartTextDelta,
    AssistantMessageItem,
    Attachment,
    AttachmentCreateParams,
    AttachmentUploadDescriptor,
    ClientEffectEvent,
    ClientToolCallItem,
    FileAttachment,
    ImageAttachment,
    NoticeEvent,
    ProgressUpdateEvent,
    SyncCustomActionResponse,
    ThreadItemAddedEvent,
    ThreadItemDoneEvent,
    ThreadItemReplacedEvent,
    ThreadItemUpdatedEvent,
    ThreadMetadata,
    ThreadStreamEvent,
    UserMessageItem,
    UserMessageTextContent,
    WidgetItem,
)
from chatkit.widgets import WidgetRoot, WidgetTemplate
from pydantic import AnyUrl
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

# The in-memory store the custom-server page shows readers (pyrightconfig.json lists its folder too).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples" / "custom-server"))
from store import MemoryStore  # noqa: E402

WORDS_PER_DELTA = 3
# A Card with a Title, a Text and two Buttons: "weather.refresh" (streamed) and "weather.mark_seen" (sync).
WEATHER_CARD = WidgetTemplate.from_file("weather_card.widget")


def user_text(item: UserMessageItem) -> str:
    return "\n".join(part.text for part in item.content if isinstance(part, UserMessageTextContent))


def title_for(text: str) -> str:
    words = " ".join(text.split()[:6])
    if not words:
        return "New chat"
    return words if len(words) <= 40 else f"{words[:39]}…"


def text_deltas(text: str) -> list[str]:
    """Three words at a time; joined back they give the text exactly."""
    words = text.split(" ")
    groups = [words[start : start + WORDS_PER_DELTA] for start in range(0, len(words), WORDS_PER_DELTA)]
    return [" ".join(group) + ("" if index == len(groups) - 1 else " ") for index, group in enumerate(groups)]


def weather_card(forecast: str) -> WidgetRoot:
    return WEATHER_CARD.build({"city": "Paris", "forecast": forecast})


class UploadDescriptors(AttachmentStore[None]):
    """Two-phase uploads: hands out where to send the bytes; the bytes themselves are not kept."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    async def create_attachment(self, input: AttachmentCreateParams, context: None) -> Attachment:
        attachment_id = self.generate_attachment_id(input.mime_type, context)
        descriptor = AttachmentUploadDescriptor(
            url=AnyUrl(f"{self.base_url}/attachments/{attachment_id}/upload"), method="POST"
        )
        if input.mime_type.startswith("image/"):
            return ImageAttachment(
                id=attachment_id,
                name=input.name,
                mime_type=input.mime_type,
                upload_descriptor=descriptor,
                preview_url=AnyUrl(f"{self.base_url}/attachments/{attachment_id}/preview"),
            )
        return FileAttachment(id=attachment_id, name=input.name, mime_type=input.mime_type, upload_descriptor=descriptor)

    async def delete_attachment(self, attachment_id: str, context: None) -> None:
        return None


class ConformanceServer(ChatKitServer[None]):
    async def respond(
        self, thread: ThreadMetadata, input_user_message: UserMessageItem | None, context: None
    ) -> AsyncIterator[ThreadStreamEvent]:
        if input_user_message is None:
            async for event in self._stream_text(thread, "The weather tool says it is sunny in Paris."):
                yield event
            return

        text = user_text(input_user_message)
        words = text.lower()
        if "custom error" in words:
            raise CustomStreamError("The conformance server refused this message.")
        if "error" in words:
            raise RuntimeError("respond() failed on purpose")
        if "progress" in words:
            yield ProgressUpdateEvent(icon="search", text="Looking up the forecast…")
        if "notice" in words:
            yield NoticeEvent(level="warning", title="Heads up", message="This is a **warning** notice.")
        if "effect" in words:
            yield ClientEffectEvent(name="highlight", data={"color": "yellow"})

        if "tool" in words:
            yield ThreadItemDoneEvent(
                item=ClientToolCallItem(
                    id=self.store.generate_item_id("tool_call", thread, context),
                    thread_id=thread.id,
                    created_at=datetime.now(),
                    call_id=self.store.generate_item_id("tool_call", thread, context),
                    name="get_weather",
                    arguments={"city": "Paris"},
                )
            )
        else:
            async for event in self._stream_text(thread, f"You said: {text}"):
                yield event
            if "widget" in words:
                widget_events = stream_widget(
                    thread,
                    weather_card("Sunny, 21 °C"),
                    copy_text="Sunny, 21 °C in Paris",
                    generate_id=lambda item_type: self.store.generate_item_id(item_type, thread, context),
                )
                async for event in widget_events:
                    yield event

        if thread.title is None:
            thread.title = title_for(text)

    async def action(
        self, thread: ThreadMetadata, action: Action[str, Any], sender: WidgetItem | None, context: None
    ) -> AsyncIterator[ThreadStreamEvent]:
        if sender is not None:
            yield ThreadItemReplacedEvent(item=self._with_widget(sender, weather_card("Refreshed: sunny, 22 °C")))
        async for event in self._stream_text(thread, f"Ran the {action.type} action."):
            yield event

    async def sync_action(
        self, thread: ThreadMetadata, action: Action[str, Any], sender: WidgetItem | None, context: None
    ) -> SyncCustomActionResponse:
        if sender is None:
            return SyncCustomActionResponse()
        updated = self._with_widget(sender, weather_card("Seen: sunny, 21 °C"))
        await self.store.save_item(thread.id, updated, context=context)
        return SyncCustomActionResponse(updated_item=updated)

    def _with_widget(self, item: WidgetItem, widget: WidgetRoot) -> WidgetItem:
        return item.model_copy(update={"widget": widget})

    async def _stream_text(self, thread: ThreadMetadata, text: str) -> AsyncIterator[ThreadStreamEvent]:
        """The events `stream_agent_response` makes of one Responses API output message."""
        item = AssistantMessageItem(
            id=self.store.generate_item_id("message", thread, None),
            thread_id=thread.id,
            created_at=datetime.now(),
            content=[],
        )
        yield ThreadItemAddedEvent(item=item)
        yield ThreadItemUpdatedEvent(
            item_id=item.id,
            update=AssistantMessageContentPartAdded(content_index=0, content=AssistantMessageContent(text="")),
        )
        for delta in text_deltas(text):
            yield ThreadItemUpdatedEvent(
                item_id=item.id, update=AssistantMessageContentPartTextDelta(content_index=0, delta=delta)
            )
        content = AssistantMessageContent(text=text)
        yield ThreadItemUpdatedEvent(
            item_id=item.id, update=AssistantMessageContentPartDone(content_index=0, content=content)
        )
        yield ThreadItemDoneEvent(item=item.model_copy(update={"content": [content]}))


def create_app(server: ChatKitServer[None]) -> Starlette:
    async def chatkit_endpoint(request: Request) -> Response:
        result = await server.process(await request.body(), None)
        if isinstance(result, StreamingResult):
            return StreamingResponse(result, media_type="text/event-stream")
        return Response(content=result.json, media_type="application/json")

    return Starlette(routes=[Route("/chatkit", chatkit_endpoint, methods=["POST"])])


def main(port: int) -> None:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen()
    bound_port: int = listener.getsockname()[1]
    base_url = f"http://127.0.0.1:{bound_port}/chatkit"
    server = ConformanceServer(MemoryStore[None](), UploadDescriptors(base_url))
    config = uvicorn.Config(create_app(server), log_level="warning", lifespan="off")
    print(f"READY {bound_port}", flush=True)
    uvicorn.Server(config).run(sockets=[listener])


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        sys.exit("usage: python python/conformance_server.py PORT")
    main(int(sys.argv[1]))
