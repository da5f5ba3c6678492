import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Attachment, ChatKitRequest } from '../../../src/chatkit-protocol/index';
import { checkFiles, formatBytes, isAccepted, maxSizeFor } from '../../../src/chatkit-sim/attachment-rules';
import {
  alerts,
  API,
  chooseFiles,
  errorBody,
  eventNames,
  eventStream,
  hostedApi,
  labelled,
  mountChatKit,
  nodeFile,
  recordEvents,
  replyEvents,
  shadow,
  silenceConsoleErrors,
  typeAndSend,
  useMswServer,
  useNodeMultipart,
  verifyDomainKey,
  visibleText,
} from './helpers';

const server = useMswServer();
beforeEach(useNodeMultipart);

const MB = 1024 * 1024;
const file = (name: string, type: string, size = 10) => ({ name, type, size });

describe('attachment limits', () => {
  it('reads maxSize as bytes: one number, or per MIME pattern with "*" (or "") as fallback', () => {
    expect(maxSizeFor('image/png', undefined)).toBe(100 * MB);
    expect(maxSizeFor('image/png', 2048)).toBe(2048);
    const perType = { 'image/png': 1, 'image/*': 2, '*': 3 };
    expect(maxSizeFor('image/png', perType)).toBe(1);
    expect(maxSizeFor('image/gif', perType)).toBe(2);
    expect(maxSizeFor('application/pdf', perType)).toBe(3);
    expect(maxSizeFor('application/pdf', { '': 4 })).toBe(4);
    expect(maxSizeFor('application/pdf', { 'image/*': 5 })).toBe(100 * MB);
  });

  it('accepts by MIME pattern or by listed extension, like showOpenFilePicker', () => {
    const accept = { 'image/*': ['.png'], 'application/pdf': ['.pdf'] };
    expect(isAccepted(file('a.jpg', 'image/jpeg'), accept)).toBe(true);
    expect(isAccepted(file('a.pdf', 'application/pdf'), accept)).toBe(true);
    expect(isAccepted(file('scan.PDF', ''), accept)).toBe(true);
    expect(isAccepted(file('data.csv', 'text/csv'), accept)).toBe(false);
    expect(isAccepted(file('data.csv', 'text/csv'), undefined)).toBe(true);
  });

  it('refuses files over the limit, of the wrong type, and beyond maxCount, each with its own sentence', () => {
    const result = checkFiles(
      [file('ok.png', 'image/png', 1000), file('huge.png', 'image/png', 1025), file('data.csv', 'text/csv'), file('two.png', 'image/png'), file('three.png', 'image/png')],
      0,
      { enabled: true, maxSize: 1024, maxCount: 2, accept: { 'image/*': [] } },
    );
    expect(result.accepted.map((accepted) => accepted.name)).toEqual(['ok.png', 'two.png']);
    expect(result.problems).toEqual([
      '"huge.png" is too large. The maximum size is 1 KB.',
      '"data.csv" is not an accepted file type.',
      'You can attach at most 2 files to a message.',
    ]);
    expect(checkFiles([file('a.png', 'image/png')], 1, { enabled: true, maxCount: 1 }).problems).toEqual([
      'You can attach at most 1 file to a message.',
    ]);
  });

  it('formats byte sizes for people', () => {
    expect([formatBytes(500), formatBytes(1536), formatBytes(10 * MB), formatBytes(100 * MB)]).toEqual(['500 bytes', '1.5 KB', '10 MB', '100 MB']);
  });
});

const CHATKIT_URL = 'https://support.example.test/chatkit';
const UPLOAD_URL = 'https://support.example.test/upload';
const domainKey = 'domain_pk_localhost_dev';

interface Upload {
  url: string;
  method: string;
  contentType: string | null;
  file: { name: string; type: string; size: number } | null;
  rawBytes: number | null;
}

