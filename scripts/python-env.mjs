// Makes .venv/ match python/requirements.txt: builds it with `python3 -m venv` when it is missing or
// was built from another version of that file, and installs the exact pins with `pip --no-deps`.
// Only the Python tooling needs it (check-python.mjs, the conformance test); `npm start` never does.
// Set PYTHON to use another interpreter than python3.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { repoRoot, requirementsFile, requirementsHashFile, venvDir, venvPython } from './python-venv.mjs';

const MINIMUM_PYTHON = [3, 10];
const basePython = process.env.PYTHON ?? 'python3';
const started = performance.now();

function fail(sentence) {
  console.error(`python-env: ${sentence}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', ...options });
}

function seconds() {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

if (!existsSync(requirementsFile)) fail(`${relative(repoRoot, requirementsFile)} is missing.`);
const wantedHash = createHash('sha256').update(readFileSync(requirementsFile)).digest('hex');
const builtHash = existsSync(requirementsHashFile) ? readFileSync(requirementsHashFile, 'utf8').trim() : null;
const venvRuns = existsSync(venvPython) && run(venvPython, ['-c', '']).status === 0;

if (venvRuns && builtHash === wantedHash) {
  console.log(`python-env: .venv is up to date with python/requirements.txt (checked in ${seconds()}).`);
  process.exit(0);
}

const version = run(basePython, ['-c', 'import sys; print(sys.version_info[0], sys.version_info[1])']);
if (version.error || version.status !== 0) {
  fail(`cannot run ${basePython}; install Python ${MINIMUM_PYTHON.join('.')} or newer, or set PYTHON to one.`);
}
const [major, minor] = version.stdout.trim().split(' ').map(Number);
if (major !== MINIMUM_PYTHON[0] || minor < MINIMUM_PYTHON[1]) {
  fail(`${basePython} is Python ${major}.${minor}; openai-chatkit needs ${MINIMUM_PYTHON.join('.')} or newer (set PYTHON to one).`);
}

console.log(`python-env: ${existsSync(venvDir) ? 'rebuilding' : 'creating'} .venv with ${basePython} (Python ${major}.${minor}).`);
rmSync(venvDir, { recursive: true, force: true });
const created = run(basePython, ['-m', 'venv', venvDir], { stdio: 'inherit' });
if (created.status !== 0) fail(`\`${basePython} -m venv .venv\` failed; on Debian install the python3-venv package.`);

const installed = run(
  venvPython,
  ['-m', 'pip', 'install', '--quiet', '--no-deps', '--disable-pip-version-check', '--no-input', '-r', requirementsFile],
  { stdio: 'inherit' },
);
if (installed.status !== 0) {
  rmSync(requirementsHashFile, { force: true });
  fail('pip could not install python/requirements.txt into .venv (see its output above).');
}

writeFileSync(requirementsHashFile, `${wantedHash}\n`);
console.log(`python-env: .venv ready in ${seconds()}.`);
