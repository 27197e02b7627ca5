// Builders for proposal tests: a proposal written straight to the database, for states the services reach only over time.
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import type { ProposalKind, ProposalReason, ProposalStatus } from "../../lib/server/generated/prisma/enums";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function createProposal(
  db: PrismaClient,
  data: {
    placementId: string;
    authorId: string;
    kind?: ProposalKind;
    newEndDate?: string;
    newStartDate?: string;
    hoursPerWeek?: number;
    tasks?: string;
    reasonCode?: ProposalReason;
    justification?: string;
    status?: ProposalStatus;
    createdAt?: Date;
  },
) {
  const kind = data.kind ?? "EXTEND";
  return db.placementProposal.create({
    data: {
      placementId: data.placementId,
      authorId: data.authorId,
      kind,
      newEndDate: data.newEndDate ? day(data.newEndDate) : kind === "EXTEND" || kind === "END_EARLY" ? day("2026-06-30") : null,
      newStartDate: data.newStartDate ? day(data.newStartDate) : null,
      hoursPerWeek: data.hoursPerWeek ?? null,
      tasks: data.tasks ?? null,
      reasonCode: data.reasonCode ?? "OTHER",
      justification: data.justification ?? "Behöver mer tid",
      status: data.status ?? "WAITING",
      createdAt: data.createdAt,
    },
  });
}
