// @vitest-environment node
// Every error text a page lists in its frontmatter has a known origin (src/host/message-sources.ts), and
// every TypeScript message a page quotes (in frontmatter `errors`, in inline code, in a code block) must be
// what the compiler prints today for the code it belongs to: a type-broken variant (its `typeError`), or a
// snippet in tests/compiler-quotes/ whose `@ts-expect-error` lines mark where it fails. Both are compiled
// here with the site's own tsconfig and packages, so an upgrade that rewords a message fails this test.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenarios, readSource } from '../../src/examples/catalog';
import { compilerMessageStart, isCompilerMessage, sourceOf } from '../../src/host/message-sources';
const suppression = /^\s*\/\/ @ts-expect-error.*\n/gm;
const quotesDir = resolve('tests/compiler-quotes');

function compilerOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(resolve('tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  return { ...parsed.options, noEmit: true };
}

/** Every line of every diagnostic (with its chain) for each of `files`, compiled together as the sources given. */
function compilerLines(files: Map<string, string>): Map<string, string[]> {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files.get(resolve(name)) ?? readFile(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) => {
    const source = files.get(resolve(name));
    return source === undefined ? getSourceFile(name, languageVersion, ...rest) : ts.createSourceFile(name, source, languageVersion, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return new Map(
    [...files.keys()].map((path) => [
      path,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(path))
        .flatMap((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n').map((line) => line.trim())),
    ]),
  );
}

/** A quote that a page shortened with "…" or cut off before its final period matches the message it starts. */
function quotes(line: string, quote: string): boolean {
  if (quote.includes('…')) {
    const [first, ...rest] = quote.split('…');
    let from = first!.length;
    if (!line.startsWith(first!)) return false;
    for (const part of rest) {
      const at = part === '' ? line.length : line.indexOf(part, from);
      if (at < 0) return false;
      from = at + part.length;
    }
    return rest.at(-1) === '' || line.endsWith(rest.at(-1)!);
  }
  return quote.endsWith('.') ? line === quote : line.startsWith(quote);
}

/** Where a message ends inside running text: its final period, or whatever closes the quote around it. */
function messagesIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(compilerMessageStart)) {
    const rest = text.slice(match.index);
    const end = /\.(?=$|\s|[`")])|(?=`|"\)|\n)/.exec(rest);
    found.push((end ? rest.slice(0, end.index + (end[0] === '.' ? 1 : 0)) : rest).trim());
  }
  return found;
}

interface Quote {
  page: string;
  where: string;
  text: string;
}

function pageParts(file: string): { errors: string[]; body: string } {
  const source = readFileSync(join('content', file), 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  return { errors: (parse(frontmatter) as { errors?: string[] } | null)?.errors ?? [], body };
}

function quotesOnPage(file: string): Quote[] {
  const { errors: listed, body } = pageParts(file);
  const errors = listed.filter((error) => messagesIn(error)[0] === error);
  const found: Quote[] = errors.map((text) => ({ page: file, where: 'frontmatter errors', text }));
  const fences = /^```[^\n]*\n([\s\S]*?)^```/gm;
  for (const [, code = ''] of body.matchAll(fences)) for (const text of messagesIn(code)) found.push({ page: file, where: 'a code block', text });
  const prose = body.replace(fences, '');
  for (const [, code = ''] of prose.matchAll(/`([^`]+)`/g)) {
    for (const text of messagesIn(code.replace(/\s*\n\s*/g, ' '))) found.push({ page: file, where: 'inline code', text });
  }
  return found;
}

const pages = readdirSync('content').filter((file) => file.endsWith('.mdx'));
const pageQuotes = pages.flatMap(quotesOnPage);

const snippets = new Map(
  readdirSync(quotesDir)
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => [join(quotesDir, file), readFileSync(join(quotesDir, file), 'utf8')] as const),
);

describe('error texts listed in frontmatter', () => {
  it('each has a known origin, or is a compiler message that the tests below compile', () => {
    const unknown = pages.flatMap((file) => pageParts(file).errors.filter((error) => !isCompilerMessage(error) && !sourceOf(error)).map((error) => `${file}: ${error}`));
    expect(unknown, 'add a rule to src/host/message-sources.ts').toEqual([]);
  });
});

describe('compiler messages quoted on pages', () => {
  it('finds the quotes it checks', () => {
    expect(pageQuotes.length).toBeGreaterThan(10);
  });

  it('every snippet in tests/compiler-quotes/ fails exactly where it says: it compiles with its @ts-expect-error lines', () => {
    for (const [path, source] of snippets) expect(source, `${path} marks no line with @ts-expect-error`).toMatch(suppression);
    expect([...compilerLines(snippets)].filter(([, lines]) => lines.length > 0)).toEqual([]);
  }, 120_000);

  it('is exactly what the compiler prints for the variant or snippet it belongs to, and every snippet is quoted', async () => {
    const compiled = new Map<string, string>();
    for (const [slug, scenario] of await loadScenarios()) {
      for (const variant of Object.values(scenario.variants)) {
        if (variant.typeError) compiled.set(resolve('examples', slug, variant.files[0]), (await readSource(slug, variant.files[0])).replace(suppression, ''));
      }
    }
    for (const [path, source] of snippets) compiled.set(path, source.replace(suppression, ''));
    const byFile = compilerLines(compiled);
    const printed = [...byFile.values()].flat();
    const unmatched = pageQuotes.filter((quote) => !printed.some((line) => quotes(line, quote.text)));
    expect(unmatched, `the compiler printed:\n${printed.join('\n')}`).toEqual([]);
    const unquoted = [...snippets.keys()].filter((path) => !pageQuotes.some((quote) => byFile.get(path)!.some((line) => quotes(line, quote.text))));
    expect(unquoted, 'snippets whose messages no page quotes').toEqual([]);
  }, 120_000);
});
