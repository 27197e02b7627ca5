// Agreements for tests that need one as it stands at a given step: a draft, sent, or approved by all but the officer.
import type { PrismaClient } from "../../lib/server/generated/prisma/client";

export type AgreementStep = "draft" | "sent" | "awaitingOfficer";

/** Version 1 of the placement's agreement at `step`, written as the services would, with the placement's dates. */
export async function createAgreement(db: PrismaClient, data: { placementId: string; officerId: string; hostUserId: string; step: AgreementStep; sentOn: string }) {
  const p = await db.placement.findUniqueOrThrow({ where: { id: data.placementId } });
  const sent = data.step !== "draft";
  const version = await db.agreementVersion.create({
    data: {
      placementId: p.id,
      number: 1,
      effectiveFrom: p.startDate,
      purpose: "Pröva lagerarbete",
      goals: [{ category: "WORK_EXPERIENCE", description: "Arbeta fyra timmar om dagen" }],
      tasks: p.tasks,
      schedule: "Måndag–torsdag 8–13",
      hoursPerWeek: p.hoursPerWeek,
      startDate: p.startDate,
      endDate: p.plannedEndDate,
      periodRule: "Högst 6 månader",
      officerName: "Handläggare",
      followUpPlan: "Var fjärde vecka",
      createdById: data.officerId,
      sentOn: sent ? new Date(`${data.sentOn}T00:00:00Z`) : null,
      sentById: sent ? data.officerId : null,
    },
  });
  if (data.step === "awaitingOfficer") {
    await db.agreementApproval.createMany({
      data: [
        { versionId: version.id, placementId: p.id, party: "HOST", approvedById: data.hostUserId },
        { versionId: version.id, placementId: p.id, party: "PARTICIPANT", approvedById: data.officerId, onBehalfReason: "IN_PERSON" },
      ],
    });
  }
  return version;
}
