/** Hosts that need no allowlist entry: local development works without one [I] starter-app#13. */
const alwaysAllowedHosts = ['localhost', '127.0.0.1'];

/** The bare hostname of `app.example.com`, `app.example.com:443` or `https://app.example.com/x`. */
export function hostnameOf(domain: string): string {
  const trimmed = domain.trim().toLowerCase();
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return trimmed;
  }
}

export const isLocalHost = (domain: string) => alwaysAllowedHosts.includes(hostnameOf(domain));

/** Exact hostname match only: the allowlist has no wildcards [I] chatkit-js#155. */
export function isDomainAllowed(domain: string, allowedDomains: readonly string[]): boolean {
  const host = hostnameOf(domain);
  if (host === '') return false;
  return isLocalHost(host) || allowedDomains.some((allowed) => hostnameOf(allowed) === host);
}