async function describeUpload(request: Request): Promise<Upload> {
  const contentType = request.headers.get('content-type');
  if (contentType?.startsWith('multipart/form-data')) {
    const uploaded = (await request.formData()).get('file');
    // Node's File, not jsdom's: compare by shape, not `instanceof`.
    const file = uploaded !== null && typeof uploaded !== 'string' ? { name: uploaded.name, type: uploaded.type, size: uploaded.size } : null;
    return { url: request.url, method: request.method, contentType, file, rawBytes: null };
  }
  return { url: request.url, method: request.method, contentType, file: null, rawBytes: (await request.arrayBuffer()).byteLength };
}

function customServer() {
  const requests: ChatKitRequest[] = [];
  const uploads: Upload[] = [];
  server.use(
    verifyDomainKey(),
    http.post(CHATKIT_URL, async ({ request }) => {
      const body = (await request.json()) as ChatKitRequest;
      requests.push(body);
      switch (body.type) {
        case 'threads.list':
          return HttpResponse.json({ data: [], has_more: false });
        case 'attachments.create':
          return HttpResponse.json({
            type: 'file',
            id: 'att_two_phase',
            name: body.params.name,
            mime_type: body.params.mime_type,
            upload_descriptor: { url: `${CHATKIT_URL}/attachments/att_two_phase/upload`, method: 'POST', headers: {} },
          } satisfies Attachment);
        case 'threads.create':
          return eventStream(replyEvents({ userText: 'see file', deltas: ['Got it.'] }));
        default:
          return HttpResponse.json({ detail: 'unexpected' }, { status: 400 });
      }
    }),
    http.post(UPLOAD_URL, async ({ request }) => {
      uploads.push(await describeUpload(request));
      return HttpResponse.json({ type: 'file', id: 'att_direct', name: 'report.pdf', mime_type: 'application/pdf' } satisfies Attachment);
    }),
    http.all(`${CHATKIT_URL}/attachments/:id/upload`, async ({ request }) => {
      uploads.push(await describeUpload(request));
      return HttpResponse.json({ type: 'file', id: 'att_two_phase', name: 'report.pdf', mime_type: 'application/pdf' } satisfies Attachment);
    }),
  );
  return { requests, uploads };
}

async function readyWidget(options: Parameters<typeof mountChatKit>[0]) {
  const element = mountChatKit(options);
  const events = recordEvents(element);
  await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));
  return { element, events, fileInput: labelled<HTMLInputElement>(element, 'Attach files') };
}

const attachmentsOn = { attachments: { enabled: true } };

