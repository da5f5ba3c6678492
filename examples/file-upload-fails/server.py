"""Your ChatKit server with file uploads: chatkit-python on POST /chatkit, with an AttachmentStore.

Run it with `python server.py` (it listens on 127.0.0.1:8000); your site passes /chatkit on to it.
Both upload strategies end here: `direct` through your upload route, which posts each checked file to
/chatkit/upload, and `two_phase` through attachments.create and then /chatkit/attachments/{id}/upload.
"""

from __future__ import annotations

import base64
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import uvicorn
from agents import Agent, Runner
from chatkit.agents import AgentContext, ThreadItemConverter, stream_agent_response
from chatkit.server import ChatKitServer, StreamingResult
from chatkit.store import AttachmentStore
from chatkit.types import (
    Attachment,
    AttachmentCreateParams,
    AttachmentUploadDescriptor,
    FileAttachment,
    ImageAttachment,
    ThreadMetadata,
    ThreadStreamEvent,
    UserMessageItem,
)
from pydantic import AnyUrl
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

# The sign-in context and the in-memory store from the custom-server page (examples/custom-server/).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "custom-server"))
from auth import RequestContext  # noqa: E402
from store import MemoryStore  # noqa: E402

# Where the browser reaches this server: two-phase upload URLs must be absolute.
PUBLIC_URL = os.environ.get("PUBLIC_URL", "http://localhost:3000")
# Until its bytes arrive, an image has this 1×1 transparent GIF as its preview.
EMPTY_PREVIEW = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="


def attachment_for(attachment_id: str, name: str, mime_type: str, data: bytes | None) -> Attachment:
    """ChatKit's Attachment JSON: images get a data-URL preview, which the widget can always load."""
    if mime_type.startswith("image/"):
        preview = f"data:{mime_type};base64,{base64.b64encode(data).decode()}" if data else EMPTY_PREVIEW
        return ImageAttachment(id=attachment_id, name=name, mime_type=mime_type, preview_url=AnyUrl(preview))
    return FileAttachment(id=attachment_id, name=name, mime_type=mime_type)


class FileStore(AttachmentStore[RequestContext]):
    """Keeps the bytes in memory (use object storage in production); the metadata goes to the Store."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    async def create_attachment(self, input: AttachmentCreateParams, context: RequestContext) -> Attachment:
        # two_phase, step 1: ChatKitServer saves what this returns, then the client posts the bytes.
        attachment_id = self.generate_attachment_id(input.mime_type, context)
        attachment = attachment_for(attachment_id, input.name, input.mime_type, None)
        upload_url = f"{PUBLIC_URL}/chatkit/attachments/{attachment_id}/upload"
        attachment.upload_descriptor = AttachmentUploadDescriptor(url=AnyUrl(upload_url), method="POST")
        return attachment

    async def delete_attachment(self, attachment_id: str, context: RequestContext) -> None:
        self.files.pop(attachment_id, None)


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
files = FileStore()
server = SupportServer(store, attachment_store=files)  # without it: "AttachmentStore is not configured."


def signed_in_user(request: Request) -> RequestContext:
    """Your sign-in check goes here; this sketch has one user."""
    return RequestContext(user="user_123")


async def uploaded_file(request: Request) -> UploadFile | None:
    form = await request.form()
    file = form.get("file")
    return file if isinstance(file, UploadFile) else None


async def chatkit_endpoint(request: Request) -> Response:
    result = await server.process(await request.body(), signed_in_user(request))
    if isinstance(result, StreamingResult):
        return StreamingResponse(result, media_type="text/event-stream")
    return Response(content=result.json, media_type="application/json")


async def direct_upload(request: Request) -> Response:
    """direct: a file your upload route has checked. Stores it and answers its Attachment JSON."""
    context = signed_in_user(request)
    file = await uploaded_file(request)
    if file is None:
        return JSONResponse({"detail": "Expected multipart/form-data with a 'file' field."}, status_code=400)
    data = await file.read()
    mime_type = file.content_type or "application/octet-stream"
    attachment = attachment_for(files.generate_attachment_id(mime_type, context), file.filename or "file", mime_type, data)
    files.files[attachment.id] = data
    await store.save_attachment(attachment, context)
    return JSONResponse(attachment.model_dump(mode="json", exclude_none=True))


async def two_phase_upload(request: Request) -> Response:
    """two_phase, step 2: the bytes for an attachment attachments.create made."""
    context = signed_in_user(request)
    attachment_id = request.path_params["attachment_id"]
    pending = await store.load_attachment(attachment_id, context)
    file = await uploaded_file(request)
    if file is None:
        return JSONResponse({"detail": "Expected multipart/form-data with a 'file' field."}, status_code=400)
    data = await file.read()
    attachment = attachment_for(pending.id, pending.name, pending.mime_type, data)
    files.files[attachment.id] = data
    await store.save_attachment(attachment, context)
    return JSONResponse(attachment.model_dump(mode="json", exclude_none=True))


app = Starlette(
    routes=[
        Route("/chatkit", chatkit_endpoint, methods=["POST"]),
        Route("/chatkit/upload", direct_upload, methods=["POST"]),
        Route("/chatkit/attachments/{attachment_id}/upload", two_phase_upload, methods=["POST"]),
    ]
)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000)
