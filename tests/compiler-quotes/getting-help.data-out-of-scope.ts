// content/getting-help.mdx: the source guide's debug snippet reads `data` outside the block that declares it.
export async function clientSecretFrom(res: Response, debug: { logSessionCreation: boolean }): Promise<string> {
  if (debug.logSessionCreation) {
    const data = await res.json();
    console.log('[DEBUG] Response has client_secret:', !!data.client_secret);
  }
  // @ts-expect-error
  return data.client_secret;
}
