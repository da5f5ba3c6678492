/** What the response doctor says about a paste: one finding per thing it noticed. */

export type Severity = 'error' | 'warning' | 'ok';

export interface Finding {
  severity: Severity;
  /** One line; may hold inline code between backticks. */
  title: string;
  /** A few sentences: what it means and what to do; may hold inline code between backticks. */
  detail: string;
  /** The site page to read next, as a path such as `/session-expires/`. */
  page?: DoctorPage;
}

/** Which side answered: your session route (hosted) or your ChatKit server (custom-server); `auto` guesses. */
export type DoctorMode = 'auto' | 'hosted' | 'custom-server';

/** Every page a finding may point to; the component checks at build time that each exists. */
export const doctorPages = [
  '/invalid-client-secret/',
  '/unauthorized-401/',
  '/session-expires/',
  '/response-error/',
  '/custom-server-mode/',
  '/failed-to-fetch-cors/',
  '/buffering-proxy/',
  '/file-upload-fails/',
  '/messages-not-displaying/',
  '/moving-off-agent-builder/',
  '/high-latency/',
] as const;

export type DoctorPage = (typeof doctorPages)[number];

/** A finding with its page only when there is one (`exactOptionalPropertyTypes` refuses `page: undefined`). */
export function finding(severity: Severity, title: string, detail: string, page?: DoctorPage): Finding {
  return page === undefined ? { severity, title, detail } : { severity, title, detail, page };
}
