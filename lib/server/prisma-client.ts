// The Prisma client factory, free of "server-only" so scripts (migrate, seed, tests) can use it too.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

/** A Prisma client over the pg driver adapter (no engine binary needed). */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}
