import { useEffect, useState, type ComponentType } from 'react';

/** Time for a mounted component's effects, and the requests they start, to run before the next remount. */
const pauseMs = 30;
const pause = () => new Promise((resolve) => setTimeout(resolve, pauseMs));

type Remounter = (times: number) => Promise<void>;

/** Requests from the page's "Remount N×" control, passed to whichever `Remountable` is mounted. */
export class RemountRequests {
  #remount: Remounter | null = null;

  /** Resolves once the component has been unmounted and mounted again `times` times. */
  async request(times: number): Promise<void> {
    if (!this.#remount) throw new Error('Nothing is mounted to remount.');
    await this.#remount(times);
  }

  attach(remount: Remounter): () => void {
    this.#remount = remount;
    return () => {
      if (this.#remount === remount) this.#remount = null;
    };
  }
}

/** Renders the variant's component; each remount gives it a new key, so React unmounts it and mounts a new one. */
export function Remountable({ Component, requests }: { Component: ComponentType; requests: RemountRequests }) {
  const [generation, setGeneration] = useState(0);
  useEffect(
    () =>
      requests.attach(async (times) => {
        for (let count = 0; count < times; count++) {
          setGeneration((current) => current + 1);
          await pause();
        }
      }),
    [requests],
  );
  return <Component key={generation} />;
}