describe('uploads in custom server mode', () => {
  it('direct: POSTs multipart `file` to uploadUrl through api.fetch, then sends the attachment id with the message', async () => {
    const { requests, uploads } = customServer();
    const fetched: string[] = [];
    const readerFetch: typeof fetch = (input, init) => {
      fetched.push(String(input));
      return fetch(input, init);
    };
    const { element, events, fileInput } = await readyWidget({
      api: { url: CHATKIT_URL, domainKey, fetch: readerFetch, uploadStrategy: { type: 'direct', uploadUrl: UPLOAD_URL } },
      composer: attachmentsOn,
    });

    chooseFiles(fileInput, [nodeFile('%PDF-1.7', 'report.pdf', 'application/pdf')]);
    await vi.waitFor(() => expect(shadow(element).querySelector('[aria-label="Remove report.pdf"]')).not.toBeNull());
    expect(uploads).toEqual([
      { url: UPLOAD_URL, method: 'POST', contentType: expect.stringMatching(/^multipart\/form-data; boundary=/), file: { name: 'report.pdf', type: 'application/pdf', size: 8 }, rawBytes: null },
    ]);
    expect(fetched).toEqual([CHATKIT_URL, UPLOAD_URL]);

    typeAndSend(element, 'see file');
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.response.end'));
    expect(requests.at(-1)).toMatchObject({ type: 'threads.create', params: { input: { attachments: ['att_direct'] } } });
    expect(shadow(element).querySelector('[aria-label="Remove report.pdf"]')).toBeNull();
  });

  it('two_phase: attachments.create through api.fetch, then the bytes as multipart `file` to the upload_descriptor url with plain fetch', async () => {
    const { requests, uploads } = customServer();
    const fetched: string[] = [];
    const readerFetch: typeof fetch = (input, init) => {
      fetched.push(String(input));
      return fetch(input, init);
    };
    const { element, fileInput } = await readyWidget({
      api: { url: CHATKIT_URL, domainKey, fetch: readerFetch, uploadStrategy: { type: 'two_phase' } },
      composer: attachmentsOn,
    });

    chooseFiles(fileInput, [nodeFile('%PDF-1.7', 'report.pdf', 'application/pdf')]);
    await vi.waitFor(() => expect(uploads).toHaveLength(1));
    expect(fetched).toEqual([CHATKIT_URL, CHATKIT_URL]);
    expect(requests.at(-1)).toEqual({ type: 'attachments.create', params: { name: 'report.pdf', size: 8, mime_type: 'application/pdf' } });
    expect(uploads[0]).toMatchObject({ url: `${CHATKIT_URL}/attachments/att_two_phase/upload`, method: 'POST', file: { name: 'report.pdf', size: 8 } });
    await vi.waitFor(() => expect(visibleText(element)).toContain('report.pdf'));
  });

  it('two_phase with a PUT descriptor sends the raw bytes with the descriptor headers', async () => {
    const uploads: Upload[] = [];
    const headers: (string | null)[] = [];
    server.use(
      verifyDomainKey(),
      http.post(CHATKIT_URL, async ({ request }) => {
        const body = (await request.json()) as ChatKitRequest;
        if (body.type === 'threads.list') return HttpResponse.json({ data: [] });
        return HttpResponse.json({
          type: 'image',
          id: 'att_put',
          name: 'cat.png',
          mime_type: 'image/png',
          preview_url: 'data:image/png;base64,',
          upload_descriptor: { url: 'https://storage.example.test/put/att_put', method: 'PUT', headers: { 'x-upload-token': 'signed' } },
        } satisfies Attachment);
      }),
      http.put('https://storage.example.test/put/att_put', async ({ request }) => {
        headers.push(request.headers.get('x-upload-token'));
        uploads.push(await describeUpload(request));
        return new HttpResponse(null, { status: 200 });
      }),
    );
    const { element, fileInput } = await readyWidget({ api: { url: CHATKIT_URL, domainKey, uploadStrategy: { type: 'two_phase' } }, composer: attachmentsOn });

    chooseFiles(fileInput, [nodeFile(12, 'cat.png', 'image/png')]);
    await vi.waitFor(() => expect(shadow(element).querySelector('[aria-label="Remove cat.png"]')).not.toBeNull());
    expect(uploads).toMatchObject([{ method: 'PUT', rawBytes: 12 }]);
    expect(headers).toEqual(['signed']);
  });

  it('checks size, count and type before uploading and says why inline', async () => {
    const { uploads } = customServer();
    const { element, fileInput } = await readyWidget({
      api: { url: CHATKIT_URL, domainKey, uploadStrategy: { type: 'direct', uploadUrl: UPLOAD_URL } },
      composer: { attachments: { enabled: true, maxSize: { 'application/pdf': 1024, '*': 10 }, maxCount: 1, accept: { 'application/pdf': ['.pdf'] } } },
    });
    expect(fileInput.accept).toBe('application/pdf,.pdf');

    chooseFiles(fileInput, [nodeFile(1025, 'big.pdf', 'application/pdf'), nodeFile(5, 'data.csv', 'text/csv')]);
    await vi.waitFor(() =>
      expect(alerts(element)).toEqual(['"big.pdf" is too large. The maximum size is 1 KB. "data.csv" is not an accepted file type.']),
    );
    expect(uploads).toEqual([]);

    chooseFiles(fileInput, [nodeFile(1024, 'a.pdf', 'application/pdf'), nodeFile(10, 'b.pdf', 'application/pdf')]);
    await vi.waitFor(() => expect(uploads).toHaveLength(1));
    expect(alerts(element)).toEqual(['You can attach at most 1 file to a message.']);
  });

  it('shows attachments as disabled unless composer.attachments.enabled, and hides the file input', async () => {
    customServer();
    const element = mountChatKit({ api: { url: CHATKIT_URL, domainKey } });
    const events = recordEvents(element);
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));

    expect(labelled<HTMLInputElement>(element, 'Attach files').closest('label')?.hidden).toBe(true);
    await element.setComposerValue({ files: [nodeFile(3, 'a.pdf', 'application/pdf')] });
    expect(alerts(element)).toEqual(['Attachments are not enabled.']);
  });

  it('reports a missing uploadStrategy when a file is chosen', async () => {
    silenceConsoleErrors();
    customServer();
    const { element, events, fileInput } = await readyWidget({ api: { url: CHATKIT_URL, domainKey }, composer: attachmentsOn });

    chooseFiles(fileInput, [nodeFile(3, 'a.pdf', 'application/pdf')]);
    await vi.waitFor(() => expect(alerts(element)).toEqual(['Attachments are enabled but api.uploadStrategy is not set, so files cannot be uploaded.']));
    expect(eventNames(events)).toContain('chatkit.error');
  });
});

