// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getResponse } from 'msw';
import { expect, it, vi } from 'vitest';
import { createChatKitServer } from '../../../src/mock-openai';
import { ACTION_NOT_OVERRIDDEN, SYNC_ACTION_NOT_OVERRIDDEN } from '../../../src/mock-openai/chatkit-responder';

/*
 * The simulated ChatKit server with a script that has neither `action` nor `syncAction`, against
 * examples/widget-action-ignored/server_no_action.py on the real chatkit-python and Starlette (the venv
 * `node scripts/python-env.mjs` builds; PYTHON_VENV points elsewhere): the same answers to a streamed and
 * a sync custom action, and the server log lines the mock prints are what ChatKitServer raises.
 */

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const venvDir = process.env.PYTHON_VENV ?? join(repoRoot, '.venv');
const venvPython = process.platform === 'win32' ? join(venvDir, 'Scripts', 'python.exe') : join(venvDir, 'bin', 'python');
const action = { type: 'order.reschedule', payload: { order_id: '1042', day: 'Saturday' } };
const requests = [
  { type: 'threads.custom_action', params: { thread_id: 'thr_1', action } },
  { type: 'threads.sync_custom_action', params: { thread_id: 'thr_1', action } },
];

interface Answer {
  status: number;
  contentType: string | null;
  body: string;
  raised: string[];
}

it('answers custom actions without action() or sync_action() as chatkit-python behind Starlette does, and logs what it raises', async () => {
  if (!existsSync(venvPython)) throw new Error(`No Python environment at ${venvDir}: run node scripts/python-env.mjs`);
  const run = spawnSync(venvPython, [join(import.meta.dirname, 'missing_action.py')], {
    input: JSON.stringify(requests),
    encoding: 'utf8',
    cwd: repoRoot,
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`missing_action.py failed (${run.status}):\n${run.stderr}`);
  const real = JSON.parse(run.stdout) as Answer[];

  const url = 'http://localhost:8000/chatkit';
  const { handlers } = createChatKitServer({ url, script: { respond: () => [] } });
  const post = async (body: unknown) => (await getResponse(handlers, new Request(url, { method: 'POST', body: JSON.stringify(body) })))!;
  const created = await (await post({ type: 'threads.create', params: { input: { content: [], attachments: [], inference_options: {} } } })).text();
  const threadId = /"thread":\{"id":"([^"]+)"/.exec(created)![1]!;

  const simulated: Answer[] = [];
  for (const request of requests) {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await post({ ...request, params: { ...request.params, thread_id: threadId } });
    const body = await response.text();
    simulated.push({
      status: response.status,
      contentType: response.headers.get('content-type'),
      body,
      raised: logged.mock.calls.map(([line]) => String(line).replace(/^\[ChatKit server log\] /, '')),
    });
    expect(logged.mock.calls.every(([line]) => String(line).startsWith('[ChatKit server log] '))).toBe(true);
    logged.mockRestore();
  }

  expect(real.map((answer) => answer.raised)).toEqual([[`NotImplementedError: ${ACTION_NOT_OVERRIDDEN}`], [`NotImplementedError: ${SYNC_ACTION_NOT_OVERRIDDEN}`]]);
  expect(simulated).toEqual(real);
}, 60_000);
