import { useEffect, useState } from 'react';

export interface User {
  id: string;
  name: string;
}

// Your app's sign-in: whatever tells you who is signed in, once it has loaded.
async function loadCurrentUser(): Promise<User> {
  return { id: 'user_123', name: 'Ada' };
}

/** The signed-in user, or null while it is still loading. */
export function useCurrentUser(): User | null {
  const [user, setUser] = useState<User | null>(null);
  useEffect(() => {
    let active = true;
    void loadCurrentUser().then((loaded) => {
      if (active) setUser(loaded);
    });
    return () => {
      active = false;
    };
  }, []);
  return user;
}
