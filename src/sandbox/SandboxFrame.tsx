import { useEffect, useState, type ComponentType } from 'react';
import { CrashReport } from './CrashReport';
import { bootSandbox } from './frame';
import { postToHost } from './post-to-host';

interface Props {
  slug: string;
  variant: string;
}

type State = { phase: 'starting' } | { phase: 'running'; Example: ComponentType } | { phase: 'failed'; message: string };

/** The frame's React root: boots the mocks, then renders the reader's component inside a crash report. */
export default function SandboxFrame({ slug, variant }: Props) {
  const [state, setState] = useState<State>({ phase: 'starting' });

  useEffect(() => {
    bootSandbox(slug, variant).then(
      (Example) => Example && setState({ phase: 'running', Example }),
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
