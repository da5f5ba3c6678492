'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { fetchWeather } from './weather-client';

export default function WeatherChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
    onClientTool: async ({ name, params }) => {
      if (name !== 'get_weather') throw new Error(`Unknown client tool: ${name}`);
      // Throws when the route has no forecast for the city.
      const { location, current } = await fetchWeather(String(params['city']));
      return {
        ok: true,
        city: location.name,
        temperatureC: current.temperatureC,
        summary: current.summary,
      };
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
