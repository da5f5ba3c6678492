// GET /login: your sign-in page, an HTML document like every page of your app.
export async function GET(): Promise<Response> {
  const html = `<!DOCTYPE html>
<html lang="en">
  <head><title>Sign in</title></head>
  <body><form method="post" action="/api/sign-in">…</form></body>
</html>`;
  return new Response(html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
