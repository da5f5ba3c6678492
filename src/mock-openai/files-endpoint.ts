import { authenticateClientSecret } from './auth';
import type { Endpoint, HostedState } from './hosted-state';
import { apiJsonResponse } from './http-utils';
import { hostedIds } from './ids';
import { openAIErrorResponse } from './openai-errors';
import { attachmentFromFile, isAllowedHostedType, mimeTypeOf, readUploadedFile } from './uploads';

const BYTES_PER_MB = 1024 * 1024;

/** `POST /v1/chatkit/files`: multipart `file`, checked against the session's upload settings. */
export function filesEndpoint(state: HostedState): Endpoint {
  return async (request) => {
    const auth = authenticateClientSecret(request, state.sessions);
    if (!auth.ok) return auth.response;
    const uploadSettings = auth.session.chatkit_configuration.file_upload;

    if (!uploadSettings.enabled) {
      // [I] chatkit-js#13
      return openAIErrorResponse(400, 'File uploads are disabled for this session.', {
        code: 'chatkit.file_upload_disabled',
      });
    }
    const file = await readUploadedFile(request);
    if (!file) {
      return openAIErrorResponse(400, "Missing required parameter: 'file'.", {
        param: 'file',
        code: 'missing_required_parameter',
      });
    }
    const mimeType = mimeTypeOf(file);
    if (!isAllowedHostedType(mimeType)) {
      // [I] chatkit-js#178
      return openAIErrorResponse(400, 'Uploaded file type is not allowed for this session.', {
        code: 'chatkit.file_upload_type_rejected',
      });
    }
    const maxMegabytes = uploadSettings.max_file_size;
    if (maxMegabytes !== null && file.size > maxMegabytes * BYTES_PER_MB) {
      // [G] status, message and code.
      return openAIErrorResponse(413, `Uploaded file exceeds the maximum size of ${maxMegabytes} MB for this session.`, {
        code: 'chatkit.file_upload_too_large',
      });
    }

    const attachment = await attachmentFromFile(hostedIds.attachment(), file, mimeType);
    state.spaces.for(auth.session.user).attachments.save(attachment);
    return apiJsonResponse(attachment);
  };
}
