"""Your ChatKit server with respond() only: it answers messages, but not the order card's buttons.

Run it with `python server_no_action.py` (it listens on 127.0.0.1:8000) and point the client's `api.url` at it.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import uvicorn
from agents import Runner
from chatkit.agents import AgentContext, ThreadItemConverter, stream_agent_response
from chatkit.server import ChatKitServer, StreamingResult
from chatkit.types import ThreadMetadata, ThreadStreamEvent, UserMessageItem
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

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

    # No action() and no sync_action(): ChatKitServer's own raise NotImplementedError for every button.


server = SupportServer(MemoryStore[RequestContext]())


async def chatkit_endpoint(request: Request) -> Response:
    result = await server.process(await request.body(), context={})
    if isinstance(result, StreamingResult):
        return StreamingResponse(result, media_type="text/event-stream")
    return Response(content=result.json, media_type="application/json")


app = Starlette(routes=[Route("/chatkit", chatkit_endpoint, methods=["POST"])])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000)
