import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  AF_DECISION_2023,
  AIO_REASON_LABELS,
  AIO_REASON_QUESTION,
  AIO_REASONS,
  KIND_LABELS,
  MODE_LABELS,
  PLACEMENT_KINDS,
  PLACEMENT_MODES,
  PROGRAMME_LABELS,
  RULE_SETS,
  ruleSetFor,
  ruleTable,
} from "@/lib/rules";
import { quotes, SEED_002 } from "./support";

describe("the rule table", () => {
  it("lists the cut-off and procured service first from 2023-10-01", () => {
    const rows = ruleTable(ruleSetFor("2023-10-01"));
    expect(rows).toContainEqual({ rule: "Förstärkt arbetsträning med fördjupad bedömning anvisas inte i beslut från och med 2023-10-01.", source: AF_DECISION_2023 });
    expect(rows).toContainEqual({
      rule: "I jobb- och utvecklingsgarantin, jobbgarantin för ungdomar och etableringsprogrammet ska placeringen ange varför tjänsten Arbetsintegrerande övningsplatser inte kan användas.",
      source: AF_DECISION_2023,
    });
  });

  it("lists fördjupad bedömning with the förstärkt limits, and no AIO rule, before 2023-10-01", () => {
    const rules = ruleTable(ruleSetFor("2023-09-30")).map((row) => row.rule);
    expect(rules).toContain("Förstärkt arbetsträning med fördjupad bedömning i jobbgarantin för ungdomar får vara högst 6 månader.");
    expect(rules.some((rule) => rule.includes("Arbetsintegrerande övningsplatser"))).toBe(false);
  });

  it("states the follow-up cadence in words", () => {
    const rules = ruleTable(RULE_SETS.at(-1)!).map((row) => row.rule);
    expect(rules).toContain(
      "Första uppföljningen senast 14 dagar efter start. Därefter högst 28 dagar vid arbetsträning, 14 dagar vid förstärkt arbetsträning, 14 dagar vid förstärkt arbetsträning med fördjupad bedömning och 14 dagar vid placering på distans eller blandat mellan uppföljningarna; det kortaste avståndet gäller. En uppföljning är ”snart dags” från 3 dagar innan den ska göras.",
    );
  });

  it.each(RULE_SETS.map((set) => [set.id, set] as const))("matches its copy in docs/rules.md (%s)", (_id, set) => {
    const doc = readFileSync(path.join(import.meta.dirname, "../../../docs/rules.md"), "utf8");
    expect(doc).toContain(`(\`${set.id}\`, gäller beslut från ${set.effectiveFrom})`);
    for (const row of ruleTable(set)) expect(doc).toContain(`| ${row.rule} | ${row.source} |`);
  });
});

describe("the Swedish labels", () => {
  it("name the three programmes", () => {
    expect(PROGRAMME_LABELS).toEqual({ JOB: "Jobb- och utvecklingsgarantin", UGA: "Jobbgarantin för ungdomar", ETP: "Etableringsprogrammet" });
  });

  it("name every kind, mode and AIO reason", () => {
    expect(Object.keys(KIND_LABELS)).toEqual([...PLACEMENT_KINDS]);
    expect(Object.keys(MODE_LABELS)).toEqual([...PLACEMENT_MODES]);
    expect(Object.keys(AIO_REASON_LABELS)).toEqual([...AIO_REASONS]);
  });

  // Seed 002: "… om den upphandlade tjänsten ”Arbetsintegrerande övningsplatser” inte finns
  // tillgänglig, inte finns inom den sökandes kompetensområde eller om det är kö till tjänsten."
  it("give the AIO reasons in the seed's words", () => {
    expect(quotes(SEED_002, "inte finns inom den sökandes kompetensområde eller om det är kö till tjänsten")).toBe(true);
    expect(AIO_REASON_QUESTION).toBe("Varför kan tjänsten Arbetsintegrerande övningsplatser inte användas?");
    expect(AIO_REASON_LABELS.NOT_IN_FIELD).toBe("Tjänsten finns inte inom den sökandes kompetensområde");
    expect(AIO_REASON_LABELS.QUEUE).toBe("Det är kö till tjänsten");
  });
});
