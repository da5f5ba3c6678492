// Your app's sign-in, in the browser: whatever gives you the signed-in user's access token.
export async function getAccessToken(): Promise<string> {
  return 'demo-user-token';
}
