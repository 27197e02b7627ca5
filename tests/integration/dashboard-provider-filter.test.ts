import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { PROVIDER_CHOICES, resolveProviderFilter } from "@/lib/server/dashboard/provider-filter";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { createProvider, testOrganisationNumber, withUntaken } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** A word no other test's provider has, so a search for it finds only this test's providers. */
const word = () => `Ord${randomUUID().slice(0, 8)}`;

/** A provider as the field shows it: never its organisationsnummer. */
const shown = (p: { id: string; name: string; municipalityCode: string }, active = true) => ({ id: p.id, name: p.name, municipalityCode: p.municipalityCode, active });

/** A provider whose organisationsnummer is in the form the app stores (NNNNNN-NNNN), which the factory's drawn numbers are not. */
async function providerWithStoredNumber(name: string) {
  const created = await createProvider(db, { name });
  return withUntaken("Provider_organisationNumber_key", (organisationNumber) => db.provider.update({ where: { id: created.id }, data: { organisationNumber } }), () => testOrganisationNumber());
}

describe("the dashboard's provider field", () => {
  it("filters nothing when the address names no provider, or the field was emptied", async () => {
    const provider = await createProvider(db);
    expect(await resolveProviderFilter(undefined, undefined)).toEqual({ state: "all" });
    expect(await resolveProviderFilter(provider.id, "")).toEqual({ state: "all" });
    expect(await resolveProviderFilter(randomUUID(), undefined)).toEqual({ state: "all" });
  });

  it("keeps the provider the address names while the field holds its name, in any case, also once it is inactive", async () => {
    const provider = await createProvider(db, { name: `${word()} Snickeri AB` });
    expect(await resolveProviderFilter(provider.id, undefined)).toEqual({ state: "chosen", provider: shown(provider) });
    expect(await resolveProviderFilter(provider.id, provider.name.toUpperCase())).toEqual({ state: "chosen", provider: shown(provider) });
    await db.provider.update({ where: { id: provider.id }, data: { active: false } });
    expect(await resolveProviderFilter(provider.id, provider.name)).toEqual({ state: "chosen", provider: shown(provider, false) });
  });

  it("finds the one provider a new text matches, by a part of its name or its whole organisationsnummer in either form", async () => {
    const w = word();
    const provider = await providerWithStoredNumber(`Café ${w} Ekonomisk förening`);
    const bare = await createProvider(db, { name: `${word()} Bageri AB` });
    const other = await createProvider(db, { name: `${word()} Måleri AB` });
    expect(await resolveProviderFilter(other.id, w.toLowerCase())).toEqual({ state: "found", provider: shown(provider) });
    expect(await resolveProviderFilter(undefined, provider.organisationNumber)).toEqual({ state: "found", provider: shown(provider) });
    expect(await resolveProviderFilter(undefined, provider.organisationNumber.replace("-", ""))).toEqual({ state: "found", provider: shown(provider) });
    // Older rows hold ten bare digits; the number typed with its dash finds them too.
    expect(await resolveProviderFilter(undefined, `${bare.organisationNumber.slice(0, 6)}-${bare.organisationNumber.slice(6)}`)).toEqual({ state: "found", provider: shown(bare) });
  });

  it("never searches by the beginning of an organisationsnummer, which for a sole trader is a birth date", async () => {
    const provider = await providerWithStoredNumber(`${word()} Enskild firma`);
    expect(await resolveProviderFilter(undefined, provider.organisationNumber.slice(0, 6))).toEqual({ state: "none", text: provider.organisationNumber.slice(0, 6) });
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
    // Active providers exist (this one at least) that "%_%" would match as a pattern.
    await createProvider(db, { name: `${w} Öppen AB` });
    expect(await resolveProviderFilter(undefined, `${w} Nedlagd`)).toEqual({ state: "none", text: `${w} Nedlagd` });
    expect(await resolveProviderFilter(undefined, "%_%")).toEqual({ state: "none", text: "%_%" });
  });
});
