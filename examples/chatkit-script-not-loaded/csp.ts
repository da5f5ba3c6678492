const chatkitHost = 'https://cdn.platform.openai.com';

// The Content-Security-Policy header your server sends with each page
// (from headers() in next.config.js, a middleware, or your web server).
export const contentSecurityPolicy = [
  "default-src 'self'",
  // chatkit.js
  `script-src 'self' ${chatkitHost}`,
  // the chat's frame, which chatkit.js adds to the page
  `frame-src ${chatkitHost}`,
].join('; ');
