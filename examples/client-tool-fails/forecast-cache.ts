import type { Forecast } from './forecast';
import { fetchWeather } from './weather-client';

/** One city's forecast in the cache. It keeps its cache, to refresh itself. */
export class CachedForecast {
  cache: ForecastCache;
  city: string;
  forecast: Forecast;
  fetchedAt: number;

  constructor(cache: ForecastCache, city: string, forecast: Forecast) {
    this.cache = cache;
    this.city = city;
    this.forecast = forecast;
    this.fetchedAt = Date.now();
  }

  refresh(): Promise<CachedForecast> {
    return this.cache.load(this.city);
  }
}

/** Your page's forecasts, kept by city so the page and the chat share them. */
export class ForecastCache {
  byCity: Record<string, CachedForecast> = {};

  async get(city: string): Promise<CachedForecast> {
    return this.byCity[city] ?? this.load(city);
  }

  async load(city: string): Promise<CachedForecast> {
    const entry = new CachedForecast(this, city, await fetchWeather(city));
    this.byCity[city] = entry;
    return entry;
  }
}

export const forecasts = new ForecastCache();
