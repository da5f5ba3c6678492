import { ACCEPTED_FILES, MAX_UPLOAD_BYTES } from './upload-limits';

// app/api/chatkit/upload/route.ts: the direct upload's uploadUrl. It checks the file, then hands it
// to the ChatKit server (server.py), which stores it and answers ChatKit's Attachment JSON.

/** The first bytes of each accepted type, so a file named .pdf has to be a PDF. */
const SIGNATURES: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export type UploadCheck = { ok: true; form: FormData; file: File } | { ok: false; status: number; error: string };

/** The request's form and its `file` field, or the status and message to refuse it with. */
export async function checkUpload(request: Request): Promise<UploadCheck> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    // A multipart Content-Type without its boundary lands here too: the body cannot be split.
    return { ok: false, status: 400, error: "Expected multipart/form-data with a 'file' field." };
  }
  const file = form.get('file');
  if (file === null || typeof file === 'string') {
    return { ok: false, status: 400, error: "Expected multipart/form-data with a 'file' field." };
  }
  if (file.size === 0) {
    return { ok: false, status: 400, error: 'The file is empty.' };
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    return { ok: false, status: 413, error: `The file is larger than ${MAX_UPLOAD_BYTES} bytes.` };
  }
  const signature = SIGNATURES[file.type];
  if (!signature || !(file.type in ACCEPTED_FILES)) {
    return { ok: false, status: 415, error: `Files of type ${file.type || 'unknown'} are not accepted.` };
  }
  const head = new Uint8Array(await file.slice(0, signature.length).arrayBuffer());
  if (!signature.every((byte, index) => head[index] === byte)) {
    return { ok: false, status: 415, error: `The file's contents are not ${file.type}.` };
  }
  return { ok: true, form, file };
}

export async function POST(request: Request): Promise<Response> {
  const checked = await checkUpload(request);
  if (!checked.ok) {
    return Response.json({ error: checked.error }, { status: checked.status });
  }

  const stored = await fetch(`${process.env.CHATKIT_SERVER_URL}/chatkit/upload`, {
    method: 'POST',
    body: checked.form, // no Content-Type header: fetch adds multipart/form-data with its boundary
  });
  if (!stored.ok) {
    console.warn('Storing the upload failed', stored.status, await stored.text());
    return Response.json({ error: 'Could not store the file.' }, { status: 502 });
  }
  // server.py's answer is ChatKit's Attachment JSON: { type, id, name, mime_type[, preview_url] }.
  return Response.json(await stored.json());
}
