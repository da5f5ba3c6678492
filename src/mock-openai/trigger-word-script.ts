import type { WidgetRoot } from '../chatkit-protocol/index';
import type { ChatKitScript, ResponseStep } from './response-script';

/**
 * The same behaviour as the real chatkit-python server in `python/conformance_server.py`, which
 * the conformance test holds this mock to: words in the user's message pick what the answer holds,
 * checked in this order.
 * - "custom error": `CustomStreamError` (code "custom", no retry); "error": `respond()` raises
 * - "progress": a `progress_update` first; "notice": a warning `notice`; "effect": a `client_effect`
 * - "tool": only a pending `get_weather` client tool call for Paris; its output gets a text reply
 * - otherwise a text reply, and for "widget" a weather card after it. Its "Refresh" button sends the
 *   streamed custom action `weather.refresh`, its "Mark as seen" button the sync one `weather.mark_seen`.
 */
export const triggerWordScript: ChatKitScript = {
  respond(turn) {
    if (turn.kind === 'client_tool_output') return [{ type: 'text', text: 'The weather tool says it is sunny in Paris.' }];
    const words = turn.text.toLowerCase();
    if (words.includes('custom error')) return [{ type: 'custom_error', message: 'The conformance server refused this message.' }];
    if (words.includes('error')) return [{ type: 'fail' }];

    const steps: ResponseStep[] = [];
    if (words.includes('progress')) steps.push({ type: 'progress_update', icon: 'search', text: 'Looking up the forecast…' });
    if (words.includes('notice')) {
      steps.push({ type: 'notice', level: 'warning', title: 'Heads up', message: 'This is a **warning** notice.' });
    }
    if (words.includes('effect')) steps.push({ type: 'client_effect', name: 'highlight', data: { color: 'yellow' } });
    if (words.includes('tool')) {
      steps.push({ type: 'client_tool_call', name: 'get_weather', arguments: { city: 'Paris' } });
      return steps;
    }
    steps.push({ type: 'text', text: `You said: ${turn.text}` });
    if (words.includes('widget')) {
      steps.push({ type: 'widget', widget: weatherCard('Sunny, 21 °C'), copy_text: 'Sunny, 21 °C in Paris' });
    }
    return steps;
  },
  action(action, sender) {
    return [
      ...(sender ? [{ type: 'replace_widget' as const, widget: weatherCard('Refreshed: sunny, 22 °C') }] : []),
      { type: 'text', text: `Ran the ${action.type} action.` },
    ];
  },
  syncAction: (_action, sender) => (sender ? weatherCard('Seen: sunny, 21 °C') : null),
};

/** `python/weather_card.widget` built for Paris: a template's JSON, so actions carry only what it sets. */
export function weatherCard(forecast: string): WidgetRoot {
  return {
    type: 'Card',
    children: [
      { type: 'Title', value: 'Weather in Paris' },
      { type: 'Text', id: 'forecast', value: forecast },
      { type: 'Button', label: 'Refresh', onClickAction: { type: 'weather.refresh', payload: { city: 'Paris' } } },
      {
        type: 'Button',
        label: 'Mark as seen',
        onClickAction: { type: 'weather.mark_seen', payload: { city: 'Paris' }, streaming: false },
      },
    ],
  };
}
