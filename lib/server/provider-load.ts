import "server-only";
import { dayToDate } from "@/lib/format/date";
import type { Db, Tx } from "./db";

type Reader = Pick<Db | Tx, "placement">;

/**
 * How many places each provider has taken on `today`: placements that are not cancelled or ended
 * and have not passed their end. Counted in the database, one grouped query for any number of providers.
 */
export async function providerLoad(reader: Reader, providerIds: string[], today: string): Promise<Map<string, number>> {
  if (providerIds.length === 0) return new Map();
  const rows = await reader.placement.groupBy({
    by: ["providerId"],
    where: { providerId: { in: providerIds }, status: { in: ["PLANNED", "ACTIVE"] }, plannedEndDate: { gte: dayToDate(today) }, actualEndDate: null },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.providerId, row._count._all]));
}
