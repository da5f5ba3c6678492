// next.config.ts: cross-origin isolation on every page, with COEP's
// credentialless value instead of require-corp.
const crossOriginIsolation = [
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Embedder-Policy', value: 'credentialless' },
];

const nextConfig = {
  async headers() {
    return [{ source: '/:path*', headers: crossOriginIsolation }];
  },
};

export default nextConfig;
