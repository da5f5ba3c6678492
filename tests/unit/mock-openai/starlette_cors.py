"""What Starlette itself answers, for tests/unit/mock-openai/starlette-cors.test.ts to hold the mock to.

Reads JSON from stdin: {"cases": [...], "modules": [...]} and writes JSON to stdout.

- A case builds a Starlette app whose POST-only routes are /chatkit (answers JSON) and /raises (raises),
  wrapped in CORSMiddleware(**cors) unless cors is null, and sends it one request.
- A module is an example server file: its `app` is imported as is, its CORSMiddleware keyword arguments
  reported, and each of its requests sent to it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.testclient import TestClient


async def chatkit(request: Request) -> Response:
    return JSONResponse({"data": [], "has_more": False, "after": None})


async def raises(request: Request) -> Response:
    raise RuntimeError("respond() raised")


def app_for(cors: dict[str, Any] | None) -> Starlette:
    routes = [Route("/chatkit", chatkit, methods=["POST"]), Route("/raises", raises, methods=["POST"])]
    middleware = [] if cors is None else [Middleware(CORSMiddleware, **cors)]
    return Starlette(routes=routes, middleware=middleware)


def answer(client: TestClient, request: dict[str, Any]) -> dict[str, Any]:
    response = client.request(
        request["method"],
        request["path"],
        headers=request.get("headers", {}),
        content=request.get("body"),
    )
    return {
        "status": response.status_code,
        "headers": {name.lower(): value for name, value in response.headers.items()},
        "body": response.text,
    }


def load_app(path: str) -> Any:
    folder = os.path.dirname(os.path.abspath(path))
    name = os.path.splitext(os.path.basename(path))[0]
    if folder not in sys.path:
        sys.path.insert(0, folder)
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module.app


def main() -> None:
    given = json.load(sys.stdin)
    cases = []
    for case in given["cases"]:
        client = TestClient(app_for(case["cors"]), raise_server_exceptions=False)
        cases.append(answer(client, case["request"]))
    modules = []
    for module in given["modules"]:
        app = load_app(module["path"])
        middleware = [
            {"name": getattr(entry.cls, "__name__", ""), "kwargs": entry.kwargs} for entry in app.user_middleware
        ]
        client = TestClient(app, base_url=module["base_url"], raise_server_exceptions=False)
        modules.append({"middleware": middleware, "answers": [answer(client, request) for request in module["requests"]]})
    json.dump({"cases": cases, "modules": modules}, sys.stdout)


if __name__ == "__main__":
    main()
