// npm run access-review:draw [-- --month YYYY-MM] — draws every unit's sample of accesses for last month (or the
// month named) for the logguppföljning. Idempotent: a unit's month already drawn keeps its sample. Run it monthly.
import { userInfo } from "node:os";
import { drawAllAccessReviewSamples } from "../lib/server/access-review/draw";
import { today } from "../lib/server/clock";
import { createPrismaClient } from "../lib/server/prisma-client";
import { monthName, monthToReview } from "../lib/rules";
import { parseReviewMonth } from "../lib/validation/access-review";
import { withConfiguredDatabase } from "./db/configured-database";

const args = process.argv.slice(2);
const at = args.indexOf("--month");
try {
  const month = at === -1 ? monthToReview(today()) : parseReviewMonth(args[at + 1]);
  if (!month) throw new Error("Ange månaden som --month ÅÅÅÅ-MM, till exempel --month 2026-10.");
  if (month >= `${today().slice(0, 7)}-01`) throw new Error(`${monthName(month)} är inte slut ännu; urvalet dras när månaden är slut.`);
  await withConfiguredDatabase(async (url) => {
    const prisma = createPrismaClient(url);
    try {
      const drawn = await drawAllAccessReviewSamples(prisma, month, userInfo().username);
      console.log(`Logguppföljning för ${monthName(month)}: ${drawn.length} enheter.`);
      for (const s of drawn) console.log(`  ${s.unitId}  ${s.items} av ${s.population} åtkomster${s.drawnNow ? "" : " (redan draget)"}`);
    } finally {
      await prisma.$disconnect();
    }
  });
} catch (error) {
  console.error(`Urvalet kunde inte dras: ${(error as Error).message}`);
  process.exitCode = 1;
}
