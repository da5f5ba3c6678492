// @vitest-environment node
// What ChatKit code does when a server renders it: the real bindings and react-dom/server, run by V8 in
// Node, which has none of the browser's globals. The page content/ssr-custom-elements.mdx quotes the
// errors thrown here (its frontmatter `errors` must be exactly these) and shows the broken snippets that
// throw them: each snippet with a title is read from the page, type-checked and run here.
import * as chatkitReact from '@openai/chatkit-react';
import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as react from 'react';
import { Suspense, type ComponentType, type ReactNode } from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import { renderToReadableStream, renderToString } from 'react-dom/server';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { parse } from 'yaml';
import BrokenMountedGuard from '../../examples/ssr-custom-elements/broken-mounted-guard';
import SupportPage from '../../examples/ssr-custom-elements/page';
import SupportChat from '../../examples/ssr-custom-elements/support-chat';
import ThemedChat from '../../examples/ssr-custom-elements/themed-chat';

const pageFile = 'content/ssr-custom-elements.mdx';
const page = readFileSync(pageFile, 'utf8');
const [, frontmatter = ''] = /^---\n([\s\S]*?)\n---\n/.exec(page) ?? [];
const listedErrors = (parse(frontmatter) as { errors: string[] }).errors;

/** The page's code blocks that have a title (```tsx title="…"), by title, without the indentation of a list. */
const snippets = new Map(
  [...page.matchAll(/^( *)```\w+ title="([^"]+)"\n([\s\S]*?)^\1```$/gm)].map(([, indent = '', title, code]) => [
    title!,
    code!.replace(new RegExp(`^${indent}`, 'gm'), ''),
  ]),
);

function snippet(title: string): string {
  const code = snippets.get(title);
  if (code === undefined) throw new Error(`${pageFile} has no code block titled "${title}" (titles: ${[...snippets.keys()].join(', ')}).`);
  return code;
}

/** The compiler's messages for the page's snippets, compiled with the site's tsconfig as files of their own. */
function typeErrorsIn(titles: string[]): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(resolve('tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  const options = { ...parsed.options, noEmit: true };
  const files = new Map(titles.map((title) => [resolve('tests/unit/ssr-snippets', title), snippet(title)]));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) => {
    const source = files.get(resolve(name));
    return source === undefined ? getSourceFile(name, languageVersion, ...rest) : ts.createSourceFile(name, source, languageVersion, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files.keys()].flatMap((path) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(path)).map((diagnostic) => `${path}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`),
  );
}

/** Runs a snippet as the server would import it: its top-level code runs now. Returns its exports. */
function importSnippet(title: string): Record<string, unknown> {
  const { outputText } = ts.transpileModule(snippet(title), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX },
  });
  const packages: Record<string, unknown> = { react, 'react/jsx-runtime': jsxRuntime, '@openai/chatkit-react': chatkitReact };
  const require = (name: string) => {
    if (!(name in packages)) throw new Error(`The snippet "${title}" imports ${name}, which this test does not provide.`);
    return packages[name];
  };
  const exports: Record<string, unknown> = {};
  new Function('require', 'exports', outputText)(require, exports);
  return exports;
}

/** What `run` threw, as Node prints an uncaught error's first line. */
function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return String(error);
  }
  throw new Error('It did not throw.');
}

/** The error texts V8 throws below: the page lists exactly these. */
const messages = {
  customElements: 'ReferenceError: customElements is not defined',
  HTMLElement: 'ReferenceError: HTMLElement is not defined',
  window: 'ReferenceError: window is not defined',
  document: 'ReferenceError: document is not defined',
};

let consoleCalls: MockInstance[] = [];
beforeEach(() => {
  consoleCalls = (['error', 'warn', 'log'] as const).map((level) => vi.spyOn(console, level));
});
afterEach(() => vi.restoreAllMocks());
const consoleWasSilent = () => consoleCalls.every((spy) => spy.mock.calls.length === 0);

describe('the server: Node', () => {
  it('has none of the globals the errors name', () => {
    expect([typeof window, typeof document, typeof customElements, typeof HTMLElement]).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });
});

