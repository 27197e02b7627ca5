import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { BUSY, inTransaction } from "@/lib/server/command";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { conflict, fieldError, ok } from "@/lib/server/result";
import { createProvider, createUnit } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("a command in one transaction", () => {
  it("keeps what it wrote when it succeeds", async () => {
    const unit = await createUnit(db);
    const result = await inTransaction(async (tx) => ok(await tx.unit.update({ where: { id: unit.id }, data: { name: `${unit.name} (ny)` } })));
    expect(result.ok).toBe(true);
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe(`${unit.name} (ny)`);
  });

  it("rolls back everything it wrote before it refused", async () => {
    const unit = await createUnit(db);
    const result = await inTransaction(async (tx) => {
      await tx.unit.update({ where: { id: unit.id }, data: { name: "Halvsparad" } });
      return conflict();
    });
    expect(result).toEqual({ ok: false, reason: "conflict", message: "Någon annan har ändrat uppgifterna. Ladda om sidan." });
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe(unit.name);
  });

  it("turns a unique key lost to a parallel request into the refusal the command names", async () => {
    const taken = await createProvider(db);
    const result = await inTransaction(
      async (tx) => ok(await tx.provider.create({ data: { organisationNumber: taken.organisationNumber, name: "Dubblett AB", kind: "EMPLOYER", municipalityCode: "0980", fieldsOfWork: [], capacity: 1 } })),
      (refusal) => (refusal.code === "23505" ? fieldError("organisationNumber", `Upptaget (${refusal.constraint})`) : null),
    );
    expect(result).toEqual({ ok: false, reason: "invalid", errors: [{ field: "organisationNumber", message: expect.stringMatching(/^Upptaget/) }] });
  });

  it("lets a fault it does not recognise through", async () => {
    const taken = await createProvider(db);
    await expect(
      inTransaction(async (tx) => ok(await tx.provider.create({ data: { organisationNumber: taken.organisationNumber, name: "Dubblett AB", kind: "EMPLOYER", municipalityCode: "0980", fieldsOfWork: [], capacity: 1 } }))),
    ).rejects.toThrow();
  });

  it("answers a command that outlived its transaction waiting for a row another request held: rolled back, and asked to try again", async () => {
    const [first, held] = [await createUnit(db), await createUnit(db)];
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    await other.query("BEGIN");
    await other.query('SELECT 1 FROM "Unit" WHERE id = $1 FOR UPDATE', [held.id]);
    // Prisma's transactions last 5 s; the row is let go only after that.
    const release = new Promise<void>((resolve) => setTimeout(() => void other.query("COMMIT").then(() => resolve()), 5_500));
    const result = await inTransaction(async (tx) => {
      await tx.unit.update({ where: { id: first.id }, data: { name: "Halvsparad" } });
      await tx.unit.update({ where: { id: held.id }, data: { name: "Väntade för länge" } });
      return ok(null);
    });
    await release;
    await other.end();
    expect(result).toEqual({ ok: false, reason: "conflict", message: BUSY });
    expect((await db.unit.findUniqueOrThrow({ where: { id: first.id } })).name).toBe(first.name);
    expect((await db.unit.findUniqueOrThrow({ where: { id: held.id } })).name).toBe(held.name);
  });
});
