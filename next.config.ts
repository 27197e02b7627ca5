import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (part of npm test) over the whole project, tests included;
  // the build does not repeat it, so `npm start` builds faster and never fails on a test file's types.
  typescript: { ignoreBuildErrors: true },
  // forbidden() and app/forbidden.tsx give a real 403 page for a role's wrong door.
  experimental: { authInterrupts: true },
  // The Prisma client runs through the pg driver adapter; keep pg out of the bundle.
  serverExternalPackages: ["pg", "@node-rs/argon2"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
