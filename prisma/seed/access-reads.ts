// Reads of participants in the month before `today`, as the app would have logged them: what the
// logguppföljning samples. Plain rows from the seed's own data, so the same `today` gives the same rows.
import type { Prisma } from "../../lib/server/generated/prisma/client";
import { monthToReview } from "../../lib/rules";
import { instant, type IsoDate } from "./dates";
import { UNIT_IDS, type SeedData } from "./plan";
import { Rng } from "./random";

const VIEWS = ["caseload", "participant-case", "participant-case", "placement", "reveal-personal-number"];

/** Every participant of a unit read by its officers on a few days; one read by another unit's officer, who has no reason to. */
export function buildAccessReads(data: SeedData, today: IsoDate): Prisma.AuditEventCreateManyInput[] {
  const rng = new Rng(20261207);
  const month = monthToReview(today);
  const officersOf = (unitId: string) => data.users.filter((u) => u.row.role === "HANDLAGGARE" && u.row.unitId === unitId).map((u) => u.row.id!);
  const reads: Prisma.AuditEventCreateManyInput[] = [];
  for (const participant of data.participants) {
    const officers = officersOf(participant.unitId);
    for (let n = rng.int(1, 3); n > 0; n--) {
      const day = `${month.slice(0, 8)}${String(rng.int(1, 28)).padStart(2, "0")}`;
      reads.push({
        actorId: rng.pick(officers),
        actorRole: "HANDLAGGARE",
        action: "READ",
        entity: "Participant",
        entityId: participant.id!,
        changes: { view: rng.pick(VIEWS) },
        at: instant(day, rng.int(7, 15), rng.int(0, 59)),
      });
    }
  }
  const stranger = officersOf(UNIT_IDS.nkpg)[0];
  const visbyParticipant = data.participants.find((p) => p.unitId === UNIT_IDS.visby);
  if (stranger && visbyParticipant) {
    reads.push({ actorId: stranger, actorRole: "HANDLAGGARE", action: "READ", entity: "Participant", entityId: visbyParticipant.id!, changes: { view: "participant-case" }, at: instant(`${month.slice(0, 8)}14`, 21, 40) });
  }
  return reads;
}
