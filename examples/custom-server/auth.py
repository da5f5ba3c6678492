"""Who is asking: your own authentication, as chatkit-python leaves it to your app."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RequestContext:
    """What the server knows about the request; ChatKit passes it to every store and respond() call."""

    user: str


def user_for(authorization: str | None) -> RequestContext | None:
    """The signed-in user behind an `Authorization: Bearer …` header, or None.

    Replace the body with your identity provider's check (a session lookup, a JWT verification).
    """
    if authorization is None or not authorization.startswith("Bearer "):
        return None
    token = authorization.removeprefix("Bearer ")
    return RequestContext(user="user_123") if token == "demo-user-token" else None
