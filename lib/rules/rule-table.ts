/** A rule set as rows of plain Swedish, for the rule table in the app and in docs/rules.md. */
import type { PlacementKind } from "./codes";
import { limitSentence } from "./duration";
import { KIND_LABELS, kindInSentence, programmeInSentence } from "./labels";
import type { RuleSet } from "./rule-sets";

export interface RuleRow {
  rule: string;
  source: string;
}

const LIST = new Intl.ListFormat("sv", { type: "conjunction" });
const list = (items: readonly string[]): string => LIST.format(items);

export function ruleTable(ruleSet: RuleSet): RuleRow[] {
  const { followUp, procuredServiceFirst } = ruleSet;
  const durations = ruleSet.durationLimits.map((row) => ({
    rule: `${limitSentence(row.kind, programmeInSentence(row.programme), row)}.`,
    source: row.source,
  }));
  const withdrawals = ruleSet.withdrawnKinds.map((w) => ({
    rule: `${KIND_LABELS[w.kind]} anvisas inte i beslut från och med ${w.from}.`,
    source: w.source,
  }));
  const procured = procuredServiceFirst
    ? [
        {
          rule:
            `I ${list(procuredServiceFirst.programmes.map((p) => programmeInSentence(p)))} ska placeringen ange ` +
            "varför tjänsten Arbetsintegrerande övningsplatser inte kan användas.",
          source: procuredServiceFirst.source,
        },
      ]
    : [];
  const intervals = Object.entries(followUp.intervalDays).map(
    ([kind, days]) => `${days} dagar vid ${kindInSentence(kind as PlacementKind)}`,
  );
  return [
    ...durations,
    ...withdrawals,
    ...procured,
    {
      rule: "Inför varje period görs en individuell bedömning av om insatsen är den mest lämpliga.",
      source: ruleSet.individualAssessment.source,
    },
    {
      rule:
        `Första uppföljningen senast ${followUp.firstWithinDays} dagar efter start. ` +
        "Därefter högst " +
        list([...intervals, `${followUp.remoteOrMixedIntervalDays} dagar vid placering på distans eller blandat`]) +
        " mellan uppföljningarna; det kortaste avståndet gäller. " +
        `En uppföljning är ”snart dags” från ${followUp.dueSoonDays} dagar innan den ska göras.`,
      source: followUp.source,
    },
  ];
}
