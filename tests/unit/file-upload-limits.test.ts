// @vitest-environment node
// The upload route of /file-upload-fails/ (examples/file-upload-fails/server.upload.ts) at its limits,
// called with real Request and FormData objects as a browser would send them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkUpload, POST } from '../../examples/file-upload-fails/server.upload';
import { MAX_UPLOAD_BYTES } from '../../examples/file-upload-fails/upload-limits';

const PDF = [...'%PDF-1.7\n'].map((char) => char.charCodeAt(0));
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function fileOf(name: string, type: string, size: number, signature: number[]): File {
  const bytes = new Uint8Array(size);
  bytes.set(signature.slice(0, size));
  return new File([bytes], name, { type });
}

function uploadOf(fields: Record<string, File | string>, headers?: HeadersInit): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new Request('http://localhost:3000/api/chatkit/upload', { method: 'POST', body: form, ...(headers && { headers }) });
}

async function refusal(request: Request) {
  const response = await POST(request);
  return { status: response.status, body: (await response.json()) as unknown };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('the upload route’s checks', () => {
  it('accepts a PDF of exactly the limit and passes the same form on to the ChatKit server', async () => {
    vi.stubEnv('CHATKIT_SERVER_URL', 'http://127.0.0.1:8000');
    const attachment = { type: 'file', id: 'atc_1', name: 'receipt.pdf', mime_type: 'application/pdf' };
    const upstream = vi.fn(async (_url: string, _init: RequestInit) => Response.json(attachment));
    vi.stubGlobal('fetch', upstream);

    const response = await POST(uploadOf({ file: fileOf('receipt.pdf', 'application/pdf', MAX_UPLOAD_BYTES, PDF) }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(attachment);

    const [url, init] = upstream.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:8000/chatkit/upload');
    expect(init.headers).toBeUndefined();
    const forwarded = (init.body as FormData).get('file') as File;
    expect([forwarded.name, forwarded.type, forwarded.size]).toEqual(['receipt.pdf', 'application/pdf', MAX_UPLOAD_BYTES]);
  });

  it('refuses one byte over the limit with 413', async () => {
    const file = fileOf('receipt.pdf', 'application/pdf', MAX_UPLOAD_BYTES + 1, PDF);
    expect(await refusal(uploadOf({ file }))).toEqual({ status: 413, body: { error: `The file is larger than ${MAX_UPLOAD_BYTES} bytes.` } });
  });

  it('refuses an empty file with 400', async () => {
    expect(await refusal(uploadOf({ file: fileOf('receipt.pdf', 'application/pdf', 0, PDF) }))).toEqual({
      status: 400,
      body: { error: 'The file is empty.' },
    });
  });

  it('refuses PNG bytes named and typed as a PDF with 415', async () => {
    const liar = fileOf('scan.pdf', 'application/pdf', 2048, PNG);
    expect(await refusal(uploadOf({ file: liar }))).toEqual({ status: 415, body: { error: "The file's contents are not application/pdf." } });
    // The same bytes under their real name and type pass.
    const png = await checkUpload(uploadOf({ file: fileOf('scan.png', 'image/png', 2048, PNG) }));
    expect(png.ok).toBe(true);
  });

  it('refuses a type the composer does not offer either (CSV) with 415', async () => {
    const csv = fileOf('orders.csv', 'text/csv', 512, [...'id,total\n'].map((char) => char.charCodeAt(0)));
    expect(await refusal(uploadOf({ file: csv }))).toEqual({ status: 415, body: { error: 'Files of type text/csv are not accepted.' } });
  });

  it('refuses a form without a file field, or with text in it, with 400', async () => {
    const expected = { status: 400, body: { error: "Expected multipart/form-data with a 'file' field." } };
    expect(await refusal(uploadOf({ attachment: fileOf('receipt.pdf', 'application/pdf', 2048, PDF) }))).toEqual(expected);
    expect(await refusal(uploadOf({ file: 'receipt.pdf' }))).toEqual(expected);
  });

  it('refuses a multipart body whose Content-Type has no boundary with 400, since formData() throws', async () => {
    const request = uploadOf({ file: fileOf('receipt.pdf', 'application/pdf', 2048, PDF) }, { 'Content-Type': 'multipart/form-data' });
    await expect(request.clone().formData()).rejects.toThrow(new TypeError('Failed to parse body as FormData.'));
    expect(await refusal(request)).toEqual({ status: 400, body: { error: "Expected multipart/form-data with a 'file' field." } });
  });
});
