import "server-only";
import { displayName } from "@/lib/format/participant-name";
import { isoDay } from "@/lib/format/date";
import { providerSeesEndedFrom } from "@/lib/rules";
import { recordReads } from "../audit";
import { hostPlacementScope, placementScope, policies } from "../authz";
import { today } from "../clock";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { NoticeKind } from "../generated/prisma/enums";
import type { SessionUser } from "../session-user";

/** The most notices the page shows: the unread first, then the newest read. */
export const NOTICES_SHOWN = 100;

/** How many unread notices the user has (the header's count). */
export async function countUnreadNotices(user: SessionUser): Promise<number> {
  if (!policies.manageOwnNotices(user)) return 0;
  return db().notice.count({ where: { userId: user.id, readAt: null } });
}

/** The placements the user may open row by row today: a host's window, a case officer's unit; nobody else. */
function openableNow(user: SessionUser): Prisma.PlacementWhereInput {
  return user.role === "ANORDNARE" ? hostPlacementScope(user, providerSeesEndedFrom(today())) : placementScope(user);
}

const PLACEMENT_PAGE: Partial<Record<SessionUser["role"], string>> = { HANDLAGGARE: "/handlaggare/placeringar/", ANORDNARE: "/anordnare/placeringar/" };

export type NoticeView = {
  id: string;
  kind: NoticeKind;
  dueOn: string | null;
  createdAt: Date;
  read: boolean;
  /** The participant as the reader may see them named, and the provider; null when the placement is not the reader's to open now. */
  subject: { participant: string; provider: string; href: string } | null;
  /** For a coordinator's escalation: the unit, which is all the notice may say. */
  unitName: string | null;
};

/**
 * The user's notices, the unread first. The participant is named at reading time, through the
 * reader's scope today (a placement that has left it is shown without a name or a link), by
 * `displayName` (a protected identity is never named to a host); each participant named is an audited read.
 */
export async function listNotices(user: SessionUser): Promise<NoticeView[]> {
  if (!policies.manageOwnNotices(user)) return [];
  return db().$transaction(async (tx) => {
    const notices = await tx.notice.findMany({
      where: { userId: user.id },
      orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
      take: NOTICES_SHOWN,
      select: { id: true, kind: true, dueOn: true, createdAt: true, readAt: true, placementId: true, placement: { select: { unit: { select: { name: true } } } } },
    });
    const placementIds = [...new Set(notices.map((n) => n.placementId))];
    const openable = await tx.placement.findMany({
      where: { AND: [{ id: { in: placementIds } }, openableNow(user)] },
      select: {
        id: true,
        provider: { select: { name: true } },
        participant: { select: { id: true, firstName: true, lastName: true, protectedIdentity: true, caseNumber: true } },
      },
    });
    await recordReads(tx, user, "Participant", [...new Set(openable.map((p) => p.participant.id))], "notices");
    const byId = new Map(openable.map((p) => [p.id, p]));
    const page = PLACEMENT_PAGE[user.role];
    return notices.map((n) => {
      const placement = byId.get(n.placementId);
      return {
        id: n.id,
        kind: n.kind,
        dueOn: n.dueOn ? isoDay(n.dueOn) : null,
        createdAt: n.createdAt,
        read: n.readAt !== null,
        subject: placement && page ? { participant: displayName(placement.participant, user), provider: placement.provider.name, href: `${page}${placement.id}` } : null,
        unitName: n.kind === "FOLLOW_UP_ESCALATED" ? n.placement.unit.name : null,
      };
    });
  });
}

/** Whether the user gets the daily digest. */
export async function digestChoice(user: SessionUser): Promise<boolean> {
  const { noticeDigest } = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { noticeDigest: true } });
  return noticeDigest;
}
