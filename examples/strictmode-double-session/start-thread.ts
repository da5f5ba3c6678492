type ThreadEvent = { type: string; thread?: { id: string } };

/**
 * Starts a conversation for the user: sends "Hi" to your ChatKit server in a
 * `threads.create` request, as the widget does for a first message, and
 * resolves to the new thread's id once the agent's greeting has streamed.
 */
export async function startThread(): Promise<string> {
  const res = await fetch('/chatkit', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'threads.create',
      params: {
        input: {
          content: [{ type: 'input_text', text: 'Hi' }],
          attachments: [],
          inference_options: {},
        },
      },
    }),
  });
  if (!res.ok) throw new Error(`Could not start a thread: HTTP ${res.status}`);

  // A ChatKit server streams server-sent events: `data: <json>` blocks.
  const events: ThreadEvent[] = (await res.text())
    .split('\n\n')
    .filter((block) => block.startsWith('data: '))
    .map((block) => JSON.parse(block.slice('data: '.length)));
  const threadId = events.find((event) => event.type === 'thread.created')
    ?.thread?.id;
  if (!threadId) throw new Error('The ChatKit server created no thread.');
  return threadId;
}
