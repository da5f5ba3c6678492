import { ClientOnly } from './client-only';
import ThemedChat from './themed-chat';

// In Next.js's App Router this stays a server component: the two files
// it imports are client components.
export default function SupportPage() {
  return (
    <section>
      <h1>Support</h1>
      <ClientOnly fallback={<p>Loading the chat…</p>}>
        <ThemedChat />
      </ClientOnly>
    </section>
  );
}
