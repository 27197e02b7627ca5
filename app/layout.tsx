import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stegvis", template: "%s – Stegvis" },
  description: "Arbetsträning steg för steg: komma igång, på väg, nästan framme.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a href="#innehall" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Hoppa till innehållet
        </a>
        <SiteHeader />
        <main id="innehall" className="mx-auto max-w-6xl px-4 py-8" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
