// Your app's sign-in, in the browser: whatever gives you the signed-in user's access token.
// It replaces the ChatKit session: your server now decides who is asking.
export async function getAccessToken(): Promise<string> {
  return 'demo-user-token';
}
