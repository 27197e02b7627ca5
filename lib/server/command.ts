import "server-only";
import { db, type Tx } from "./db";
import type { Refusal, Result } from "./result";

/** Carries a refusal out of the transaction callback, so that everything written before it is rolled back. */
class Rollback {
  constructor(readonly refusal: Refusal) {}
}

/** A promise the database keeps and a race can break: which one, by its PostgreSQL code and constraint name. */
export type DatabaseRefusal = { code: string; constraint: string | null };

/** The PostgreSQL error inside whatever Prisma and the pg adapter wrapped around it, if any. */
export function databaseRefusal(error: unknown): DatabaseRefusal | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const record = e as { code?: unknown; originalCode?: unknown; constraint?: unknown; message?: unknown; meta?: { driverAdapterError?: unknown } };
    const code = [record.originalCode, record.code].find((c): c is string => typeof c === "string" && /^[0-9A-Z]{5}$/.test(c));
    if (code) {
      const named = typeof record.constraint === "string" ? record.constraint : null;
      const fromMessage = typeof record.message === "string" ? /constraint "([^"]+)"/.exec(record.message)?.[1] ?? null : null;
      return { code, constraint: named ?? fromMessage };
    }
    if (record.meta?.driverAdapterError) {
      const inner = databaseRefusal(record.meta.driverAdapterError);
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * Runs one command in one transaction. A refusal returned from `work` rolls back everything it wrote;
 * a database refusal that `explain` recognises (a unique key or the no-overlap constraint lost to a
 * parallel request) becomes a refusal too. Anything else is a fault and is thrown.
 */
export async function inTransaction<T>(
  work: (tx: Tx) => Promise<Result<T>>,
  explain: (refusal: DatabaseRefusal) => Refusal | null = () => null,
): Promise<Result<T>> {
  try {
    return await db().$transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.refusal;
    const refusal = databaseRefusal(error);
    const explained = refusal ? explain(refusal) : null;
    if (explained) return explained;
    throw error;
  }
}
