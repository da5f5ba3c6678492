import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const venvPython =
  process.platform === 'win32' ? join(repoRoot, '.venv', 'Scripts', 'python.exe') : join(repoRoot, '.venv', 'bin', 'python');
const serverScript = join(repoRoot, 'python', 'conformance_server.py');

export interface RunningPythonServer {
  /** `http://127.0.0.1:<port>/chatkit` */
  url: string;
  stop(): Promise<void>;
}

/** Starts `python/conformance_server.py` from the repository's venv on a free port. */
export async function startPythonServer(timeoutMs: number): Promise<RunningPythonServer> {
  if (!existsSync(venvPython)) {
    throw new Error('The Python environment .venv is missing: run node scripts/python-env.mjs');
  }
  const child = spawn(venvPython, [serverScript, '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const port = await readyPort(child, timeoutMs, () => stderr);
  return {
    url: `http://127.0.0.1:${port}/chatkit`,
    stop: () => stop(child),
  };
}

function readyPort(child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`The conformance server printed no READY line within ${timeoutMs} ms.\n${stderr()}`));
    }, timeoutMs);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /^READY (\d+)$/m.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The conformance server exited (code ${code}) before it was ready.\n${stderr()}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
