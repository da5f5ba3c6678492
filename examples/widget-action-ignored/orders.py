"""Your orders, kept in memory here (swap in your database), and the order card the chat shows for one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from chatkit.widgets import WidgetRoot, WidgetTemplate

ORDER_CARD = WidgetTemplate.from_file(str(Path(__file__).with_name("order_card.widget")))


@dataclass
class Order:
    status: str
    notify: bool = False


ORDERS: dict[str, Order] = {"1042": Order(status="Shipped")}


def find_order(order_id: object) -> Order | None:
    return ORDERS.get(str(order_id))


def order_card(order_id: str, order: Order) -> WidgetRoot:
    return ORDER_CARD.build({"order_id": order_id, "status": order.status, "notify": order.notify})
