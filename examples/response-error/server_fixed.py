"""Your ChatKit server, with the model call's failures turned into messages your users can act on.

Run it with `python server_fixed.py` (it listens on 127.0.0.1:8000) and point the client's `api.url` at it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import openai
import uvicorn
from agents import Agent, Runner
from chatkit.agents import AgentContext, ThreadItemConverter, stream_agent_response
from chatkit.errors import CustomStreamError
from chatkit.server import ChatKitServer, StreamingResult
from chatkit.types import ThreadMetadata, ThreadStreamEvent, UserMessageItem
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

# The in-memory store from the custom-server page (examples/custom-server/store.py).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "custom-server"))
from store import MemoryStore  # noqa: E402

RequestContext = dict[str, Any]
logger = logging.getLogger("support")

# Failures that pass by themselves, so pressing Retry a little later can succeed.
TRANSIENT_ERRORS = (openai.RateLimitError, openai.APIConnectionError, openai.InternalServerError)

support_agent = Agent[AgentContext[RequestContext]](
    name="Support",
    instructions=(
        "You answer questions about Acme's refunds and deliveries. Refunds reach the customer's card "
        "within 5 to 10 business days. A delivery address can be changed until the order ships. Be brief."
    ),
)


class SupportServer(ChatKitServer[RequestContext]):
    async def respond(
        self, thread: ThreadMetadata, input_user_message: UserMessageItem | None, context: RequestContext
    ) -> AsyncIterator[ThreadStreamEvent]:
        agent_context = AgentContext[RequestContext](thread=thread, store=self.store, request_context=context)
        history = await self.store.load_thread_items(thread.id, after=None, limit=20, order="desc", context=context)
        agent_input = await ThreadItemConverter().to_agent_input(list(reversed(history.data)))
        result = Runner.run_streamed(support_agent, agent_input, context=agent_context)
        try:
            async for event in stream_agent_response(agent_context, result):
                yield event
        except TRANSIENT_ERRORS as error:
            logger.warning("Model call failed in thread %s, the user can retry: %s", thread.id, error)
            raise CustomStreamError(
                "The assistant is busy right now. Wait a few seconds, then press Retry.", allow_retry=True
            ) from error
        except openai.APIError as error:
            logger.exception("Model call failed in thread %s", thread.id)
            raise CustomStreamError(
                "The assistant can't answer this right now. We have been notified.", allow_retry=False
            ) from error


server = SupportServer(MemoryStore[RequestContext]())


async def chatkit_endpoint(request: Request) -> Response:
    result = await server.process(await request.body(), context={})
    if isinstance(result, StreamingResult):
        return StreamingResponse(result, media_type="text/event-stream")
    return Response(content=result.json, media_type="application/json")


app = Starlette(routes=[Route("/chatkit", chatkit_endpoint, methods=["POST"])])

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    uvicorn.run(app, host="127.0.0.1", port=8000)
