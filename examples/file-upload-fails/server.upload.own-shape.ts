import { checkUpload } from './server.upload';

// app/api/chatkit/upload/route.ts, answering in a shape of its own instead of ChatKit's Attachment JSON.
export async function POST(request: Request): Promise<Response> {
  const checked = await checkUpload(request);
  if (!checked.ok) {
    return Response.json({ error: checked.error }, { status: checked.status });
  }

  const stored = await fetch(`${process.env.CHATKIT_SERVER_URL}/chatkit/upload`, {
    method: 'POST',
    body: checked.form,
  });
  if (!stored.ok) {
    return Response.json({ error: 'Could not store the file.' }, { status: 502 });
  }
  const attachment = await stored.json();
  // Not an Attachment: ChatKit looks for type, id, name and mime_type, and finds none of them.
  return Response.json({ fileId: attachment.id, fileName: attachment.name, size: checked.file.size });
}
