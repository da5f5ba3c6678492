import { newId } from './ids';

/** How a ChatKit backend names what it stores. */
export interface IdScheme {
  thread(): string;
  item(): string;
  attachment(): string;
}

/** OpenAI's hosted backend: `cthr_…`, `cti_…` [I] starter-app#4; `cfile_…` [G]. */
export const hostedIds: IdScheme = {
  thread: () => newId('cthr'),
  item: () => newId('cti'),
  attachment: () => newId('cfile'),
};

/** chatkit-python's default store: `thr_`, `msg_`, `atc_` and 8 hex characters [D] `chatkit/store.py`. */
export const chatKitPythonIds: IdScheme = {
  thread: () => newId('thr', 4),
  item: () => newId('msg', 4),
  attachment: () => newId('atc', 4),
};
