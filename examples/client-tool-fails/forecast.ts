/** What your weather provider answers for one city: its whole forecast, as its API sends it. */
export interface Forecast {
  location: {
    name: string;
    country: string;
    latitude: number;
    longitude: number;
    timezone: string;
  };
  current: Conditions & { observedAt: string };
  hourly: (Conditions & { time: string; chanceOfRain: number })[];
  attribution: { provider: string; licence: string; url: string };
}

export interface Conditions {
  summary: string;
  icon: string;
  temperatureC: number;
  feelsLikeC: number;
  humidity: number;
  pressureHpa: number;
  windKph: number;
  windDirection: string;
  gustKph: number;
  cloudCover: number;
  precipitationMm: number;
  visibilityKm: number;
  uvIndex: number;
}
