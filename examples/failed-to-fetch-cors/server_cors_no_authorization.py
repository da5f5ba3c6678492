"""The ChatKit server for a page on another origin, with CORS that forgets one request header.

Run it with `python server_cors_no_authorization.py` (it listens on 127.0.0.1:8000).
"""

from __future__ import annotations

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

from support import routes

app = Starlette(
    routes=routes,
    middleware=[
        Middleware(
            CORSMiddleware,
            allow_origins=["http://localhost:5173"],
            allow_methods=["POST"],
            # Broken: the page's api.fetch sends Authorization, which is not listed.
            allow_headers=["Content-Type"],
        )
    ],
)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000)
