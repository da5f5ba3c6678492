// next.config.ts: cross-origin isolation, which the editor needs for
// SharedArrayBuffer, on every page of the site, the support chat's too.
const crossOriginIsolation = [
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' },
];

const nextConfig = {
  async headers() {
    return [{ source: '/:path*', headers: crossOriginIsolation }];
  },
};

export default nextConfig;
