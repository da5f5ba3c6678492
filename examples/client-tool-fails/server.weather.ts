import { fetchForecast, UnknownCity } from './weather-provider';

// app/api/weather/route.ts: the forecast for ?city=, from your weather
// provider, whose key stays on your server.
export async function GET(request: Request): Promise<Response> {
  const city = new URL(request.url).searchParams.get('city') ?? '';
  try {
    return Response.json(await fetchForecast(city));
  } catch (error) {
    if (error instanceof UnknownCity) {
      return Response.json({ error: error.message }, { status: 404 });
    }
    throw error;
  }
}
