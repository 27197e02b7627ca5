// The Prisma client factory, free of "server-only" so scripts (migrate, seed, tests) can use it too.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

/**
 * The most connections one client opens: DATABASE_POOL_MAX, else pg's default (10). The embedded
 * database runs every connection on one PostgreSQL session, where two connections' statements can
 * interleave; `npm start` therefore sets 1 for it.
 */
function poolMax(): number | undefined {
  const value = Number(process.env.DATABASE_POOL_MAX);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** A Prisma client over the pg driver adapter (no engine binary needed). */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolMax() }) });
}
