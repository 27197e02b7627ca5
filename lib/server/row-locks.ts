import "server-only";
import type { Tx } from "./db";

/*
 * Row locks taken first in a command's transaction, so that two commands on the same record (a double
 * submit, two officers at once) run one after the other and the second sees what the first wrote.
 */

export async function lockParticipant(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "Participant" WHERE "id" = ${id}::uuid FOR UPDATE`;
}

export async function lockProvider(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "Provider" WHERE "id" = ${id}::uuid FOR UPDATE`;
}

export async function lockPlacement(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "Placement" WHERE "id" = ${id}::uuid FOR UPDATE`;
}
