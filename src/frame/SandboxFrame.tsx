import { useEffect, useState, type ComponentType } from 'react';
import { readHostMessage } from '../frame-protocol';
import { bootSandbox } from './boot';
import { CrashReport } from './CrashReport';
import { postToHost } from './report';
import { startMocking } from './start-mocking';

interface Props {
  slug: string;
  variant: string;
}

type State = { phase: 'starting' } | { phase: 'running'; Example: ComponentType } | { phase: 'failed'; message: string };

/** The frame's React root: boots the variant with its mocks, then renders it inside a crash report. */
export default function SandboxFrame({ slug, variant }: Props) {
  const [state, setState] = useState<State>({ phase: 'starting' });

  useEffect(() => {
    const scope = `${import.meta.env.BASE_URL}sandbox/${slug}/${variant}/`;
    bootSandbox(slug, variant, { sink: postToHost, startMocking: (handlers) => startMocking(handlers, scope), origin: location.origin }).then(
      (booted) => {
        if (!booted) return;
        window.addEventListener('message', (event) => {
          const message = readHostMessage(event);
          if (message?.type === 'skip-minutes') booted.skipMinutes(message.minutes);
        });
        setState({ phase: 'running', Example: booted.Component });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        postToHost({ type: 'status', state: 'failed', message });
        setState({ phase: 'failed', message });
      },
    );
  }, [slug, variant]);

  if (state.phase === 'failed') {
    return (
      <div className="boot-failure" role="alert">
        The sandbox could not start: {state.message} Use Reset to try again.
      </div>
    );
  }
  if (state.phase === 'starting') return null;
  const { Example } = state;
  return (
    <CrashReport>
      <Example />
    </CrashReport>
  );
}
