// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Attachment, ThreadStreamEvent, UserMessageItem } from '../../../src/chatkit-protocol/index';
import { createMockOpenAI } from '../../../src/mock-openai/index';
import { API, converse, createSession, errorOf, readEvents, uploadForm, useMswServer, userInput } from './helpers';

const server = useMswServer();
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function sessionWithUploads(fileUpload: Record<string, unknown> = { enabled: true }) {
  server.use(...createMockOpenAI().handlers);
  return createSession({ chatkit_configuration: { file_upload: fileUpload } });
}

function upload(secret: string, body: FormData | string): Promise<Response> {
  return fetch(`${API}/files`, { method: 'POST', headers: { authorization: `Bearer ${secret}` }, body });
}

describe('POST /v1/chatkit/files', () => {
  it('answers 400 chatkit.file_upload_disabled when the session did not enable uploads', async () => {
    server.use(...createMockOpenAI().handlers);
    const session = await createSession();
    const response = await upload(session.client_secret, uploadForm(new File(['%PDF-1.7'], 'a.pdf', { type: 'application/pdf' })));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({
      message: 'File uploads are disabled for this session.',
      type: 'invalid_request_error',
      param: null,
      code: 'chatkit.file_upload_disabled',
    });
  });

  it('needs a valid client secret', async () => {
    await sessionWithUploads();
    const response = await upload('ek_unknown', uploadForm(new File(['x'], 'a.pdf', { type: 'application/pdf' })));
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('invalid_client_secret');
  });

  it.each([
    ['data.csv', 'text/csv'],
    ['data.json', 'application/json'],
    ['notes.txt', 'text/plain'],
  ])('answers 400 chatkit.file_upload_type_rejected for %s', async (name, type) => {
    const session = await sessionWithUploads();
    const response = await upload(session.client_secret, uploadForm(new File(['a,b'], name, { type })));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({
      message: 'Uploaded file type is not allowed for this session.',
      type: 'invalid_request_error',
      param: null,
      code: 'chatkit.file_upload_type_rejected',
    });
  });

  it('answers 413 for a file above max_file_size megabytes', async () => {
    const session = await sessionWithUploads({ enabled: true, max_file_size: 1 });
    const tooBig = new File([new Uint8Array(1024 * 1024 + 1)], 'big.pdf', { type: 'application/pdf' });
    const response = await upload(session.client_secret, uploadForm(tooBig));
    expect(response.status).toBe(413);
    const error = await errorOf(response);
    expect(error.message).toContain('1 MB');
    expect(error.type).toBe('invalid_request_error');
  });

  it('accepts a file of exactly max_file_size megabytes', async () => {
    const session = await sessionWithUploads({ enabled: true, max_file_size: 1 });
    const atLimit = new File([new Uint8Array(1024 * 1024)], 'limit.pdf', { type: 'application/pdf' });
    expect((await upload(session.client_secret, uploadForm(atLimit))).status).toBe(200);
  });

  it('answers 400 when there is no file part', async () => {
    const session = await sessionWithUploads();
    const response = await upload(session.client_secret, 'just text');
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ param: 'file', code: 'missing_required_parameter' });
  });

  it('returns file Attachment JSON for a PDF', async () => {
    const session = await sessionWithUploads();
    const response = await upload(session.client_secret, uploadForm(new File(['%PDF-1.7'], 'invoice.pdf', { type: 'application/pdf' })));
    expect(response.status).toBe(200);
    const attachment = (await response.json()) as Attachment;
    expect(attachment).toEqual({ type: 'file', id: expect.stringMatching(/^cfile_/), name: 'invoice.pdf', mime_type: 'application/pdf' });
  });

  it('returns image Attachment JSON with a data-URL preview, inferring the type from the extension', async () => {
    const session = await sessionWithUploads();
    const response = await upload(session.client_secret, uploadForm(new File([PNG_BYTES], 'shot.png')));
    const attachment = (await response.json()) as Attachment;
    expect(attachment).toMatchObject({ type: 'image', name: 'shot.png', mime_type: 'image/png' });
    expect(attachment.type === 'image' && attachment.preview_url).toBe(`data:image/png;base64,${btoa(String.fromCharCode(...PNG_BYTES))}`);
  });

  it('lets the next message carry the uploaded attachment', async () => {
    const session = await sessionWithUploads();
    const attachment = (await (
      await upload(session.client_secret, uploadForm(new File(['%PDF'], 'a.pdf', { type: 'application/pdf' })))
    ).json()) as Attachment;
    const events = await readEvents(
      await converse(session.client_secret, { type: 'threads.create', params: { input: userInput('see file', [attachment.id]) } }),
    );
    const userDone = events[1] as Extract<ThreadStreamEvent, { type: 'thread.item.done' }>;
    expect((userDone.item as UserMessageItem).attachments).toEqual([attachment]);
  });
});
