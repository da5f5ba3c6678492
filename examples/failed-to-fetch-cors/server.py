"""The ChatKit server with no CORS at all: right when the page reaches it on its own origin.

Run it with `python server.py` (it listens on 127.0.0.1:8000).
"""

from __future__ import annotations

import uvicorn
from starlette.applications import Starlette

from support import routes

app = Starlette(routes=routes)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000)
