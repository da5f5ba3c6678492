'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useState } from 'react';
import { getClientSecret } from './get-client-secret';
import { getWeather } from './weather-tool';

export default function WeatherChat() {
  // ChatKit unlocks its composer before an async tool has finished, so the
  // page locks the chat itself until the tool's promise settles.
  const [toolRunning, setToolRunning] = useState(false);
  const { control } = useChatKit({
    api: { getClientSecret },
    onClientTool: async ({ name, params }) => {
      if (name !== 'get_weather') {
        return { ok: false, error: `Unknown client tool: ${name}` };
      }
      setToolRunning(true);
      try {
        return await getWeather(params);
      } finally {
        setToolRunning(false);
      }
    },
  });
  return (
    <>
      <p role="status">{toolRunning ? 'Checking the weather…' : ''}</p>
      <ChatKit
        control={control}
        inert={toolRunning}
        style={{ display: 'block', height: 520 }}
      />
    </>
  );
}
