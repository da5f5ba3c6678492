"""The ChatKit server for a page on another origin: http://localhost:5173, the Vite dev server.

Run it with `python server_cors.py` (it listens on 127.0.0.1:8000).
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
            # Exact origins: the page's scheme, host and port. List your deployed origin too.
            allow_origins=["http://localhost:5173"],
            allow_methods=["POST"],
            # Every header the page's requests carry that is not safelisted: api.fetch adds Authorization.
            allow_headers=["Authorization", "Content-Type"],
        )
    ],
)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000)
