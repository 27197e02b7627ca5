// How a sampled access reads to its reviewer and in the admin's follow-up.
import { describeAccess } from "./access-description";
import { maskPersonalNumber } from "./personal-number";

type AccessAction = Parameters<typeof describeAccess>[0]["action"];

/** The access's events as the participant's access-log extract says them, once each: ["Öppnade deltagarens ärende", …]. */
export function describeSampledAccess(views: readonly string[]): string[] {
  const lines = views.map((code) => {
    const [action, view] = code.split(":", 2) as [AccessAction, string | undefined];
    return describeAccess({ action, entity: "Participant", changes: view ? { view } : null });
  });
  return [...new Set(lines)];
}

export const RELATION_LABELS: Record<string, string> = {
  RESPONSIBLE: "Ansvarig handläggare för deltagaren",
  UNIT: "Handläggare på deltagarens enhet",
  PROVIDER: "Anordnare med en pågående placering den dagen",
  NONE: "Ingen koppling i Stegvis",
};

type Reviewed = { firstName: string; lastName: string; protectedIdentity: boolean; caseNumber: number; personalIdentityNumber: string };

/**
 * The participant as the reviewer sees them: name and masked personnummer, or only the case number when the
 * identity is protected; the reviewer judges the access, and the case number is enough to look the case up.
 */
export function reviewedParticipant(p: Reviewed): { name: string; personalNumber: string | null } {
  if (p.protectedIdentity) return { name: `Ärende ${p.caseNumber} (skyddad identitet)`, personalNumber: null };
  return { name: `${p.firstName} ${p.lastName}`, personalNumber: maskPersonalNumber(p.personalIdentityNumber) };
}
