import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/request-guard";

/**
 * HSTS: once a browser has reached the app over https, it never tries plain http for two years. Browsers
 * ignore it on an http response, so a demo on http://localhost is not affected.
 */
const strictTransportSecurity = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(process.env.NODE_ENV === "production" ? [strictTransportSecurity] : []),
];

// Pages get their policy, with a nonce, from proxy.ts; API answers (JSON) are never to be run or framed.
const apiHeaders = [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (part of npm test) over the whole project, tests included;
  // the build does not repeat it, so `npm start` builds faster and never fails on a test file's types.
  typescript: { ignoreBuildErrors: true },
  // forbidden() and app/forbidden.tsx give a real 403 page for a role's wrong door.
  // The body limit: proxy.ts refuses a larger declared length with 413; Next stops a larger streamed body.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES } },
  // The Prisma client runs through the pg driver adapter; keep pg out of the bundle, and the PDF renderer (its layout engine is WebAssembly).
  serverExternalPackages: ["pg", "@node-rs/argon2", "@react-pdf/renderer"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: apiHeaders },
    ];
  },
};

export default nextConfig;
