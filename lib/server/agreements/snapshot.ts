import "server-only";
import { isoDay } from "@/lib/format/date";
import { followUpCadence, followUpPlan, maxPeriod } from "@/lib/rules";
import type { Tx } from "../db";
import { customProgrammes } from "../programmes";

const contact = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(", ") || null;

/**
 * What an agreement version takes from its placement as it is now: the period with the rule that allows
 * it, the supervisor and the case officer to call, and the follow-up plan by the placement's cadence.
 * The parties approve these as written in the version; a later change of the placement writes a new version.
 */
export async function placementSnapshot(tx: Tx, placementId: string) {
  const p = await tx.placement.findUniqueOrThrow({
    where: { id: placementId },
    select: {
      programme: true,
      kind: true,
      mode: true,
      decisionDate: true,
      startDate: true,
      plannedEndDate: true,
      actualEndDate: true,
      hoursPerWeek: true,
      tasks: true,
      supervisor: { select: { name: true, title: true, phone: true, email: true } },
      decidedBy: { select: { name: true, phone: true, email: true } },
      participant: { select: { jobCompensableDays: true, responsibleOfficer: { select: { name: true, phone: true, email: true } } } },
    },
  });
  const limit = maxPeriod({
    programme: p.programme,
    kind: p.kind,
    startDate: isoDay(p.startDate),
    decisionDate: isoDay(p.decisionDate),
    jobCompensableDays: p.participant.jobCompensableDays ?? undefined,
    customProgrammes: await customProgrammes(tx),
  });
  const officer = p.participant.responsibleOfficer ?? p.decidedBy;
  return {
    startDate: p.startDate,
    endDate: p.actualEndDate ?? p.plannedEndDate,
    periodRule: limit.explanation,
    supervisorName: p.supervisor?.name ?? null,
    supervisorContact: p.supervisor ? contact(p.supervisor.title, p.supervisor.phone, p.supervisor.email) : null,
    officerName: officer?.name ?? "Ingen handläggare angiven",
    officerContact: officer ? contact(officer.phone, officer.email) : null,
    /** Defaults for a first draft; the officer may write them otherwise. */
    defaults: {
      tasks: p.tasks,
      hoursPerWeek: p.hoursPerWeek,
      followUpPlan: followUpPlan(followUpCadence(p.kind, p.mode, isoDay(p.decisionDate))),
    },
  };
}

export type PlacementSnapshot = Awaited<ReturnType<typeof placementSnapshot>>;
