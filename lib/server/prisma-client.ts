// The Prisma client factory, free of "server-only" so scripts (migrate, seed, tests) can use it too.
import { PrismaPg } from "@prisma/adapter-pg";
import type { Transaction } from "@prisma/driver-adapter-utils";
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

/**
 * Makes a transaction's statements wait for each other. A transaction holds one pg connection, and
 * Prisma 7's query interpreter sends independent statements of one operation at once (a list and its
 * relations, the rows of a nested write); pg queues them itself but calls that deprecated, and pg 9
 * refuses it. Savepoints go through `executeRaw`, so they take their turn too.
 */
export function oneStatementAtATime(transaction: Transaction): Transaction {
  let previous: Promise<unknown> = Promise.resolve();
  const inTurn =
    <R>(run: (query: Parameters<Transaction["queryRaw"]>[0]) => Promise<R>) =>
    (query: Parameters<Transaction["queryRaw"]>[0]): Promise<R> => {
      const result = previous.then(() => run(query));
      previous = result.catch(() => undefined);
      return result;
    };
  transaction.queryRaw = inTurn(transaction.queryRaw.bind(transaction));
  transaction.executeRaw = inTurn(transaction.executeRaw.bind(transaction));
  return transaction;
}

/** The pg driver adapter, with every transaction it starts taking its statements in turn. */
class PrismaPgInTurn extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => oneStatementAtATime(await startTransaction(isolationLevel));
    return adapter;
  }
}

/** A Prisma client over the pg driver adapter (no engine binary needed). */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPgInTurn({ connectionString, max: poolMax() }) });
}
