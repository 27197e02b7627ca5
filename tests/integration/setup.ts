import { afterEach, inject } from "vitest";

// lib/server/db.ts reads DATABASE_URL on first use: point it at this run's scratch database.
// On a server that is the app's own role, as in production; DATABASE_OWNER_URL is the role that migrated.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_OWNER_URL = inject("databaseOwnerUrl");
if (inject("databaseEmbedded")) process.env.DATABASE_POOL_MAX = "1";

// pg queues a query sent to a connection that is still running one, but deprecates it and pg 9
// refuses it: the test during which that happens fails. (Node says it once per process, so the first.)
const OVERLAPPING_QUERY = "when the client is already executing a query";
const overlapping: string[] = [];
process.on("warning", (warning) => {
  if (warning.name === "DeprecationWarning" && warning.message.includes(OVERLAPPING_QUERY)) overlapping.push(warning.stack ?? warning.message);
});
afterEach(() => {
  const seen = overlapping.splice(0);
  if (seen.length > 0) throw new Error(`Två frågor skickades samtidigt på samma databasanslutning:\n${seen.join("\n")}`);
});

// Single sign-on configured, as for an organisation that has it, so that its admin actions reach the database
// (nothing is fetched from the issuer until someone signs on).
process.env.OIDC_ISSUER ??= "https://idp.test.example";
process.env.OIDC_CLIENT_ID ??= "stegvis";
process.env.OIDC_CLIENT_SECRET ??= "hemligt";
