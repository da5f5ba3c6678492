import { useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';

/** Time for a mounted component's effects, and the requests they start, to run before the next remount. */
const pauseMs = 30;
const pause = () => new Promise((resolve) => setTimeout(resolve, pauseMs));

type Remounter = (times: number) => Promise<void>;

/** Requests from the page's "Remount N×" control, passed to whichever `Remountable` is mounted. */
export class RemountRequests {
  #remount: Remounter | null = null;
  #attached = Promise.withResolvers<Remounter>();

  /** Resolves once the component has been unmounted and mounted again `times` times (waiting for it to mount first). */
  async request(times: number): Promise<void> {
    const remount = this.#remount ?? (await this.#attached.promise);
    await remount(times);
  }

  attach(remount: Remounter): () => void {
    this.#remount = remount;
    this.#attached.resolve(remount);
    return () => {
      if (this.#remount !== remount) return;
      this.#remount = null;
      this.#attached = Promise.withResolvers<Remounter>();
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
          // Committed at once, so no two remounts merge into one however busy the page is.
          flushSync(() => setGeneration((current) => current + 1));
          await pause();
        }
      }),
    [requests],
  );
  return <Component key={generation} />;
}
