// Demo proposals from the demo anordnare to the demo case officer, one of each state: computed from the
// other seed rows and `today` alone, so the same day gives the same rows.
import type { Prisma } from "../../lib/server/generated/prisma/client";
import { DEMO_USERS } from "../demo-users";
import { addDays, dbDate, instant, type IsoDate } from "./dates";
import { seedId } from "./ids";
import type { SeedData } from "./plan";

const iso = (date: Date | string) => (typeof date === "string" ? date.slice(0, 10) : date.toISOString().slice(0, 10));

export interface ProposalSeed {
  proposals: Prisma.PlacementProposalCreateManyInput[];
  /** A replaced proposal's link, written once its successor exists. */
  links: { id: string; replacedById: string }[];
  events: Prisma.PlacementEventCreateManyInput[];
  /** Placements whose hours the accepted proposal changed. */
  hours: { placementId: string; hoursPerWeek: number }[];
}

/**
 * On the running placements the demo anordnare supervises: an extension waiting (replacing an earlier
 * one), new hours waiting, an extension rejected with the officer's reason, an earlier end withdrawn,
 * and new hours accepted (the placement has them, and its history says so).
 */
export function buildProposals(data: SeedData, today: IsoDate): ProposalSeed {
  const seed: ProposalSeed = { proposals: [], links: [], events: [], hours: [] };
  const email = (role: "HANDLAGGARE" | "ANORDNARE") => DEMO_USERS.find((u) => u.role === role)!.email;
  const userId = (address: string) => data.users.find((u) => u.row.email === address)?.row.id;
  const [officerId, hostId] = [userId(email("HANDLAGGARE")), userId(email("ANORDNARE"))];
  const supervisor = data.supervisors.find((s) => s.userId === hostId);
  if (!officerId || !hostId || !supervisor) return seed;
  const officersOwn = new Set(data.participants.filter((p) => p.responsibleOfficerId === officerId).map((p) => p.id));
  const running = data.placements
    .filter((p) => p.supervisorId === supervisor.id && p.status === "ACTIVE" && iso(p.plannedEndDate) > today)
    .sort((a, b) => Number(officersOwn.has(b.participantId)) - Number(officersOwn.has(a.participantId)) || String(a.id).localeCompare(String(b.id)));
  const [first, second, third] = running;
  if (!first) return seed;

  const base = (key: string, placement: Prisma.PlacementCreateManyInput, daysAgo: number) => ({
    id: seedId(`proposal:${key}`),
    placementId: placement.id!,
    authorId: hostId,
    createdAt: instant(addDays(today, -daysAgo), 10),
    updatedAt: instant(addDays(today, -daysAgo), 10),
  });
  const end = (p: Prisma.PlacementCreateManyInput, days: number) => dbDate(addDays(iso(p.plannedEndDate), days));

  const replaced = { ...base("replaced", first, 9), kind: "EXTEND" as const, newEndDate: end(first, 14), reasonCode: "ILLNESS" as const, justification: "Deltagaren var sjuk två veckor i början och behöver ta igen den tiden.", status: "REPLACED" as const, version: 2 };
  const waiting = { ...base("waiting-extension", first, 3), kind: "EXTEND" as const, newEndDate: end(first, 30), reasonCode: "ILLNESS" as const, justification: "Deltagaren var sjuk två veckor och behöver dessutom tid att ta truckkort.", status: "WAITING" as const };
  seed.proposals.push(replaced, waiting);
  seed.links.push({ id: replaced.id, replacedById: waiting.id });
  seed.proposals.push({ ...base("withdrawn", first, 20), kind: "END_EARLY", newEndDate: end(first, -14), reasonCode: "GOT_JOB", justification: "Deltagaren kunde få ett sommarjobb, men det blev inte av.", status: "WITHDRAWN", withdrawnAt: instant(addDays(today, -18), 15), version: 2 });

  if (second) {
    seed.proposals.push({ ...base("waiting-hours", second, 1), kind: "CHANGE_TERMS", hoursPerWeek: Math.min(40, (second.hoursPerWeek ?? 20) + 5), reasonCode: "OTHER", justification: "Deltagaren orkar mer nu och vill gärna gå upp i tid.", status: "WAITING" });
  }
  const rejectedOn = third ?? second ?? first;
  seed.proposals.push({
    ...base("rejected", rejectedOn, 25),
    kind: "EXTEND",
    newEndDate: end(rejectedOn, 60),
    reasonCode: "OTHER",
    justification: "Vi vill gärna ha kvar deltagaren över sommaren.",
    status: "REJECTED",
    answerReason: "Målen i handlingsplanen nås till planerat slutdatum. Vi tar upp en ny period vid nästa uppföljning om det behövs.",
    answeredById: officerId,
    answeredAt: instant(addDays(today, -23), 11),
    version: 2,
  });

  const acceptedOn = third ?? first;
  const before = acceptedOn.hoursPerWeek ?? 20;
  const after = before > 10 ? before - 5 : before + 5;
  const accepted = { ...base("accepted-hours", acceptedOn, 12), kind: "CHANGE_TERMS" as const, hoursPerWeek: after, reasonCode: "ILLNESS" as const, justification: "Deltagaren behöver kortare dagar en tid efter en sjukskrivning.", status: "ACCEPTED" as const, answeredById: officerId, answeredAt: instant(addDays(today, -11), 9), version: 2 };
  seed.proposals.push(accepted);
  seed.hours.push({ placementId: acceptedOn.id!, hoursPerWeek: after });
  seed.events.push({
    id: seedId("event:accepted-hours"),
    placementId: acceptedOn.id!,
    kind: "TERMS_CHANGED",
    date: dbDate(addDays(today, -11)),
    byId: officerId,
    reason: `Timmar per vecka ${before} → ${after}. Förslag från anordnaren: ${accepted.justification}`,
    proposalId: accepted.id,
    createdAt: accepted.answeredAt,
  });
  return seed;
}
