import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { createParticipant, createPlacement, createProvider, createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** Resolves with the deprecation warnings about overlapping queries that Node emits while `work` runs. */
async function overlappingQueryWarnings(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (warning: Error) => {
    if (warning.message.includes("already executing a query")) seen.push(warning.message);
  };
  process.on("warning", listener);
  try {
    await work();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off("warning", listener);
  }
  return seen;
}

describe("a transaction's statements", () => {
  it("take turns on its one connection, also when one read loads several relations at once", async () => {
    const unit = await createUnit(db);
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
    const participant = await createParticipant(db, { unitId: unit.id, responsibleOfficerId: officer.id });
    await createPlacement(db, { participantId: participant.id, providerId: (await createProvider(db)).id });

    let read: { participant: { id: string }; provider: { name: string }; followUps: unknown[] }[] = [];
    const warnings = await overlappingQueryWarnings(() =>
      db.$transaction(async (tx) => {
        // Prisma loads sibling relations at the same time.
        read = await tx.placement.findMany({
          where: { participantId: participant.id },
          select: { participant: { select: { id: true } }, provider: { select: { name: true } }, followUps: { select: { id: true } } },
        });
      }),
    );

    expect(warnings).toEqual([]);
    expect(read.map((p) => p.participant.id)).toEqual([participant.id]);
  });
});
