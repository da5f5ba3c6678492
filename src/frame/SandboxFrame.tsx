import { useEffect, useState, type ComponentType } from 'react';
import { variantAndWorld, type LoadedVariant, type Scenario } from '../examples/scenario';
import { readHostMessage } from '../frame-protocol';
import { bootSandbox, type BootedSandbox } from './boot';
import { CrashReport } from './CrashReport';
import { Remountable } from './remounting';
import { postToHost } from './report';
import { keepSetCookieOnResponses } from './server-response';
import { startMocking } from './start-mocking';

/** The URLs of the chunks of a variant's scenario and component, from the built site's chunk graph. */
export interface VariantChunks {
  scenario: string;
  component: string;
}

interface Props {
  slug: string;
  variant: string;
  chunks?: VariantChunks | undefined;
}

/** Loads only this variant's own chunks, so the frame carries no index of the other examples. */
async function loadVariant(slug: string, name: string, chunks: VariantChunks | undefined): Promise<LoadedVariant> {
  if (import.meta.env.DEV) return (await import('../examples/catalog')).loadVariant(slug, name);
  if (!chunks) throw new Error(`The frame document names no chunks for ${slug}/${name}.`);
  const [scenario, component] = await Promise.all([
    import(/* @vite-ignore */ chunks.scenario) as Promise<{ default: Scenario }>,
    import(/* @vite-ignore */ chunks.component) as Promise<{ default: ComponentType }>,
  ]);
  return { scenario: scenario.default, Component: component.default, ...variantAndWorld(slug, scenario.default, name) };
}

type State = { phase: 'starting' } | { phase: 'running'; booted: BootedSandbox } | { phase: 'failed'; message: string };

/** The frame's React root: boots the variant with its mocks, then renders it inside a crash report. */
export default function SandboxFrame({ slug, variant, chunks }: Props) {
  const [state, setState] = useState<State>({ phase: 'starting' });

  useEffect(() => {
    const scope = `${import.meta.env.BASE_URL}sandbox/${slug}/${variant}/`;
    keepSetCookieOnResponses();
    bootSandbox({
      load: () => loadVariant(slug, variant, chunks),
      sink: postToHost,
      startMocking: () => startMocking(scope),
      origin: location.origin,
      cookies: { storage: sessionStorage, key: `chatkit-sandbox:cookies:${scope}` },
    }).then(
      (booted) => {
        if (!booted) return;
        window.addEventListener('message', (event) => {
          const message = readHostMessage(event);
          if (message) void booted.control(message);
        });
        setState({ phase: 'running', booted });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        postToHost({ type: 'status', state: 'failed', message });
        setState({ phase: 'failed', message });
      },
    );
  }, [slug, variant, chunks]);

  if (state.phase === 'failed') {
    return (
      <div className="boot-failure" role="alert">
        The sandbox could not start: {state.message} Use Reset to try again.
      </div>
    );
  }
  if (state.phase === 'starting') return null;
  return (
    <CrashReport>
      <Remountable Component={state.booted.Component} requests={state.booted.remounts} />
    </CrashReport>
  );
}
