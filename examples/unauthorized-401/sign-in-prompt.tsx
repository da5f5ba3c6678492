import { useState } from 'react';

interface Props {
  signInUrl: string;
  onSignedIn: () => void;
}

// Your sign-in UI: one button stands in for your sign-in page here.
export function SignInPrompt({ signInUrl, onSignedIn }: Props) {
  const [error, setError] = useState<string | null>(null);

  async function signIn() {
    // With credentials, the browser keeps the cookie the answer sets, even
    // when your API is on another origin.
    const res = await fetch(signInUrl, { method: 'POST', credentials: 'include' });
    if (res.ok) onSignedIn();
    else setError(`Sign-in failed: HTTP ${res.status}`);
  }

  return (
    <section aria-label="Sign in" style={{ padding: 16 }}>
      <p>Sign in to use the chat.</p>
      <button type="button" onClick={() => void signIn()}>
        Sign in
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
