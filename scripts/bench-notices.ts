// npm run bench:notices — times the daily notices and digests on the scale data (npm run db:scale) against
// the goal of issue 17: all users' daily notices within 60 s. DATABASE_URL names the scale database.
// Each run starts from no notices (the heaviest day), then runs again (the ordinary day: all known).
import { stockholmDay } from "../lib/format/date";
import { queueDigests } from "../lib/server/notices/digests";
import { generateNotices } from "../lib/server/notices/generate";
import { createPrismaClient } from "../lib/server/prisma-client";
import { scaleTarget } from "./db/scale/target";

const GOAL_SECONDS = 60;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, (performance.now() - started) / 1000];
}

const url = scaleTarget(process.env);
const prisma = createPrismaClient(url);
const day = process.env.STEGVIS_TODAY ?? stockholmDay();
try {
  const [placements, users] = await Promise.all([prisma.placement.count({ where: { status: "ACTIVE" } }), prisma.user.count({ where: { active: true } })]);
  await prisma.$executeRaw`DELETE FROM "DigestOutbox"`;
  await prisma.$executeRaw`DELETE FROM "Notice"`;
  const [made, first] = await timed(() => generateNotices(prisma, day));
  const [queued, digests] = await timed(() => queueDigests(prisma, day));
  const [again, second] = await timed(() => generateNotices(prisma, day));
  const total = Object.values(made).reduce((sum, n) => sum + (n ?? 0), 0);
  console.log(`Aviseringar för ${day}: ${placements.toLocaleString("sv-SE")} pågående placeringar, ${users.toLocaleString("sv-SE")} aktiva användare.`);
  console.log(`  första körningen (inga aviseringar sedan tidigare): ${first.toFixed(1)} s, ${total.toLocaleString("sv-SE")} nya ${JSON.stringify(made)}`);
  console.log(`  sammanfattningar i utkorgen: ${digests.toFixed(1)} s, ${queued.toLocaleString("sv-SE")} rader`);
  console.log(`  samma dag igen (allt redan aviserat): ${second.toFixed(1)} s, ${Object.values(again).reduce((s, n) => s + (n ?? 0), 0)} nya`);
  const worst = first + digests;
  console.log(`Totalt ${worst.toFixed(1)} s mot målet ${GOAL_SECONDS} s: ${worst <= GOAL_SECONDS ? "inom målet" : "ÖVER målet"}.`);
  if (worst > GOAL_SECONDS) process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
