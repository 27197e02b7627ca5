import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { PROVIDER_CHOICES, resolveProviderFilter } from "@/lib/server/dashboard/provider-filter";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { createProvider, testOrganisationNumber, withUntaken } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** A word no other test's provider has, so a search for it finds only this test's providers. */
const word = () => `Ord${randomUUID().slice(0, 8)}`;

describe("the dashboard's provider field", () => {
  it("filters nothing when the address names no provider, or the field was emptied", async () => {
    const provider = await createProvider(db);
    expect(await resolveProviderFilter(undefined, undefined)).toEqual({ state: "all" });
    expect(await resolveProviderFilter(provider.id, "")).toEqual({ state: "all" });
    expect(await resolveProviderFilter(randomUUID(), undefined)).toEqual({ state: "all" });
  });

  it("keeps the provider the address names while the field holds its name, in any case", async () => {
    const provider = await createProvider(db, { name: `${word()} Snickeri AB` });
    const chosen = { state: "chosen", provider: { id: provider.id, name: provider.name, organisationNumber: provider.organisationNumber } };
    expect(await resolveProviderFilter(provider.id, undefined)).toEqual(chosen);
    expect(await resolveProviderFilter(provider.id, provider.name.toUpperCase())).toEqual(chosen);
  });

  it("finds the one provider a new text matches, by a part of its name or the beginning of its organisationsnummer", async () => {
    const w = word();
    const created = await createProvider(db, { name: `Café ${w} Ekonomisk förening` });
    // In the form the app stores (NNNNNN-NNNN), which the factory's drawn numbers are not.
    const provider = await withUntaken("Provider_organisationNumber_key", (organisationNumber) => db.provider.update({ where: { id: created.id }, data: { organisationNumber } }), () => testOrganisationNumber());
    const other = await createProvider(db, { name: `${word()} Måleri AB` });
    const found = { state: "found", provider: { id: provider.id, name: provider.name, organisationNumber: provider.organisationNumber } };
    expect(await resolveProviderFilter(other.id, w.toLowerCase())).toEqual(found);
    expect(await resolveProviderFilter(undefined, provider.organisationNumber)).toEqual(found);
    expect(await resolveProviderFilter(undefined, provider.organisationNumber.replace("-", ""))).toEqual(found);
  });

  it("offers the matches to choose from, at most ten, and says when there are more", async () => {
    const w = word();
    for (let i = 0; i < PROVIDER_CHOICES + 1; i++) await createProvider(db, { name: `${w} Lager ${String(i).padStart(2, "0")} AB` });
    const few = await resolveProviderFilter(undefined, `${w} Lager 0`);
    expect(few).toMatchObject({ state: "choose", more: false });
    expect(few.state === "choose" && few.matches.map((m) => m.name)).toEqual([...Array(PROVIDER_CHOICES).keys()].map((i) => `${w} Lager ${String(i).padStart(2, "0")} AB`));
    expect(await resolveProviderFilter(undefined, w)).toMatchObject({ state: "choose", more: true });
  });

  it("says when nothing matches, and never offers an inactive provider or reads the text as a pattern", async () => {
    const w = word();
    const inactive = await createProvider(db, { name: `${w} Nedlagd AB` });
    await db.provider.update({ where: { id: inactive.id }, data: { active: false } });
    expect(await resolveProviderFilter(undefined, w)).toEqual({ state: "none", text: w });
    expect(await resolveProviderFilter(undefined, "%_%")).toEqual({ state: "none", text: "%_%" });
  });
});
