import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID } from '../../src/mock-openai';
import { defineScenario } from '../../src/examples/scenario';
import * as uploadRoute from './server.upload';
import * as ownShapeRoute from './server.upload.own-shape';
import * as sessionRoute from './server.session';
import * as noUploadSessionRoute from './server.session.no-upload';

/** server.py, reached by the site at /chatkit and by the upload route on its own address. */
const pythonServer = 'http://127.0.0.1:8000';
const uploadRequest = 'POST /api/chatkit/upload';
const storeRequest = `POST ${pythonServer}/chatkit/upload`;
const chatkit = 'POST /chatkit';
const sessionRequest = 'POST /api/chatkit/session';
const filesRequest = 'POST https://api.openai.com/v1/chatkit/files';
const conversation = 'POST https://api.openai.com/v1/chatkit/conversation';

const receipt = { name: 'receipt.pdf', type: 'application/pdf', size: 2048 } as const;
const pngNamedPdf = { name: 'scan.pdf', type: 'application/pdf', size: 2048, contents: 'png' } as const;
const csv = { name: 'orders.csv', type: 'text/csv', size: 512 } as const;
const reply = 'This is a simulated reply from a mocked ChatKit backend';

const customFiles = ['upload-limits.ts', 'server.upload.ts', 'server.py'] as const;

