"""The support agent: it answers questions about orders and shows an order's card with a tool."""

from __future__ import annotations

from typing import Any

from agents import Agent, RunContextWrapper, function_tool
from chatkit.agents import AgentContext

from orders import find_order, order_card

RequestContext = dict[str, Any]
Context = RunContextWrapper[AgentContext[RequestContext]]


@function_tool
async def show_order(ctx: Context, order_id: str) -> str:
    """Show the order's status as a card with buttons to track, reschedule or get notified."""
    order = find_order(order_id)
    if order is None:
        return f"There is no order {order_id}."
    await ctx.context.stream_widget(order_card(order_id, order), copy_text=f"Order {order_id}: {order.status}")
    return "The order card is on screen."


support_agent = Agent[AgentContext[RequestContext]](
    name="Support",
    instructions=(
        "You help Acme's customers with their orders. To show an order, call show_order. If nobody is home "
        "for a delivery, the courier tries a neighbour, then leaves the parcel at the nearest pickup point "
        "for seven days. Be brief."
    ),
    tools=[show_order],
)
