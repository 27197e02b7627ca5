import "server-only";
import type { PrismaClient } from "./generated/prisma/client";
import { createPrismaClient } from "./prisma-client";

export type Db = PrismaClient;
/** The client handed to work inside `db().$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { stegvisPrisma?: PrismaClient };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL saknas: starta appen med npm start, som sätter den.");
  return url;
}

/** The app's one Prisma client; created on first use so that building needs no database. */
export function db(): PrismaClient {
  globalForPrisma.stegvisPrisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.stegvisPrisma;
}
