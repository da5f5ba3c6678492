/** What the upload route accepts, shared by the route and the widget's composer.attachments. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024; // bytes: 10 MB

/** MIME type → extensions, in the shape of composer.attachments.accept. */
export const ACCEPTED_FILES: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
};
