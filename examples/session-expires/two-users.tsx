'use client';

import { useEffect, useState } from 'react';
import SupportChat from './fixed';

// The sandbox's stand-in for two people using your app: Ana signs in and
// chats, then Ben signs in. The chat is the one from fixed.tsx.
const names = { ana: 'Ana', ben: 'Ben' } as const;
type User = keyof typeof names;

async function signIn(user: User): Promise<void> {
  const res = await fetch(`/api/sign-in?user=${user}`, { method: 'POST' });
  if (!res.ok) throw new Error(`Sign-in failed: HTTP ${res.status}`);
}

export default function TwoUsers() {
  const [user, setUser] = useState<User | null>(null);
  const [error, setError] = useState<string | null>(null);

  const switchTo = (next: User) => {
    signIn(next).then(
      () => setUser(next),
      (reason: unknown) => setError(String(reason)),
    );
  };
  useEffect(() => switchTo('ana'), []);

  return (
    <div>
      <p>{user ? `Signed in as ${names[user]}` : 'Signing in…'}</p>
      {user === 'ana' && (
        <button type="button" onClick={() => switchTo('ben')}>
          Sign in as Ben
        </button>
      )}
      {error && <p role="alert">{error}</p>}
      {user && <SupportChat key={user} />}
    </div>
  );
}
