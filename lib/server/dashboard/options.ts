import "server-only";
import { db } from "../db";
import { programmeOptions } from "../programmes";

/** The choices of the dashboard's filter form: programmes, units and providers (names of organisations, never people). */
export async function dashboardFilterOptions() {
  const [programmes, units, providers] = await Promise.all([
    programmeOptions(),
    db().unit.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().provider.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    programmes,
    units: units.map((u) => ({ value: u.id, label: u.name })),
    providers: providers.map((p) => ({ value: p.id, label: p.name })),
  };
}
