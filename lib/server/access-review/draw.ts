// Not "server-only": `npm run access-review:draw` draws from a script, outside Next (and a job queue may later).
import { randomBytes } from "node:crypto";
import { ACCESS_REVIEW, monthAfter, type IsoDate } from "@/lib/rules";
import { recordAudit } from "../audit";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";

type Reader = Pick<PrismaClient, "$queryRaw">;

/** One access: everything one user did with one participant's data on one day (Swedish time). */
export type SampledAccess = {
  actorId: string;
  participantId: string;
  day: Date;
  firstAt: Date;
  lastAt: Date;
  eventIds: bigint[];
  views: string[];
  relation: "RESPONSIBLE" | "UNIT" | "PROVIDER" | "NONE";
  population: number;
};

const month = (iso: IsoDate) => Prisma.sql`(${iso}::date)::timestamp AT TIME ZONE 'Europe/Stockholm'`;

/**
 * The sample itself, a pure function of the log and the seed: the month's accesses to the participants of
 * the unit, by anyone (PDL cares who reached the unit's records, from whichever unit or workplace), ordered
 * by md5(seed, access) and cut at the sample size. Drawn again with the stored seed, it gives the same
 * accesses as long as the log has them. An access is a READ, CREATE, UPDATE or EXPORT event on the
 * participant by a person: every page or file that shows a participant writes such a read (ADR 0010).
 */
export async function selectAccessSample(reader: Reader, unitId: string, from: IsoDate, seed: string, size: number = ACCESS_REVIEW.sampleSize): Promise<SampledAccess[]> {
  return reader.$queryRaw<SampledAccess[]>`
    WITH accesses AS (
      SELECT e."actorId" AS "actorId", p.id AS "participantId", p."responsibleOfficerId", p."unitId",
             (e.at AT TIME ZONE 'Europe/Stockholm')::date AS day,
             min(e.at) AS "firstAt", max(e.at) AS "lastAt",
             array_agg(e.id ORDER BY e.at, e.id) AS "eventIds",
             array_agg(DISTINCT e.action::text || COALESCE(':' || (e.changes ->> 'view'), '')) AS views
        FROM "Participant" p
        JOIN "AuditEvent" e ON e.entity = 'Participant' AND e."entityId" = p.id::text
       WHERE p."unitId" = ${unitId}::uuid AND p."anonymisedAt" IS NULL
         AND e."actorId" IS NOT NULL AND e.action IN ('READ', 'CREATE', 'UPDATE', 'EXPORT')
         AND e.at >= ${month(from)} AND e.at < ${month(monthAfter(from))}
       GROUP BY 1, 2, 3, 4, 5
    ), drawn AS (
      SELECT a.*, count(*) OVER ()::int AS population
        FROM accesses a
       ORDER BY md5(${seed} || ':' || a."actorId"::text || ':' || a."participantId"::text || ':' || a.day::text), a."actorId", a."participantId", a.day
       LIMIT ${size}
    )
    SELECT d."actorId", d."participantId", d.day, d."firstAt", d."lastAt", d."eventIds", d.views, d.population,
           CASE WHEN d."responsibleOfficerId" = d."actorId" THEN 'RESPONSIBLE'
                WHEN u."unitId" = d."unitId" THEN 'UNIT'
                WHEN EXISTS (SELECT 1 FROM "Placement" pl
                              WHERE pl."participantId" = d."participantId" AND pl."providerId" = u."providerId" AND pl.status <> 'CANCELLED'
                                AND pl."startDate" <= d.day AND COALESCE(pl."actualEndDate", pl."plannedEndDate") >= d.day) THEN 'PROVIDER'
                ELSE 'NONE' END AS relation
      FROM drawn d JOIN "User" u ON u.id = d."actorId"
     ORDER BY d.day, d."firstAt", d."actorId", d."participantId"`;
}

/** A new seed: unpredictable before the draw, so nobody can tell in advance which of their accesses will be drawn. */
export const newSeed = () => randomBytes(16).toString("hex");

export type DrawnSample = { id: string; unitId: string; month: IsoDate; population: number; items: number; drawnNow: boolean };

/**
 * The unit's sample for `month` (a first day), drawn once: a second draw, or one racing this one, gets the
 * sample that exists. The draw and its audit event land together. `actor` is the user whose visit drew it,
 * or null for the script (the event then names the operating-system user).
 */
export async function drawAccessReviewSample(
  prisma: PrismaClient,
  unitId: string,
  from: IsoDate,
  actor: { id: string; role: Role; ip?: string } | null,
  operator?: string,
): Promise<DrawnSample> {
  return prisma.$transaction(async (tx) => {
    const existing = await existingSample(tx, unitId, from);
    if (existing) return existing;
    const seed = newSeed();
    const [inserted] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "AccessReviewSample" ("id", "unitId", "month", "seed", "population")
      VALUES (gen_random_uuid(), ${unitId}::uuid, ${from}::date, ${seed}, 0)
      ON CONFLICT ("unitId", "month") DO NOTHING RETURNING "id"`;
    // Another draw won the race (its transaction has committed, or this insert would still wait): take its sample.
    if (!inserted) return (await existingSample(tx, unitId, from))!;
    const accesses = await selectAccessSample(tx, unitId, from, seed);
    const population = accesses[0]?.population ?? 0;
    await tx.accessReviewSample.update({ where: { id: inserted.id }, data: { population } });
    await tx.accessReviewItem.createMany({
      data: accesses.map((a) => ({ sampleId: inserted.id, actorId: a.actorId, participantId: a.participantId, day: a.day, firstAt: a.firstAt, lastAt: a.lastAt, eventIds: a.eventIds, views: a.views, relation: a.relation })),
    });
    await recordAudit(tx, actor, {
      action: "CREATE",
      entity: "AccessReviewSample",
      entityId: inserted.id,
      changes: { unitId, month: from, seed, population, items: accesses.length, ...(operator ? { operator } : {}) },
    });
    return { id: inserted.id, unitId, month: from, population, items: accesses.length, drawnNow: true };
  });
}

async function existingSample(tx: Pick<PrismaClient, "accessReviewSample">, unitId: string, from: IsoDate): Promise<DrawnSample | null> {
  const sample = await tx.accessReviewSample.findUnique({
    where: { unitId_month: { unitId, month: new Date(`${from}T00:00:00Z`) } },
    select: { id: true, population: true, _count: { select: { items: true } } },
  });
  return sample && { id: sample.id, unitId, month: from, population: sample.population, items: sample._count.items, drawnNow: false };
}

/** Every unit's sample for `month`: what the script (and, later, a scheduled job) runs once a month. */
export async function drawAllAccessReviewSamples(prisma: PrismaClient, from: IsoDate, operator: string): Promise<DrawnSample[]> {
  const units = await prisma.unit.findMany({ select: { id: true }, orderBy: { name: "asc" } });
  const drawn: DrawnSample[] = [];
  for (const unit of units) drawn.push(await drawAccessReviewSample(prisma, unit.id, from, null, operator));
  return drawn;
}
