"use client";

import { FailureNotice } from "@/components/layout/failure-notice";
import "./globals.css";

// Shown when the root layout itself fails; it replaces the whole document.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="sv">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900">
        <main className="mx-auto max-w-6xl px-4 py-8">
          <FailureNotice onRetry={reset} />
        </main>
      </body>
    </html>
  );
}
