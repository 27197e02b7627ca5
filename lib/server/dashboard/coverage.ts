// Not "server-only": the bench (scripts) builds the same coverage for its hand-written SQL.
import type { Gender } from "@/lib/domain/vocabulary";

/**
 * What a coordinator's figures cover, from their scope grants: the whole country, or the participants
 * of some units and the participants living in some municipalities. No grant → null → no figures.
 */
export type Coverage = { national: true } | { national: false; unitIds: string[]; municipalityCodes: string[] };

export type ScopeGrant = { unitId: string | null; municipalityCode: string | null; national: boolean };

/** The coverage the grants give; null when there are none. */
export function coverageOf(grants: readonly ScopeGrant[]): Coverage | null {
  if (grants.length === 0) return null;
  if (grants.some((g) => g.national)) return { national: true };
  return {
    national: false,
    unitIds: grants.flatMap((g) => (g.unitId ? [g.unitId] : [])),
    municipalityCodes: grants.flatMap((g) => (g.municipalityCode ? [g.municipalityCode] : [])),
  };
}

/** The dashboard's gender groups: "other" and "unknown" together, so that the smallest groups are not split further. */
export const GENDER_GROUPS = ["F", "M", "O"] as const;
export type GenderGroup = (typeof GENDER_GROUPS)[number];
export const GENDER_GROUP_LABELS: Record<GenderGroup, string> = { F: "Kvinnor", M: "Män", O: "Annat eller okänt" };
export const genderGroup = (gender: Gender): GenderGroup => (gender === "FEMALE" ? "F" : gender === "MALE" ? "M" : "O");
