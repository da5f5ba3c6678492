"""A first draft of server.py: two_phase uploads on, but the ChatKitServer created without an AttachmentStore.

Every two_phase upload starts with attachments.create, and ChatKitServer raises there:
RuntimeError: AttachmentStore is not configured. Starlette answers 500 Internal Server Error, and
only this server's log says why.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import uvicorn
from agents import Agent, Runner
from chatkit.agents import AgentContext, ThreadItemConverter, stream_agent_response
from chatkit.server import ChatKitServer, StreamingResult
from chatkit.types import ThreadMetadata, ThreadStreamEvent, UserMessageItem
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "custom-server"))
from auth import RequestContext  # noqa: E402
from store import MemoryStore  # noqa: E402

support_agent = Agent[AgentContext[RequestContext]](
    name="Support",
    instructions="You help customers with receipts and orders. Read the attached files. Be brief.",
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


store = MemoryStore[RequestContext]()
server = SupportServer(store)  # no attachment_store=: every file operation raises


async def chatkit_endpoint(request: Request) -> Response:
    result = await server.process(await request.body(), RequestContext(user="user_123"))
    if isinstance(result, StreamingResult):
        return StreamingResponse(result, media_type="text/event-stream")
    return Response(content=result.json, media_type="application/json")


app = Starlette(routes=[Route("/chatkit", chatkit_endpoint, methods=["POST"])])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000)
