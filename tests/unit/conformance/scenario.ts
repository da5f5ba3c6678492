import type { Answer, ChatKitClient } from './answers';

export interface Exchange {
  step: string;
  answer: Answer;
}

type Item = { id: string; type: string };

function input(text: string) {
  return { content: [{ type: 'input_text', text }], attachments: [], inference_options: {} };
}

function eventsOf(answer: Answer): Record<string, unknown>[] {
  if (answer.body.kind !== 'events' && answer.body.kind !== 'broken stream') throw new Error(`expected events, got ${answer.body.kind}`);
  return answer.body.events as Record<string, unknown>[];
}

/** The items of the `thread.item.done` events of an answer. */
function doneItems(answer: Answer): Item[] {
  return eventsOf(answer).flatMap((event) => (event['type'] === 'thread.item.done' ? [event['item'] as Item] : []));
}

function onlyItem(answer: Answer, type: string): Item {
  const item = doneItems(answer).find((candidate) => candidate.type === type);
  if (!item) throw new Error(`no ${type} item in ${JSON.stringify(answer.body)}`);
  return item;
}

/** A weather API's whole answer, about 20 KB of nested JSON: what a client tool returns when it passes it on as is. */
function rawForecast(): Record<string, unknown> {
  const hourly = Array.from({ length: 72 }, (_, hour) => ({
    time: `2026-06-0${1 + Math.floor(hour / 24)}T${String(hour % 24).padStart(2, '0')}:00`,
    temperature_c: 18 + (hour % 7),
    feels_like_c: 17 + (hour % 7),
    condition: { text: 'Sunny', icon: 'https://weather.example.test/icons/day/113.png', code: 1000 },
    wind: { kph: 11.2, degree: 240, direction: 'WSW', gust_kph: 19.4 },
    humidity: 48,
    chance_of_rain: 0,
    uv: 6,
  }));
  return { ok: true, forecast: { location: { name: 'Paris', country: 'France', lat: 48.86, lon: 2.35 }, hourly } };
}

/**
 * The same requests, in the same order, whichever server answers: one thread through every kind of
 * response the trigger words ask for, then the JSON requests, then requests that fail. Later requests
 * use the ids of earlier answers from the same server.
 */
export async function runScenario(send: ChatKitClient): Promise<Exchange[]> {
  const exchanges: Exchange[] = [];
  const exchange = async (step: string, type: string, params: Record<string, unknown>): Promise<Answer> => {
    const answer = await send({ type, params });
    exchanges.push({ step, answer });
    return answer;
  };

  const created = await exchange('threads.create with text', 'threads.create', { input: input('Hello there') });
  const thread = (eventsOf(created)[0] as { thread: { id: string } }).thread.id;
  const firstAssistant = onlyItem(created, 'assistant_message');

  const widgetAnswer = await exchange('a widget', 'threads.add_user_message', { thread_id: thread, input: input('show me a widget') });
  const widget = onlyItem(widgetAnswer, 'widget');
  await exchange('threads.custom_action from the widget', 'threads.custom_action', {
    thread_id: thread,
    item_id: widget.id,
    action: { type: 'weather.refresh', payload: { city: 'Paris' } },
  });
  await exchange('threads.sync_custom_action from the widget', 'threads.sync_custom_action', {
    thread_id: thread,
    item_id: widget.id,
    action: { type: 'weather.mark_seen', payload: { city: 'Paris' } },
  });

  await exchange('a client tool call', 'threads.add_user_message', { thread_id: thread, input: input('use the tool') });
  await exchange('threads.add_client_tool_output', 'threads.add_client_tool_output', {
    thread_id: thread,
    result: { forecast: 'sunny' },
  });
  await exchange('a second client tool call', 'threads.add_user_message', { thread_id: thread, input: input('use the tool again') });
  await exchange('threads.add_client_tool_output with a large nested result', 'threads.add_client_tool_output', {
    thread_id: thread,
    result: rawForecast(),
  });

  const progressAnswer = await exchange('progress, notice and client effect', 'threads.add_user_message', {
    thread_id: thread,
    input: input('progress and notice and effect'),
  });
  const progressMessage = onlyItem(progressAnswer, 'user_message');
  await exchange('respond() raises', 'threads.add_user_message', { thread_id: thread, input: input('trigger an error') });
  await exchange('respond() raises CustomStreamError', 'threads.add_user_message', {
    thread_id: thread,
    input: input('trigger a custom error'),
  });
  await exchange('threads.retry_after_item', 'threads.retry_after_item', { thread_id: thread, item_id: progressMessage.id });

  await exchange('threads.get_by_id', 'threads.get_by_id', { thread_id: thread });
  await exchange('items.list', 'items.list', { thread_id: thread });
  const firstPage = await exchange('items.list, a page of 3', 'items.list', { thread_id: thread, limit: 3 });
  const after = (firstPage.body as { value: { after?: string } }).value.after;
  await exchange('items.list, the next page, oldest first', 'items.list', { thread_id: thread, limit: 3, order: 'asc', ...(after && { after }) });
  await exchange('items.feedback', 'items.feedback', { thread_id: thread, item_ids: [firstAssistant.id], kind: 'positive' });
  await exchange('threads.update', 'threads.update', { thread_id: thread, title: 'Renamed thread' });

  const second = await exchange('a second thread', 'threads.create', { input: input('A second thread') });
  const secondThread = (eventsOf(second)[0] as { thread: { id: string } }).thread.id;
  await exchange('threads.list', 'threads.list', {});
  await exchange('threads.list, a page of 1, oldest first', 'threads.list', { limit: 1, order: 'asc' });
  await exchange('threads.delete', 'threads.delete', { thread_id: secondThread });
  await exchange('threads.list after the delete', 'threads.list', {});

  const pdf = await exchange('attachments.create, a file', 'attachments.create', { name: 'report.pdf', size: 8, mime_type: 'application/pdf' });
  await exchange('attachments.create, an image', 'attachments.create', { name: 'photo.png', size: 3, mime_type: 'image/png' });
  const pdfId = (pdf.body as { value: { id: string } }).value.id;
  await exchange('attachments.delete', 'attachments.delete', { attachment_id: pdfId });

  await exchange('an unknown request type', 'threads.explode', {});
  await exchange('threads.get_by_id of a missing thread', 'threads.get_by_id', { thread_id: 'thr_missing' });
  await exchange('threads.add_user_message to a missing thread', 'threads.add_user_message', {
    thread_id: 'thr_missing',
    input: input('hello?'),
  });
  await exchange('threads.retry_after_item of a missing item', 'threads.retry_after_item', { thread_id: thread, item_id: 'msg_missing' });
  await exchange('threads.add_client_tool_output with no pending call', 'threads.add_client_tool_output', {
    thread_id: thread,
    result: null,
  });
  await exchange('threads.add_client_tool_output without a result', 'threads.add_client_tool_output', { thread_id: thread });
  await exchange('threads.custom_action sent by a message', 'threads.custom_action', {
    thread_id: thread,
    item_id: firstAssistant.id,
    action: { type: 'weather.refresh' },
  });
  await exchange('threads.create with a made-up attachment id', 'threads.create', {
    input: { ...input('see the file'), attachments: ['atc_madeup'] },
  });
  return exchanges;
}
