// Not "server-only": `npm run gallring` runs it from a script, outside Next.
import { isoDay } from "@/lib/format/date";
import { RETENTION, dueForRetention, retentionCutoff, type IsoDate } from "@/lib/rules";
import type { PrismaClient } from "../generated/prisma/client";
import { closeParticipantLogins } from "../participant-access/close-logins";
import type { Role } from "../generated/prisma/enums";
import { anonymisingStatements } from "./personal-data";

type Env = Record<string, string | undefined>;

/** STEGVIS_RETENTION_YEARS, whole years of at least RETENTION.minYears; the default otherwise. */
export function retentionYears(env: Env = process.env): number {
  const raw = env.STEGVIS_RETENTION_YEARS?.trim();
  if (!raw) return RETENTION.defaultYears;
  const years = Number(raw);
  if (!Number.isInteger(years) || years < RETENTION.minYears) {
    throw new Error(`STEGVIS_RETENTION_YEARS måste vara ett helt antal år, minst ${RETENTION.minYears} (fick "${raw}").`);
  }
  return years;
}

/** A participant retention takes: shown by case number and unit only, never by name. */
export type RetentionItem = { id: string; caseNumber: number; unit: string; lastActivity: IsoDate };

export type RetentionRun = { cutoff: IsoDate; years: number; dryRun: boolean; participants: RetentionItem[] };

async function candidates(prisma: Pick<PrismaClient, "participant">, cutoff: IsoDate): Promise<RetentionItem[]> {
  const rows = await prisma.participant.findMany({
    // Registered after the cut-off, nobody can be due; the rule decides the rest.
    where: { anonymisedAt: null, createdAt: { lt: new Date(`${cutoff}T00:00:00Z`) } },
    orderBy: { caseNumber: "asc" },
    select: {
      id: true,
      caseNumber: true,
      createdAt: true,
      unit: { select: { name: true } },
      placements: { select: { status: true, plannedEndDate: true, actualEndDate: true } },
    },
  });
  return rows.flatMap((p) => {
    const ends = p.placements.map((pl) => isoDay(pl.actualEndDate ?? pl.plannedEndDate)).sort();
    const candidate = {
      openPlacements: p.placements.filter((pl) => pl.status === "PLANNED" || pl.status === "ACTIVE").length,
      lastPlacementEnd: ends.at(-1) ?? null,
      registeredOn: isoDay(p.createdAt),
    };
    return dueForRetention(candidate, cutoff) ? [{ id: p.id, caseNumber: p.caseNumber, unit: p.unit.name, lastActivity: candidate.lastPlacementEnd ?? candidate.registeredOn }] : [];
  });
}

/**
 * Retention (gallring): participants whose last placement ended more than `years` years before
 * `today` (none planned or running) are anonymised: every personal column of theirs that
 * `PERSONAL_DATA` lists is replaced (name, personnummer, every free text and note), and the audit
 * events about them and their records keep who, what and when but lose their values. The rows and
 * their links stay, so statistics still count them. A dry run lists the same participants and
 * changes nothing. Their own logins close. Either way the run is audited, in one transaction.
 */
export async function runRetention(
  prisma: PrismaClient,
  options: { today: IsoDate; years: number; dryRun: boolean; operator: string; actor?: { id: string; role: Role } | null },
): Promise<RetentionRun> {
  const cutoff = retentionCutoff(options.today, options.years);
  // An admin's run is theirs in the log; a run from the command line names the operating-system user.
  const actor = options.actor ? { actorId: options.actor.id, actorRole: options.actor.role } : {};
  return prisma.$transaction(async (tx) => {
    const due = await candidates(tx, cutoff);
    const ids = due.map((p) => p.id);
    let loginsClosed = 0;
    if (!options.dryRun && ids.length > 0) {
      await tx.$executeRaw`UPDATE "Participant" SET "anonymisedAt" = now(), "version" = "version" + 1, "updatedAt" = now() WHERE "id" = ANY(${ids}::uuid[])`;
      for (const statement of anonymisingStatements(ids)) await tx.$executeRaw(statement);
      // Their own logins close as when an officer closes one: a session opened before must not outlive their data.
      loginsClosed = await closeParticipantLogins(tx, { participantId: { in: ids } });
      // The database's own narrow exception to the append-only log (ADR 0010); it refuses anyone not anonymised.
      await tx.$queryRaw`SELECT "redact_anonymised_audit"(${ids}::uuid[], ${options.actor?.id ?? null}::uuid, ${options.actor?.role ?? null}::"Role")`;
      await tx.auditEvent.createMany({
        data: ids.map((entityId) => ({ ...actor, action: "UPDATE" as const, entity: "Participant", entityId, changes: { anonymised: true, retentionYears: options.years, cutoff } })),
      });
    }
    await tx.auditEvent.create({
      data: {
        ...actor,
        action: options.dryRun ? "READ" : "UPDATE",
        entity: "Retention",
        changes: { dryRun: options.dryRun, years: options.years, cutoff, count: ids.length, caseNumbers: due.map((p) => p.caseNumber), loginsClosed, operator: options.operator },
      },
    });
    return { cutoff, years: options.years, dryRun: options.dryRun, participants: due };
  });
}
