import type { ProposalKind } from "@/lib/domain/vocabulary";

type Proposed = { kind: ProposalKind; newEndDate: string | null; newStartDate: string | null; hoursPerWeek: number | null; tasks: string | null };

/** What a proposal asks for, in one sentence: "Förläng till och med 2026-06-30". */
export function proposedChange(p: Proposed): string {
  switch (p.kind) {
    case "EXTEND":
      return `Förläng till och med ${p.newEndDate}`;
    case "END_EARLY":
      return `Avsluta tidigare, sista dag ${p.newEndDate}`;
    case "CHANGE_START":
      return `Börja ${p.newStartDate} i stället`;
    case "CHANGE_TERMS":
      return [p.hoursPerWeek !== null && `Ändra till ${p.hoursPerWeek} timmar per vecka`, p.tasks !== null && `Nya arbetsuppgifter: ${p.tasks}`].filter(Boolean).join(". ");
  }
}
