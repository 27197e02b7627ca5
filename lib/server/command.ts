import "server-only";
import { db, type Tx } from "./db";
import { conflict, type Refusal, type Result } from "./result";

/** Carries a refusal out of the transaction callback, so that everything written before it is rolled back. */
class Rollback {
  constructor(readonly refusal: Refusal) {}
}

/** A promise the database keeps and a race can break: which one, by its PostgreSQL code and constraint name. */
export type DatabaseRefusal = { code: string; constraint: string | null };

const constraintName = (record: Record<string, unknown>): string | null => {
  const { constraint, originalMessage, message } = record;
  if (typeof constraint === "string") return constraint;
  if (constraint && typeof constraint === "object") {
    const named = (constraint as { index?: unknown; name?: unknown }).index ?? (constraint as { name?: unknown }).name;
    if (typeof named === "string") return named;
  }
  const text = typeof originalMessage === "string" ? originalMessage : typeof message === "string" ? message : "";
  return /constraint "([^"]+)"/.exec(text)?.[1] ?? null;
};

/**
 * The PostgreSQL error inside whatever Prisma and the pg adapter wrapped around it, if any: Prisma's
 * driver-adapter error carries the SQLSTATE as `originalCode`; pg's own error as `code` beside `severity`.
 */
export function databaseRefusal(error: unknown): DatabaseRefusal | null {
  const queue: unknown[] = [error];
  for (let steps = 0; queue.length > 0 && steps < 12; steps++) {
    const record = queue.shift();
    if (!record || typeof record !== "object") continue;
    const r = record as Record<string, unknown>;
    if (typeof r.originalCode === "string") return { code: r.originalCode, constraint: constraintName(r) };
    if (typeof r.code === "string" && typeof r.severity === "string") return { code: r.code, constraint: constraintName(r) };
    queue.push(r.cause, (r.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError);
  }
  return null;
}

/** Said when a command waited too long for rows others were changing (a crowd on one record) and was rolled back. */
export const BUSY = "Många sparar på samma uppgifter just nu, så ingenting sparades. Vänta en stund och försök igen.";

/** Prisma's "the interactive transaction outlived its timeout" (it has been rolled back). */
const timedOut = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2028";

/**
 * Runs one command in one transaction. A refusal returned from `work` rolls back everything it wrote;
 * a database refusal that `explain` recognises (a unique key or the no-overlap constraint lost to a
 * parallel request) becomes a refusal too, and so does a transaction that timed out waiting for locks (BUSY).
 * Anything else is a fault and is thrown.
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
    if (timedOut(error)) return conflict(BUSY);
    const refusal = databaseRefusal(error);
    const explained = refusal ? explain(refusal) : null;
    if (explained) return explained;
    throw error;
  }
}
