import type { ReactNode } from 'react';

// app/layout.tsx: nothing on the page loads chatkit.js.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <title>Support</title>
      </head>
      <body>{children}</body>
    </html>
  );
}