export default defineScenario({
  world: {
    mode: 'custom-server',
    chatkitServer: { url: '/chatkit', uploadUrl: `${pythonServer}/chatkit/upload`, streamChunkDelayMs: 30 },
    routes: { [uploadRequest]: uploadRoute.POST },
    env: { CHATKIT_SERVER_URL: pythonServer, OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
    privateOrigins: [pythonServer],
  },
  variants: {
    'broken-content-type': {
      kind: 'broken',
      label: 'Broken: Content-Type set by hand',
      summary:
        'api.fetch replaces the multipart Content-Type of every FormData body with one that has no boundary. The upload route cannot parse the body and answers 400; the file never reaches server.py.',
      files: ['custom-content-type.tsx', ...customFiles],
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { attach: receipt },
          expect: [{ request: uploadRequest, status: 400 }, { see: "Expected multipart/form-data with a 'file' field." }],
        },
      ],
      settled: [{ request: storeRequest, status: 200, exactly: 0 }],
    },
    'broken-own-shape': {
      kind: 'broken',
      label: 'Broken: upload answers its own JSON',
      summary:
        'The upload route stores the file but answers { fileId, fileName, size } instead of Attachment JSON. The composer gets an attachment with no id or name, and the message that carries it fails on the server.',
      files: ['custom-direct.tsx', 'server.upload.own-shape.ts', ...customFiles],
      world: { routes: { [uploadRequest]: ownShapeRoute.POST } },
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        { do: { attach: receipt }, expect: [{ request: uploadRequest, status: 200 }] },
        { do: { send: 'Here is my receipt.' }, expect: [{ request: chatkit, status: 500 }] },
      ],
      settled: [{ noEvent: 'chatkit.response.end' }],
    },
    'fixed-direct': {
      kind: 'fixed',
      label: 'Fixed: direct upload',
      summary:
        'The FormData goes out as fetch makes it. The upload route checks size, type and the first bytes with the same limits as the composer, server.py stores the file and answers Attachment JSON, and the message carries it.',
      files: ['custom-direct.tsx', ...customFiles],
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { attach: receipt },
          expect: [{ request: uploadRequest, status: 200 }, { request: storeRequest, status: 200 }],
        },
        { do: { send: 'Here is my receipt.' }, expect: [{ request: chatkit, status: 200 }, { event: 'chatkit.response.end' }, { see: reply }] },
        {
          do: { attach: pngNamedPdf },
          expect: [{ request: uploadRequest, status: 415 }, { see: "The file's contents are not application/pdf." }],
        },
      ],
      settled: [{ request: storeRequest, status: 200, exactly: 1 }],
    },
    'fixed-two-phase': {
      kind: 'fixed',
      label: 'Fixed: two-phase upload',
      summary:
        'uploadStrategy two_phase: the widget asks server.py for an attachment (attachments.create), posts the bytes where the answer says, and sends the message with it. This needs the AttachmentStore with create_attachment().',
      files: ['custom-two-phase.tsx', 'upload-limits.ts', 'server.py'],
      world: { routes: {} },
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        { do: { attach: receipt }, expect: [{ request: chatkit, status: 200 }, { see: 'receipt.pdf' }] },
        { do: { send: 'Here is my receipt.' }, expect: [{ event: 'chatkit.response.end' }, { see: reply }] },
      ],
      settled: [{ request: uploadRequest, status: 200, exactly: 0 }],
    },
    'broken-max-size-mb': {
      kind: 'broken',
      label: 'Broken: maxSize in megabytes',
      summary:
        'composer.attachments.maxSize is 20, meant as 20 MB, but it counts bytes: the composer refuses every file over 20 bytes before any request, so the 2 KB receipt never reaches the upload route.',
      files: ['custom-max-size.tsx', ...customFiles],
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        { do: { attach: receipt }, expect: [{ see: '"receipt.pdf" is too large. The maximum size is 20 bytes.' }, { request: uploadRequest, exactly: 0 }] },
      ],
      settled: [{ request: uploadRequest, exactly: 0 }],
    },
    'broken-no-store': {
      kind: 'broken',
      label: 'Broken: no AttachmentStore',
      summary:
        'two_phase uploads, but server_without_store.py creates its ChatKitServer without an attachment_store. attachments.create raises in ChatKitServer, the widget gets a 500 Internal Server Error, and only the server’s log names the cause.',
      files: ['custom-two-phase.tsx', 'upload-limits.ts', 'server_without_store.py'],
      world: { routes: {}, chatkitServer: { url: '/chatkit', attachmentStore: false, streamChunkDelayMs: 30 } },
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { attach: receipt },
          expect: [{ request: chatkit, status: 500 }, { console: 'error', text: 'RuntimeError: AttachmentStore is not configured.' }],
        },
      ],
    },
    'broken-session-disabled': {
      kind: 'broken',
      label: 'Hosted, broken: uploads off in the session',
      summary:
        'The composer has attachments enabled, but the session route creates the session without chatkit_configuration.file_upload, so OpenAI refuses every upload with 400 chatkit.file_upload_disabled.',
      files: ['hosted.tsx', 'server.session.no-upload.ts'],
      world: { mode: 'hosted', chatkitServer: null, routes: { [sessionRequest]: noUploadSessionRoute.POST } },
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        { do: { attach: receipt }, expect: [{ request: filesRequest, status: 400 }, { see: 'File uploads are disabled for this session.' }] },
      ],
    },
    'broken-no-accept': {
      kind: 'broken',
      label: 'Hosted, broken: no type check',
      summary:
        'Uploads are on in the session, but the composer has no accept list, so a CSV goes up and OpenAI refuses it with 400 chatkit.file_upload_type_rejected.',
      files: ['hosted-no-accept.tsx', 'server.session.ts'],
      world: { mode: 'hosted', chatkitServer: null, routes: { [sessionRequest]: sessionRoute.POST } },
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        { do: { attach: csv }, expect: [{ request: filesRequest, status: 400 }, { see: 'Uploaded file type is not allowed for this session.' }] },
      ],
    },
    'fixed-hosted': {
      kind: 'fixed',
      label: 'Hosted, fixed: both switches',
      summary:
        'The session turns uploads on with max_file_size 20 (MB); the composer allows 20 MB in bytes and only PDFs and images. The PDF uploads and goes with the message; the CSV is refused before any request.',
      files: ['hosted.tsx', 'server.session.ts'],
      world: { mode: 'hosted', chatkitServer: null, routes: { [sessionRequest]: sessionRoute.POST } },
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        { do: { attach: receipt }, expect: [{ request: filesRequest, status: 200 }] },
        { do: { send: 'Here is my receipt.' }, expect: [{ request: conversation, status: 200 }, { see: reply }] },
        { do: { attach: csv }, expect: [{ see: '"orders.csv" is not an accepted file type.' }] },
      ],
      settled: [{ request: filesRequest, status: 200, exactly: 1 }, { request: filesRequest, status: 400, exactly: 0 }],
    },
  },
});
