import { fetchWeather } from './weather-client';

/** What the model gets back: the few fields it needs, or what went wrong, in words. */
export type WeatherToolResult =
  | { ok: true; city: string; temperatureC: number; summary: string }
  | { ok: false; error: string };

/** The get_weather client tool: never throws, and returns only plain JSON. */
export async function getWeather(params: Record<string, unknown>): Promise<WeatherToolResult> {
  const city = typeof params['city'] === 'string' ? params['city'] : '';
  try {
    const { location, current } = await fetchWeather(city);
    return {
      ok: true,
      city: location.name,
      temperatureC: current.temperatureC,
      summary: current.summary,
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
