"""Your ChatKit server: chatkit-python with the Agents SDK, on POST /chatkit. It answers messages with
respond(), the order card's streamed actions with action() and its `streaming: false` one with
sync_action().

Run it with `python server.py` (it listens on 127.0.0.1:8000) and point the client's `api.url` at it.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import uvicorn
from agents import Runner
from chatkit.actions import Action
from chatkit.agents import AgentContext, ThreadItemConverter, stream_agent_response
from chatkit.server import ChatKitServer, StreamingResult, stream_widget
from chatkit.types import (
    AssistantMessageContent,
    AssistantMessageItem,
    SyncCustomActionResponse,
    ThreadItemDoneEvent,
    ThreadItemReplacedEvent,
    ThreadMetadata,
    ThreadStreamEvent,
    UserMessageItem,
    WidgetItem,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from orders import find_order, order_card
from support_agent import RequestContext, support_agent

# The in-memory store from the custom-server page (examples/custom-server/store.py).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "custom-server"))
from store import MemoryStore  # noqa: E402


class SupportServer(ChatKitServer[RequestContext]):
    async def respond(
        self, thread: ThreadMetadata, input_user_message: UserMessageItem | None, context: RequestContext
    ) -> AsyncIterator[ThreadStreamEvent]:
        agent_context = AgentContext[RequestContext](thread=thread, store=self.store, request_context=context)
        history = await self.store.load_thread_items(thread.id, after=None, limit=20, order="desc", context=context)
        agent_input = await ThreadItemConverter().to_agent_input(list(reversed(history.data)))
        result = Runner.run_streamed(support_agent, agent_input, context=agent_context)
        async for event in stream_agent_response(agent_context, result):
            yield event

    async def action(
        self, thread: ThreadMetadata, action: Action[str, Any], sender: WidgetItem | None, context: RequestContext
    ) -> AsyncIterator[ThreadStreamEvent]:
        # The payload comes from the browser: look the order up (for this user, in your app) before acting.
        order_id = str(action.payload["order_id"])
        order = find_order(order_id)
        if order is None:
            return
        if action.type == "order.show":
            async for event in stream_widget(
                thread,
                order_card(order_id, order),
                copy_text=f"Order {order_id}: {order.status}",
                generate_id=lambda item_type: self.store.generate_item_id(item_type, thread, context),
            ):
                yield event
            yield self._reply(thread, f"Here is order {order_id}.", context)
        elif action.type == "order.reschedule" and sender is not None:
            order.status = f"Arriving on {action.payload['day']}"
            yield ThreadItemReplacedEvent(item=sender.model_copy(update={"widget": order_card(order_id, order)}))
            yield self._reply(thread, f"Done: order {order_id} will now arrive on {action.payload['day']}.", context)

    async def sync_action(
        self, thread: ThreadMetadata, action: Action[str, Any], sender: WidgetItem | None, context: RequestContext
    ) -> SyncCustomActionResponse:
        order_id = str(action.payload["order_id"])
        order = find_order(order_id)
        if action.type != "order.notify" or order is None or sender is None:
            return SyncCustomActionResponse()
        order.notify = True
        updated = sender.model_copy(update={"widget": order_card(order_id, order)})
        await self.store.save_item(thread.id, updated, context=context)
        return SyncCustomActionResponse(updated_item=updated)

    def _reply(self, thread: ThreadMetadata, text: str, context: RequestContext) -> ThreadItemDoneEvent:
        return ThreadItemDoneEvent(
            item=AssistantMessageItem(
                id=self.store.generate_item_id("message", thread, context),
                thread_id=thread.id,
                created_at=datetime.now(),
                content=[AssistantMessageContent(text=text)],
            )
        )


server = SupportServer(MemoryStore[RequestContext]())


async def chatkit_endpoint(request: Request) -> Response:
    result = await server.process(await request.body(), context={})
    if isinstance(result, StreamingResult):
        return StreamingResponse(result, media_type="text/event-stream")
    return Response(content=result.json, media_type="application/json")


app = Starlette(routes=[Route("/chatkit", chatkit_endpoint, methods=["POST"])])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000)
