import type { Forecast } from './forecast';

/** Your route's forecast for `city`; throws with the route's message if it has none. */
export async function fetchWeather(city: string): Promise<Forecast> {
  const res = await fetch(`/api/weather?city=${encodeURIComponent(city)}`);
  const body = await res.json().catch(() => null); // null if not JSON
  if (!res.ok) {
    throw new Error(body?.error ?? `Weather request failed: HTTP ${res.status}`);
  }
  return body;
}
