// next.config.ts: cross-origin isolation only on the pages that use
// SharedArrayBuffer. Pages that embed ChatKit, like /support, get no COEP.
const crossOriginIsolation = [
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' },
];

const nextConfig = {
  async headers() {
    return [{ source: '/editor/:path*', headers: crossOriginIsolation }];
  },
};

export default nextConfig;
