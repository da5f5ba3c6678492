"""Your ChatKit server: chatkit-python with the Agents SDK, on POST /chatkit.

Run it with `python server.py` (it listens on 127.0.0.1:8000) and point the client's `api.url` at it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import uvicorn
from agents import Agent, RunContextWrapper, Runner, function_tool
from chatkit.actions import Action
from chatkit.agents import AgentContext, ClientToolCall, ThreadItemConverter, stream_agent_response
from chatkit.server import ChatKitServer, StreamingResult
from chatkit.types import (
    AssistantMessageContent,
    AssistantMessageItem,
    NoticeEvent,
    ThreadItemDoneEvent,
    ThreadItemReplacedEvent,
    ThreadMetadata,
    ThreadStreamEvent,
    UserMessageItem,
    WidgetItem,
)
from chatkit.widgets import WidgetRoot, WidgetTemplate
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from auth import RequestContext, user_for
from store import MemoryStore

ORDER_CARD = WidgetTemplate.from_file(str(Path(__file__).with_name("order_card.widget")))
Context = RunContextWrapper[AgentContext[RequestContext]]


def order_card(order_id: str, status: str) -> WidgetRoot:
    return ORDER_CARD.build({"order_id": order_id, "status": status})


@function_tool
async def show_order(ctx: Context, order_id: str) -> str:
    """Show the order's status as a card the user can act on."""
    await ctx.context.stream_widget(order_card(order_id, "Shipped"), copy_text=f"Order {order_id}: shipped")
    return "The order card is on screen."


@function_tool
async def refund_policy(ctx: Context) -> str:
    """Warn about refund times before answering a refund question."""
    await ctx.context.stream(NoticeEvent(level="warning", title="Refunds", message="Refunds take 5–10 business days."))
    return "Refunds are paid back to the original payment method."


@function_tool
async def get_user_language(ctx: Context) -> str:
    """Ask the browser which language the user reads (a client tool: the page answers it)."""
    ctx.context.client_tool_call = ClientToolCall(name="get_user_language", arguments={})
    return "Asked the browser."


support_agent = Agent[AgentContext[RequestContext]](
    name="Support",
    instructions="You help customers with orders and refunds. Be brief.",
    tools=[show_order, refund_policy, get_user_language],
)


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
        if action.type != "order.track" or sender is None:
            return
        order_id = str(action.payload["order_id"])
        yield ThreadItemReplacedEvent(item=sender.model_copy(update={"widget": order_card(order_id, "Out for delivery")}))
        reply = AssistantMessageItem(
            id=self.store.generate_item_id("message", thread, context),
            thread_id=thread.id,
            created_at=datetime.now(),
            content=[AssistantMessageContent(text=f"Order {order_id} is out for delivery today.")],
        )
        yield ThreadItemDoneEvent(item=reply)


server = SupportServer(MemoryStore[RequestContext]())


async def chatkit_endpoint(request: Request) -> Response:
    context = user_for(request.headers.get("authorization"))
    if context is None:
        return JSONResponse({"detail": "Unauthorized"}, status_code=401)
    result = await server.process(await request.body(), context)
    if isinstance(result, StreamingResult):
        return StreamingResponse(result, media_type="text/event-stream")
    return Response(content=result.json, media_type="application/json")


app = Starlette(routes=[Route("/chatkit", chatkit_endpoint, methods=["POST"])])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000)
