/**
 * Stands in for the `tldts` package in the sandbox frame's bundle (aliased in src/site.ts). Its users
 * there are tough-cookie and the sandbox's cookie jar, asking for a host's registrable domain. The full
 * public-suffix list would cost about 40 KB gzip in every frame, while a sandbox only meets the site's
 * own host and the example hosts its worlds play (`app.example.com`). Without the list, a name's last
 * two labels are its registrable domain; an IP address or a single-label host such as `localhost` is its
 * own.
 */
export function getDomain(hostname: string): string | null {
  if (hostname === '') return null;
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':') || !hostname.includes('.')) return hostname;
  return hostname.split('.').slice(-2).join('.');
}
