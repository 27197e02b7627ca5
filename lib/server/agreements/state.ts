import "server-only";
import { isoDay } from "@/lib/format/date";
import { agreementState, type AgreementState, type VersionFacts } from "@/lib/rules";
import { today } from "../clock";
import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";

/** A version with its approvals and who gave them, as every agreement read and command loads it. */
export const VERSION_WITH_APPROVALS = {
  include: {
    approvals: { orderBy: { approvedAt: "asc" }, include: { approvedBy: { select: { name: true } } } },
    createdBy: { select: { name: true } },
    sentBy: { select: { name: true } },
  },
} as const satisfies Prisma.AgreementVersionDefaultArgs;

export type VersionRow = Prisma.AgreementVersionGetPayload<typeof VERSION_WITH_APPROVALS>;

export const versionFacts = (v: Pick<VersionRow, "number" | "changeKind" | "sentOn" | "approvals">): VersionFacts => ({
  number: v.number,
  changeKind: v.changeKind,
  sentOn: v.sentOn ? isoDay(v.sentOn) : null,
  approvedBy: v.approvals.map((a) => a.party),
});

type PlacementDates = { status: string; startDate: Date; plannedEndDate: Date; actualEndDate: Date | null };

/** lib/rules' agreementState for a placement's versions (oldest first), today. */
export function stateOf(placement: PlacementDates, versions: readonly Pick<VersionRow, "number" | "changeKind" | "sentOn" | "approvals">[], day = today()): AgreementState {
  return agreementState({
    versions: versions.map(versionFacts),
    placement: { cancelled: placement.status === "CANCELLED", startDate: isoDay(placement.startDate), endDate: isoDay(placement.actualEndDate ?? placement.plannedEndDate) },
    today: day,
  });
}

/** The placement's versions, oldest first, with their approvals. */
export const versionsOf = (tx: Pick<Tx, "agreementVersion">, placementId: string) => tx.agreementVersion.findMany({ where: { placementId }, orderBy: { number: "asc" }, ...VERSION_WITH_APPROVALS });
