import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Shows a crash of the example with its real message and stack, and a way to start over. */
export class CrashReport extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    console.error('The example crashed while rendering:', error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="crash">
        <p>
          <strong>The example crashed:</strong> {error.name}: {error.message}
        </p>
        <pre>{error.stack}</pre>
        <button type="button" onClick={() => location.reload()}>
          Reset the sandbox
        </button>
      </div>
    );
  }
}