describe('@openai/chatkit-react on the server', () => {
  it('imports: loading the module touches no browser global', async () => {
    const bindings = await import('@openai/chatkit-react');
    expect(Object.keys(bindings).sort()).toEqual(['ChatKit', 'useChatKit']);
  });

  it('renders useChatKit and <ChatKit> to an empty <openai-chatkit> element, and logs nothing', () => {
    function Chat() {
      const { control } = useChatKit({ api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' }, theme: { colorScheme: 'dark' } });
      return <ChatKit control={control} className="chat" />;
    }
    expect(renderToString(<Chat />)).toBe('<openai-chatkit class="chat"></openai-chatkit>');
    expect(consoleWasSilent()).toBe(true);
  });

  it('in hosted mode, rendering on the server never calls getClientSecret: only the widget does, in the browser', () => {
    const getClientSecret = vi.fn(async () => 'ek_never_used');
    function Chat() {
      const { control } = useChatKit({ api: { getClientSecret } });
      return <ChatKit control={control} />;
    }
    expect(renderToString(<Chat />)).toBe('<openai-chatkit></openai-chatkit>');
    expect(getClientSecret).not.toHaveBeenCalled();
  });
});

describe('the snippets on the page', () => {
  const titles = ['chatkit-ready.ts', 'chat-launcher.ts', 'script-check.tsx', 'define-chat-launcher.ts'];

  it('type-check', () => {
    expect(typeErrorsIn(titles)).toEqual([]);
  }, 60_000);

  it('customElements.whenDefined at the top of a module: importing it throws', () => {
    expect(thrown(() => importSnippet('chatkit-ready.ts'))).toBe(messages.customElements);
  });

  it('a class that extends HTMLElement at the top of a module: importing it throws', () => {
    expect(thrown(() => importSnippet('chat-launcher.ts'))).toBe(messages.HTMLElement);
  });

  it('window.customElements read while rendering: the module imports, rendering it throws', () => {
    const Component = importSnippet('script-check.tsx')['default'] as ComponentType;
    expect(thrown(() => renderToString(<Component />))).toBe(messages.window);
  });

  it('a custom element defined inside a function: importing the module runs nothing of it', () => {
    expect(Object.keys(importSnippet('define-chat-launcher.ts'))).toEqual(['defineChatLauncher']);
  });
});

describe('the example files', () => {
  it('themed-chat.tsx, rendered on its own, throws: it reads document while rendering', () => {
    expect(thrown(() => renderToString(<ThemedChat />))).toBe(messages.document);
  });

  it('page.tsx renders ThemedChat inside <ClientOnly>: the server HTML has the fallback and no chat', () => {
    expect(renderToString(<SupportPage />)).toBe('<section><h1>Support</h1><p>Loading the chat…</p></section>');
    expect(consoleWasSilent()).toBe(true);
  });

  it('support-chat.tsx reads the browser only in hooks: the server HTML has the empty <openai-chatkit> element', () => {
    expect(renderToString(<SupportChat />)).toBe('<openai-chatkit style="display:block;height:480px"></openai-chatkit>');
    expect(consoleWasSilent()).toBe(true);
  });

  it('support-page.astro, which astro check type-checks, is the code the page shows', () => {
    expect(snippet('support-page.astro')).toBe(readFileSync('examples/ssr-custom-elements/support-page.astro', 'utf8'));
  });

  it('broken-mounted-guard.tsx renders nothing on the server, without an error: it breaks only once mounted in the browser', () => {
    expect(renderToString(<BrokenMountedGuard />)).toBe('');
    expect(consoleWasSilent()).toBe(true);
  });
});

describe('streaming, as frameworks render', () => {
  const render = (node: ReactNode, errors: unknown[]) => renderToReadableStream(node, { onError: (error) => void errors.push(error) });

  it('without a <Suspense> boundary, the error fails the whole render', async () => {
    const errors: unknown[] = [];
    await expect(render(<ThemedChat />, errors)).rejects.toThrow('document is not defined');
    expect(errors.map(String)).toEqual([messages.document]);
  });

  it('inside a <Suspense> boundary, the server sends the fallback, reports the error and leaves the component to the browser', async () => {
    const errors: unknown[] = [];
    const stream = await render(
      <Suspense fallback={<p>Loading the chat…</p>}>
        <ThemedChat />
      </Suspense>,
      errors,
    );
    await stream.allReady;
    const html = await new Response(stream).text();
    expect(html).toContain('<p>Loading the chat…</p>');
    expect(html).not.toContain('<openai-chatkit');
    expect(errors.map(String)).toEqual([messages.document]);
  });
});

describe(`${pageFile} frontmatter`, () => {
  it('lists exactly the errors thrown above', () => {
    expect([...listedErrors].sort()).toEqual(Object.values(messages).sort());
  });
});
