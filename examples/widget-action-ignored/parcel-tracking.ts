import type { WidgetsOption } from '@openai/chatkit-react';
import { useState } from 'react';

type WidgetAction = Parameters<NonNullable<WidgetsOption['onAction']>>[0];

export interface ParcelTracking {
  orderId: string;
  parcel: string;
  status: string;
}

/**
 * What the order card's "Track parcel" button does. Its action is handled by the client
 * (`handler: "client"`), so ChatKit hands it to `widgets.onAction`: look the parcel up and show it on the page.
 */
export function useParcelTracking() {
  const [tracking, setTracking] = useState<ParcelTracking | null>(null);

  async function onAction(action: WidgetAction): Promise<void> {
    if (action.type !== 'order.track') return;
    const orderId = String(action.payload?.['order_id']);
    const response = await fetch(`/api/orders/${encodeURIComponent(orderId)}/tracking`);
    if (!response.ok) throw new Error(`Tracking lookup failed with ${response.status}`);
    setTracking((await response.json()) as ParcelTracking);
  }

  return { tracking, onAction };
}
