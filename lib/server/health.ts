import "server-only";
import { db } from "./db";

export async function databaseIsReachable(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
