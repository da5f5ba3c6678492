'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { getClientSecret } from './get-client-secret';
import { fetchWeather } from './weather-client';

export default function WeatherChat() {
  const { control } = useChatKit({
    api: { getClientSecret },
    onClientTool: async ({ name, params }) => {
      if (name !== 'get_weather') throw new Error(`Unknown client tool: ${name}`);
      // Everything the weather API answered: 72 hours of it.
      return { ok: true, forecast: await fetchWeather(String(params['city'])) };
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
