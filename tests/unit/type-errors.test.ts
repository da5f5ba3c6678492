// @vitest-environment node
// Variants that are broken at the type level: the compiler message each one's `@ts-expect-error` line
// silences must be the one its scenario declares (and the page shows), and no other file silences any.
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadScenarios, readSource } from '../../src/examples/catalog';

const suppression = /^\s*\/\/ @ts-expect-error.*\n/m;

function compilerOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(resolve('tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  return { ...parsed.options, noEmit: true };
}

/** Every diagnostic message (with its chain) for `file` compiled as `source` instead of its contents. */
function diagnosticsFor(file: string, source: string): string[] {
  const path = resolve(file);
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (resolve(name) === path ? source : readFile(name));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) =>
    resolve(name) === path ? ts.createSourceFile(name, source, languageVersion, true) : getSourceFile(name, languageVersion, ...rest);
  const program = ts.createProgram([path], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(path)).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

const variants = [...(await loadScenarios())].flatMap(([slug, scenario]) => Object.values(scenario.variants).map((variant) => ({ slug, variant })));

describe('variants broken at the type level', () => {
  for (const { slug, variant } of variants.filter((candidate) => candidate.variant.typeError)) {
    it(`${slug}/${variant.files[0]} fails to compile with the message its scenario declares`, async () => {
      const source = await readSource(slug, variant.files[0]);
      expect(source, 'a variant with a typeError needs its @ts-expect-error line').toMatch(suppression);
      const messages = diagnosticsFor(`examples/${slug}/${variant.files[0]}`, source.replace(suppression, ''));
      expect(messages.some((message) => message.split('\n').some((line) => line.trim() === variant.typeError))).toBe(true);
    }, 60_000);
  }

  it('no other file a variant shows silences the compiler', async () => {
    const declared = new Set(variants.filter(({ variant }) => variant.typeError).map(({ slug, variant }) => `${slug}/${variant.files[0]}`));
    const shown = [...new Set(variants.flatMap(({ slug, variant }) => variant.files.map((file) => `${slug}/${file}`)))];
    const silencing: string[] = [];
    for (const path of shown) {
      const [slug, file] = path.split('/') as [string, string];
      if (/@ts-(expect-error|ignore|nocheck)/.test(await readSource(slug, file))) silencing.push(path);
    }
    expect(silencing.filter((path) => !declared.has(path))).toEqual([]);
  });
});
