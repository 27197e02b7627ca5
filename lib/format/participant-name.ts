import type { ROLE_LABELS } from "./roles";

type Viewer = { role: keyof typeof ROLE_LABELS };
type Named = { firstName: string; lastName: string; protectedIdentity: boolean; caseNumber: number };

/** The first letter of a name, as a capital with a full stop: "åsa" → "Å.". */
const initial = (name: string) => {
  const first = Array.from(name.trim())[0];
  return first ? `${first.toLocaleUpperCase("sv-SE")}.` : "";
};

/**
 * How a participant is named to a viewer. Protected identity (skyddad identitet): only the case
 * officers who hold the case see the name; everyone else sees initials and the case number, so
 * nobody at the host workplace can tell who the person is. (Personnummer is never part of a name.)
 */
export function displayName(participant: Named, viewer: Viewer): string {
  if (participant.protectedIdentity && viewer.role !== "HANDLAGGARE") {
    const initials = [initial(participant.firstName), initial(participant.lastName)].filter(Boolean).join(" ");
    return `${initials} (Ärende ${participant.caseNumber})`;
  }
  return `${participant.firstName} ${participant.lastName}`;
}
