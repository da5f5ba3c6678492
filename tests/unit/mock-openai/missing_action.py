"""Sends a custom action, streamed and sync, to examples/widget-action-ignored/server_no_action.py in
process and prints, as JSON, what Starlette answered to each and what ChatKitServer raised."""

import asyncio
import importlib.util
import json
import logging
import sys
from datetime import datetime
from pathlib import Path

from chatkit.types import ThreadMetadata
from starlette.testclient import TestClient

folder = Path(__file__).resolve().parents[3] / "examples" / "widget-action-ignored"
sys.path.insert(0, str(folder))
spec = importlib.util.spec_from_file_location("server_no_action", folder / "server_no_action.py")
assert spec is not None and spec.loader is not None
module = importlib.util.module_from_spec(spec)
sys.modules["server_no_action"] = module
spec.loader.exec_module(module)


class Raised(logging.Handler):
    """Keeps what chatkit-python logs with a traceback: the exception it caught."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            self.lines.append(f"{type(error).__name__}: {error}")


logged = Raised()
logging.getLogger("chatkit").addHandler(logged)
asyncio.run(module.server.store.save_thread(ThreadMetadata(id="thr_1", created_at=datetime.now()), context={}))

requests = json.loads(sys.stdin.read())
answers: list[dict[str, object]] = []
for body in requests:
    raised: list[str] = []
    try:
        TestClient(module.app).post("/chatkit", content=json.dumps(body))
    except Exception as error:  # TestClient re-raises what the app raised
        raised.append(f"{type(error).__name__}: {error}")
    raised.extend(logged.lines)
    logged.lines.clear()
    answer = TestClient(module.app, raise_server_exceptions=False).post("/chatkit", content=json.dumps(body))
    logged.lines.clear()
    answers.append(
        {"status": answer.status_code, "contentType": answer.headers.get("content-type"), "body": answer.text, "raised": raised}
    )
print(json.dumps(answers))
