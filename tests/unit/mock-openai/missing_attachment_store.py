"""Sends attachments.create to examples/file-upload-fails/server_without_store.py in process and prints,
as JSON, what Starlette answered and what ChatKitServer raised."""

import importlib.util
import json
import sys
from pathlib import Path

from starlette.testclient import TestClient

path = Path(__file__).resolve().parents[3] / "examples" / "file-upload-fails" / "server_without_store.py"
spec = importlib.util.spec_from_file_location("server_without_store", path)
assert spec is not None and spec.loader is not None
module = importlib.util.module_from_spec(spec)
sys.modules["server_without_store"] = module
spec.loader.exec_module(module)

body = sys.stdin.read()
raised: list[str] = []
try:
    TestClient(module.app).post("/chatkit", content=body)
except Exception as error:  # TestClient re-raises what the app raised
    raised.append(f"{type(error).__name__}: {error}")
answer = TestClient(module.app, raise_server_exceptions=False).post("/chatkit", content=body)
print(json.dumps({"status": answer.status_code, "contentType": answer.headers.get("content-type"), "body": answer.text, "raised": raised}))
