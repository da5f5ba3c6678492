import type { ReactNode } from 'react';

// app/layout.tsx: chatkit.js defines <openai-chatkit>, which <ChatKit> waits for.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <title>Support</title>
        <script
          src="https://cdn.platform.openai.com/deployments/chatkit/chatkit.js"
          async
        />
      </head>
      <body>{children}</body>
    </html>
  );
}
