// Checks the repository's Python: pyright (pyrightconfig.json: python/ and every examples/*/*.py),
// then imports each examples/*/*.py module with the venv's Python, so a module that type-checks but
// fails at import time (a missing package, a bad widget file) fails here too. Importing must not start
// a server: an example guards that with `if __name__ == "__main__":`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot, requirementsFile, requirementsHashFile, venvPython } from './python-venv.mjs';

const IMPORT_ONE_MODULE = [
  'import importlib.util, sys',
  'path, name = sys.argv[1], sys.argv[2]',
  'spec = importlib.util.spec_from_file_location(name, path)',
  'assert spec is not None and spec.loader is not None',
  'module = importlib.util.module_from_spec(spec)',
  'sys.modules[name] = module',
  'spec.loader.exec_module(module)',
].join('\n');

function fail(sentence) {
  console.error(`check-python: ${sentence}`);
  process.exit(1);
}

function seconds(started) {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

function exampleModules() {
  const examplesDir = join(repoRoot, 'examples');
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const folder = join(examplesDir, entry.name);
      return readdirSync(folder)
        .filter((file) => file.endsWith('.py'))
        .sort()
        .map((file) => join(folder, file));
    });
}

const builtHash = existsSync(requirementsHashFile) ? readFileSync(requirementsHashFile, 'utf8').trim() : null;
const wantedHash = createHash('sha256').update(readFileSync(requirementsFile)).digest('hex');
if (!existsSync(venvPython) || builtHash !== wantedHash) {
  fail('.venv is missing or older than python/requirements.txt: run node scripts/python-env.mjs first.');
}

const pyrightStarted = performance.now();
const pyrightCli = createRequire(import.meta.url).resolve('pyright/index.js');
const pyright = spawnSync(process.execPath, [pyrightCli, '--project', join(repoRoot, 'pyrightconfig.json')], {
  cwd: repoRoot,
  stdio: 'inherit',
});
if (pyright.status !== 0) fail(`pyright found type errors (see above), after ${seconds(pyrightStarted)}.`);
console.log(`check-python: pyright passed in ${seconds(pyrightStarted)}.`);

const modules = exampleModules();
const importStarted = performance.now();
const failedImports = modules.filter((path) => {
  const name = basename(path, '.py');
  const imported = spawnSync(venvPython, ['-c', IMPORT_ONE_MODULE, path, name], {
    cwd: dirname(path),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (imported.status === 0) return false;
  const why =
    imported.error?.code === 'ETIMEDOUT'
      ? 'it was still running after 60 s; does it start a server outside `if __name__ == "__main__":`?'
      : imported.stderr || imported.error?.message || `exit code ${imported.status}`;
  console.error(`\n${relative(repoRoot, path)} does not import: ${why}`);
  return true;
});
if (failedImports.length > 0) {
  fail(`${failedImports.length} of ${modules.length} example modules failed to import: ${failedImports.map((path) => relative(repoRoot, path)).join(', ')}.`);
}
console.log(`check-python: imported ${modules.length} example module${modules.length === 1 ? '' : 's'} in ${seconds(importStarted)}.`);
