import "server-only";
import { db } from "../db";
import { programmeOptions } from "../programmes";

/** The choices of the dashboard's filter form's lists: programmes and units. Providers are searched (provider-filter.ts). */
export async function dashboardFilterOptions() {
  const [programmes, units] = await Promise.all([programmeOptions(), db().unit.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } })]);
  return { programmes, units: units.map((u) => ({ value: u.id, label: u.name })) };
}
