import "server-only";
import { isoDay } from "@/lib/format/date";
import { KIND_LABELS, placementStatusOn } from "@/lib/rules";
import { PLACEMENT_STATUS } from "@/lib/domain/vocabulary";
import { recordAudit } from "../audit";
import { participantScope, policies } from "../authz";
import { today } from "../clock";
import { db } from "../db";
import { CONSENT_COLUMNS, consentRefusalFor } from "../data-protection/consent";
import { customProgrammes, programmeOptions } from "../programmes";
import { providerLoad } from "../provider-load";
import type { SessionUser } from "../session-user";

/**
 * What the placement form needs for one participant: the participant's programme data for the live
 * limit, the latest period a new one can follow, the assessments a period can rest on, and the
 * active providers with their supervisors and how many places they have taken. Null when the
 * participant is outside this officer's scope (not found). The read of the participant is audited.
 */
export async function placementFormData(user: SessionUser, participantId: string) {
  const day = today();
  return db().$transaction(async (tx) => {
    const participant = await tx.participant.findFirst({
      where: { AND: [participantScope(user), { id: participantId }] },
      select: { id: true, unitId: true, firstName: true, lastName: true, programme: true, jobCompensableDays: true, ...CONSENT_COLUMNS },
    });
    if (!participant || !policies.registerPlacement(user, participant)) return null;

    const latest = await tx.placement.findFirst({
      where: { participantId: participant.id, status: { not: "CANCELLED" } },
      orderBy: { startDate: "desc" },
      select: {
        id: true,
        periodNumber: true,
        kind: true,
        status: true,
        startDate: true,
        plannedEndDate: true,
        actualEndDate: true,
        provider: { select: { name: true } },
        nextPlacement: { select: { id: true } },
      },
    });
    const assessments = await tx.individualAssessment.findMany({
      where: { participantId: participant.id, suitable: true },
      orderBy: { date: "desc" },
      select: { id: true, date: true, conclusion: true },
    });
    const providers = await tx.provider.findMany({
      where: { active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true, capacity: true, supervisors: { where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } } },
    });
    const load = await providerLoad(tx, providers.map((p) => p.id), day);
    const programmes = await programmeOptions(tx);
    const custom = await customProgrammes(tx);
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: participant.id, changes: { view: "placement-form" } });

    const latestPeriod =
      latest && !latest.nextPlacement
        ? (() => {
            const end = isoDay(latest.actualEndDate ?? latest.plannedEndDate);
            const status = placementStatusOn(latest.status, isoDay(latest.startDate), end, day);
            return {
              id: latest.id,
              label: `Period ${latest.periodNumber}: ${KIND_LABELS[latest.kind]} hos ${latest.provider.name}, ${isoDay(latest.startDate)}–${end} (${PLACEMENT_STATUS.labels[status].toLowerCase()})`,
            };
          })()
        : null;
    return {
      today: day,
      participant: {
        id: participant.id,
        name: `${participant.firstName} ${participant.lastName}`,
        programme: participant.programme,
        jobCompensableDays: participant.jobCompensableDays,
      },
      /** The same sentence the service refuses with: no new placement after a withdrawn consent. */
      consentRefusal: consentRefusalFor(participant),
      latestPeriod,
      assessments: assessments.map((a) => ({ value: a.id, label: `${isoDay(a.date)}: ${a.conclusion}` })),
      providers: providers.map((p) => ({ id: p.id, name: p.name, capacity: p.capacity, load: load.get(p.id) ?? 0, supervisors: p.supervisors })),
      programmes,
      customProgrammes: custom,
    };
  });
}

export type PlacementFormData = NonNullable<Awaited<ReturnType<typeof placementFormData>>>;
