/** Your analytics: records one answered question on your server. */
export function trackAnswer(threadId: string | null): void {
  void fetch('/api/analytics', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ event: 'chat.answer', threadId }),
  });
}
