// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getResponse } from 'msw';
import { expect, it, vi } from 'vitest';
import { createChatKitServer } from '../../../src/mock-openai';
import { MISSING_ATTACHMENT_STORE } from '../../../src/mock-openai/chatkit-server';

/*
 * The simulated ChatKit server with `attachmentStore: false` against the example's own
 * server_without_store.py on the real chatkit-python and Starlette (the venv `node scripts/python-env.mjs`
 * builds; PYTHON_VENV points elsewhere): the same attachments.create, the same answer, and the server
 * log line the mock prints is what ChatKitServer raises.
 */

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const venvDir = process.env.PYTHON_VENV ?? join(repoRoot, '.venv');
const venvPython = process.platform === 'win32' ? join(venvDir, 'Scripts', 'python.exe') : join(venvDir, 'bin', 'python');
const create = JSON.stringify({ type: 'attachments.create', params: { name: 'receipt.pdf', size: 2048, mime_type: 'application/pdf' } });

it('answers attachments.create without an AttachmentStore as chatkit-python behind Starlette does', { timeout: 60_000 }, async () => {
  if (!existsSync(venvPython)) throw new Error(`No Python environment at ${venvDir}: run node scripts/python-env.mjs`);
  const run = spawnSync(venvPython, [join(import.meta.dirname, 'missing_attachment_store.py')], { input: create, encoding: 'utf8', cwd: repoRoot, timeout: 60_000 });
  if (run.status !== 0) throw new Error(`missing_attachment_store.py failed (${run.status}):\n${run.stderr}`);
  const real = JSON.parse(run.stdout) as { status: number; contentType: string; body: string; raised: string[] };

  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  const { handlers } = createChatKitServer({ url: 'http://localhost:8000/chatkit', attachmentStore: false });
  const response = await getResponse(handlers, new Request('http://localhost:8000/chatkit', { method: 'POST', body: create }));
  const logLines = [...logged.mock.calls];
  logged.mockRestore();

  expect(real.raised).toEqual([`RuntimeError: ${MISSING_ATTACHMENT_STORE}`]);
  expect(logLines).toEqual([[`[ChatKit server log] ${real.raised[0]}`]]);
  expect({ status: response!.status, contentType: response!.headers.get('content-type'), body: await response!.text() }).toEqual({
    status: real.status,
    contentType: real.contentType,
    body: real.body,
  });
});
