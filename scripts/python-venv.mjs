// Where the repository's Python environment lives; shared by python-env.mjs and check-python.mjs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** `.venv/` in the repo; the bench points PYTHON_VENV elsewhere to time a setup from scratch. */
export const venvDir = process.env.PYTHON_VENV ?? join(repoRoot, '.venv');
export const requirementsFile = join(repoRoot, 'python', 'requirements.txt');
/** The hash of the requirements file the venv was built from; a different hash means it is stale. */
export const requirementsHashFile = join(venvDir, 'requirements.sha256');

export const venvPython =
  process.platform === 'win32' ? join(venvDir, 'Scripts', 'python.exe') : join(venvDir, 'bin', 'python');