describe('uploads in hosted mode', () => {
  function hostedWithFiles(answer: (request: Request) => Promise<Response> | Response) {
    server.use(...hostedApi({ validSecrets: ['ek_one'] }).handlers, http.post(`${API}/files`, ({ request }) => answer(request)));
  }

  it('POSTs multipart `file` to /v1/chatkit/files with the client secret', async () => {
    const uploads: (Upload & { authorization: string | null })[] = [];
    hostedWithFiles(async (request) => {
      uploads.push({ ...(await describeUpload(request)), authorization: request.headers.get('authorization') });
      return HttpResponse.json({ type: 'file', id: 'cfile_1', name: 'a.pdf', mime_type: 'application/pdf' });
    });
    const { element, fileInput } = await readyWidget({ api: { getClientSecret: async () => 'ek_one' }, composer: attachmentsOn });

    chooseFiles(fileInput, [nodeFile('%PDF', 'a.pdf', 'application/pdf')]);
    await vi.waitFor(() => expect(shadow(element).querySelector('[aria-label="Remove a.pdf"]')).not.toBeNull());
    expect(uploads).toMatchObject([{ url: `${API}/files`, authorization: 'Bearer ek_one', file: { name: 'a.pdf', type: 'application/pdf', size: 4 } }]);
  });

  it.each([
    [400, 'File uploads are disabled for this session.', 'chatkit.file_upload_disabled'],
    [400, 'Uploaded file type is not allowed for this session.', 'chatkit.file_upload_type_rejected'],
    [413, 'Uploaded file exceeds the maximum size of 1 MB for this session.', 'chatkit.file_upload_too_large'],
  ])('shows a %i "%s" inline and dispatches chatkit.error', async (status, message, code) => {
    const consoleError = silenceConsoleErrors();
    hostedWithFiles(() => HttpResponse.json(errorBody(message, code), { status }));
    const { element, events, fileInput } = await readyWidget({ api: { getClientSecret: async () => 'ek_one' }, composer: attachmentsOn });

    chooseFiles(fileInput, [nodeFile(3, 'data.csv', 'text/csv')]);
    await vi.waitFor(() => expect(alerts(element)).toEqual([message]));
    const error = events.find((event) => event.name === 'chatkit.error')?.detail as { error: Error } | undefined;
    expect(error?.error.message).toBe(message);
    expect(consoleError).toHaveBeenCalledWith('[ChatKit]', message);
  });
});
