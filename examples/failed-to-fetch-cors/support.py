"""Your ChatKit server: chatkit-python with the Agents SDK, on POST /chatkit, for a signed-in user.

The server files in this folder build their Starlette app from `routes`; they differ only in CORS.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

from agents import Agent, Runner
from chatkit.agents import AgentContext, ThreadItemConverter, stream_agent_response
from chatkit.server import ChatKitServer, StreamingResult
from chatkit.types import ThreadMetadata, ThreadStreamEvent, UserMessageItem
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

# The sign-in check and the in-memory store from the custom-server page (examples/custom-server/).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "custom-server"))
from auth import RequestContext, user_for  # noqa: E402
from store import MemoryStore  # noqa: E402

support_agent = Agent[AgentContext[RequestContext]](
    name="Support",
    instructions="You help customers with orders and refunds. Be brief.",
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


server = SupportServer(MemoryStore[RequestContext]())


async def chatkit_endpoint(request: Request) -> Response:
    context = user_for(request.headers.get("authorization"))
    if context is None:
        return JSONResponse({"detail": "Unauthorized"}, status_code=401)
    result = await server.process(await request.body(), context)
    if isinstance(result, StreamingResult):
        return StreamingResponse(result, media_type="text/event-stream")
    return Response(content=result.json, media_type="application/json")


routes = [Route("/chatkit", chatkit_endpoint, methods=["POST"])]
