import "server-only";
import { BUILT_IN_PROGRAMMES, checkProgramme, PROGRAMME_LABELS, type CustomProgramme } from "@/lib/rules";
import { db, type Db, type Tx } from "./db";

type Reader = Pick<Db | Tx, "customProgramme">;

/** The active configured programmes in the shape lib/rules takes. */
export async function customProgrammes(reader: Reader): Promise<CustomProgramme[]> {
  const rows = await reader.customProgramme.findMany({ where: { active: true }, orderBy: { name: "asc" } });
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    source: row.source,
    maxMonths: { ARBETSTRANING: row.maxMonthsArbetstraning, FORSTARKT_ARBETSTRANING: row.maxMonthsForstarkt },
  }));
}

/** Every programme a participant or placement can be registered in, for a select. */
export async function programmeOptions(reader: Reader = db()) {
  const custom = await customProgrammes(reader);
  return [
    ...BUILT_IN_PROGRAMMES.map((code) => ({ value: code, label: `${PROGRAMME_LABELS[code]} (${code})` })),
    ...custom.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` })),
  ];
}

/** The rules' refusal when `code` is not JOB, UGA, ETP or an active configured programme; null when it is. */
export async function programmeRefusal(reader: Reader, code: string): Promise<string | null> {
  return checkProgramme(code, await customProgrammes(reader))?.message ?? null;
}
