import { inject } from "vitest";

// lib/server/db.ts reads DATABASE_URL on first use: point it at this run's scratch database.
process.env.DATABASE_URL = inject("databaseUrl");
if (inject("databaseEmbedded")) process.env.DATABASE_POOL_MAX = "1";
