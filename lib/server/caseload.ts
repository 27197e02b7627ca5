import "server-only";
import { isoDay } from "@/lib/format/date";
import { maskPersonalNumber } from "@/lib/format/personal-number";
import { CASELOAD_PAGE_SIZE, type CaseloadFilter, type CaseloadSearch, type CaseloadSort, type PlacementSituation } from "@/lib/validation/caseload-filter";
import { literally } from "./like-pattern";
import { recordReads } from "./audit";
import { participantScope, policies, ForbiddenError } from "./authz";
import { caseloadWarnings, NO_WARNINGS } from "./caseload-warnings";
import { today } from "./clock";
import { db, type Tx } from "./db";
import type { Prisma } from "./generated/prisma/client";
import type { SessionUser } from "./session-user";

const CURRENT = ["PLANNED", "ACTIVE"] as const;

/** Each situation excludes the ones before it, so every participant has exactly one. */
const SITUATION: Record<PlacementSituation, Prisma.ParticipantWhereInput> = {
  pagar: { placements: { some: { status: "ACTIVE" } } },
  planerad: { AND: [{ placements: { some: { status: "PLANNED" } } }, { placements: { none: { status: "ACTIVE" } } }] },
  avslutad: { AND: [{ placements: { some: { status: "ENDED" } } }, { placements: { none: { status: { in: [...CURRENT] } } } }] },
  ingen: { placements: { none: { status: { in: [...CURRENT, "ENDED"] } } } },
};

const BY_NAME: Prisma.ParticipantOrderByWithRelationInput[] = [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }];

/** Every order ends on the id, so that a page boundary never shows a participant twice or not at all. */
const ORDER: Record<CaseloadSort, Prisma.ParticipantOrderByWithRelationInput[]> = {
  namn: BY_NAME,
  steg: [{ currentStage: "asc" }, ...BY_NAME],
  program: [{ programme: "asc" }, ...BY_NAME],
  senast: [{ createdAt: "desc" }, { id: "desc" }],
};

/**
 * The personnummer that begin with `prefix`, as a range on the unique index: "19850312" → from "19850312"
 * up to (not including) "19850313". Prisma's `startsWith` casts the char(12) column to text, which no
 * index serves (EXPLAIN showed a sequential scan).
 */
export function numberPrefixRange(prefix: string): { gte: string; lt?: string } {
  const next = (BigInt(prefix) + 1n).toString().padStart(prefix.length, "0");
  return next.length > prefix.length ? { gte: prefix } : { gte: prefix, lt: next };
}

/**
 * A personnummer by its beginning; a name word anywhere in the first or the last name, whatever the
 * case (ILIKE '%word%', which the trigram indexes serve).
 */
function searchWhere(search: CaseloadSearch): Prisma.ParticipantWhereInput {
  if (search.by === "number") return { OR: search.prefixes.map((prefix) => ({ personalIdentityNumber: numberPrefixRange(prefix) })) };
  return {
    AND: search.words.map(literally).map((word) => ({
      OR: [{ firstName: { contains: word, mode: "insensitive" as const } }, { lastName: { contains: word, mode: "insensitive" as const } }],
    })),
  };
}

/**
 * How many ended placements each of these participants has. Counted for the page's ids only: Prisma's
 * `_count` on the list joins a count of every ended placement in the country (0.9 s at national scale).
 */
async function endedPlacementCounts(tx: Tx, participantIds: string[]): Promise<Map<string, number>> {
  if (participantIds.length === 0) return new Map();
  const groups = await tx.placement.groupBy({ by: ["participantId"], where: { participantId: { in: participantIds }, status: "ENDED" }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.participantId, g._count._all]));
}

/** The participants this filter selects, inside the officer's unit. */
export function caseloadWhere(user: SessionUser, filter: CaseloadFilter): Prisma.ParticipantWhereInput {
  const conditions: Prisma.ParticipantWhereInput[] = [participantScope(user)];
  if (filter.who === "mina") conditions.push({ responsibleOfficerId: user.id });
  if (filter.programme) conditions.push({ programme: filter.programme });
  if (filter.stage) conditions.push({ currentStage: filter.stage });
  if (filter.placement) conditions.push(SITUATION[filter.placement]);
  if (filter.search) conditions.push(searchWhere(filter.search));
  return { AND: conditions };
}

/**
 * One page of the case officer's caseload (their own participants, or their unit's) with the current
 * placement of each, and how many match in all. Only what the list shows leaves the database, and the
 * personnummer leaves this function masked. Every participant shown is recorded as read.
 */
export async function listCaseload(user: SessionUser, filter: CaseloadFilter) {
  if (!policies.viewCaseload(user)) throw new ForbiddenError("viewCaseload");
  const where = caseloadWhere(user, filter);
  return db().$transaction(async (tx) => {
    const total = await tx.participant.count({ where });
    const pages = Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE));
    const page = Math.min(filter.page, pages);
    const participants = await tx.participant.findMany({
      where,
      orderBy: ORDER[filter.sort],
      skip: (page - 1) * CASELOAD_PAGE_SIZE,
      take: CASELOAD_PAGE_SIZE,
      select: {
        id: true,
        personalIdentityNumber: true,
        firstName: true,
        lastName: true,
        programme: true,
        currentStage: true,
        protectedIdentity: true,
        // In progress before planned; of several planned, the first to start.
        placements: {
          where: { status: { in: [...CURRENT] } },
          orderBy: [{ status: "desc" }, { startDate: "asc" }],
          take: 1,
          select: { kind: true, status: true, startDate: true, plannedEndDate: true, provider: { select: { name: true } } },
        },
      },
    });
    const ended = await endedPlacementCounts(tx, participants.map((p) => p.id));
    await recordReads(tx, user, "Participant", participants.map((p) => p.id), "caseload");
    const warnings = await caseloadWarnings(tx, participants.map((p) => p.id), today());
    const rows = participants.map(({ personalIdentityNumber, placements, ...participant }) => {
      const current = placements[0];
      return {
        ...participant,
        maskedNumber: maskPersonalNumber(personalIdentityNumber),
        placement: current
          ? { kind: current.kind, status: current.status, startDate: isoDay(current.startDate), plannedEndDate: isoDay(current.plannedEndDate), providerName: current.provider.name }
          : null,
        endedPlacements: ended.get(participant.id) ?? 0,
        warnings: warnings.get(participant.id) ?? NO_WARNINGS,
      };
    });
    return { rows, total, page, pages };
  });
}

export type CaseloadPage = Awaited<ReturnType<typeof listCaseload>>;
export type CaseloadRow = CaseloadPage["rows"][number];
