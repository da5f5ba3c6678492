// The Content-Security-Policy header your server sends with each page
// (from headers() in next.config.js, a middleware, or your web server).
export const contentSecurityPolicy = ["default-src 'self'", "script-src 'self'"].join('; ');
