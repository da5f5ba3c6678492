import type { Conditions, Forecast } from './forecast';

/**
 * Your weather provider's client, which only your server calls. In this
 * sandbox it is a stand-in: it knows three cities and answers after 800 ms
 * with a made-up forecast of the size a real one has (current conditions and
 * 72 hours, about 22 KB of JSON).
 */
export async function fetchForecast(city: string): Promise<Forecast> {
  await new Promise((resolve) => setTimeout(resolve, 800));
  const place = places[city];
  if (!place) throw new UnknownCity(`No forecast for ${city || 'an empty city name'}.`);
  const hourly = Array.from({ length: 72 }, (_, hour) => ({
    time: new Date(Date.UTC(2026, 5, 1, hour)).toISOString(),
    chanceOfRain: (hour * 7) % 30,
    ...conditionsAt(place.temperatureC, hour),
  }));
  return {
    location: { name: city, ...place.location },
    current: { observedAt: '2026-06-01T09:00:00Z', ...conditionsAt(place.temperatureC, 9), summary: place.summary },
    hourly,
    attribution: {
      provider: 'Example Weather',
      licence: 'For display with attribution only.',
      url: 'https://weather.example.com/terms',
    },
  };
}

export class UnknownCity extends Error {}

const places: Record<string, { temperatureC: number; summary: string; location: Omit<Forecast['location'], 'name'> }> = {
  Paris: {
    temperatureC: 21,
    summary: 'Sunny',
    location: { country: 'France', latitude: 48.857, longitude: 2.352, timezone: 'Europe/Paris' },
  },
  London: {
    temperatureC: 17,
    summary: 'Light rain',
    location: { country: 'United Kingdom', latitude: 51.507, longitude: -0.128, timezone: 'Europe/London' },
  },
  Tokyo: {
    temperatureC: 26,
    summary: 'Partly cloudy',
    location: { country: 'Japan', latitude: 35.68, longitude: 139.77, timezone: 'Asia/Tokyo' },
  },
};

function conditionsAt(base: number, hour: number): Conditions {
  const swing = Math.round(4 * Math.sin(((hour % 24) - 9) * (Math.PI / 12)));
  const day = swing >= 0;
  return {
    summary: day ? 'Sunny' : 'Clear',
    icon: `https://weather.example.com/icons/${day ? 'sun' : 'moon'}.svg`,
    temperatureC: base + swing,
    feelsLikeC: base + swing - 1,
    humidity: 55 - swing * 3,
    pressureHpa: 1016,
    windKph: 11 + (hour % 5),
    windDirection: 'WSW',
    gustKph: 19 + (hour % 7),
    cloudCover: day ? 5 : 20,
    precipitationMm: 0,
    visibilityKm: 10,
    uvIndex: Math.max(0, swing + 3),
  };
}
