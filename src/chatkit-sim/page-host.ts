let playedHostname: string | null = null;

/** The host name the widget reports to OpenAI's domain check: the page's own, unless a sandbox plays another. */
export function pageHostname(): string {
  return playedHostname ?? location.hostname;
}

/**
 * Makes the widget report `hostname` (say, a deployed `app.example.com`) instead of the page's real
 * host, until the returned undo runs.
 */
export function playHostname(hostname: string): () => void {
  const previous = playedHostname;
  playedHostname = hostname;
  return () => {
    playedHostname = previous;
  };
}
