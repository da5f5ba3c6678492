'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { forecasts } from './forecast-cache';

export default function WeatherChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
    onClientTool: async ({ name, params }) => {
      if (name !== 'get_weather') throw new Error(`Unknown client tool: ${name}`);
      // The cached entry points back at the cache, which holds the entry.
      const cached = await forecasts.get(String(params['city']));
      return { ok: true, forecast: cached };
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
