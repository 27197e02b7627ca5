import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/domain/audit-actions";
import { NOTICE_KINDS } from "@/lib/domain/notice-kinds";
import { ROLES } from "@/lib/domain/roles";
import * as Vocabulary from "@/lib/domain/vocabulary";
import { AIO_REASONS, PLACEMENT_KINDS, PLACEMENT_MODES, STAGES } from "@/lib/rules";
import * as Enums from "@/lib/server/generated/prisma/enums";

// The domain's lists are the source; the database's enums must hold exactly the same codes.
const pairs: [string, readonly string[], Record<string, string>][] = [
  ["Gender", Vocabulary.GENDER.codes, Enums.Gender],
  ["Compensation", Vocabulary.COMPENSATION.codes, Enums.Compensation],
  ["ProviderKind", Vocabulary.PROVIDER_KIND.codes, Enums.ProviderKind],
  ["InterestStatus", Vocabulary.INTEREST_STATUS.codes, Enums.InterestStatus],
  ["PlacementStatus", Vocabulary.PLACEMENT_STATUS.codes, Enums.PlacementStatus],
  ["EndReason", Vocabulary.END_REASON.codes, Enums.EndReason],
  ["OutcomeKind", Vocabulary.OUTCOME_KIND.codes, Enums.OutcomeKind],
  ["PlacementEventKind", Vocabulary.PLACEMENT_EVENT.codes, Enums.PlacementEventKind],
  ["MilestoneKind", Vocabulary.MILESTONE.codes, Enums.MilestoneKind],
  ["Attendance", Vocabulary.ATTENDANCE.codes, Enums.Attendance],
  ["FollowUpStatus", Vocabulary.FOLLOW_UP_STATE.codes, Enums.FollowUpStatus],
  ["StatementKind", Vocabulary.STATEMENT_KIND.codes, Enums.StatementKind],
  ["ProposalKind", Vocabulary.PROPOSAL_KIND.codes, Enums.ProposalKind],
  ["ProposalReason", Vocabulary.PROPOSAL_REASON.codes, Enums.ProposalReason],
  ["ProposalStatus", Vocabulary.PROPOSAL_STATUS.codes, Enums.ProposalStatus],
  ["PlacementKind", PLACEMENT_KINDS, Enums.PlacementKind],
  ["PlacementMode", PLACEMENT_MODES, Enums.PlacementMode],
  ["AioReason", AIO_REASONS, Enums.AioReason],
  ["Stage", STAGES.map((s) => s.id), Enums.Stage],
  ["Role", ROLES, Enums.Role],
  ["AuditAction", AUDIT_ACTIONS, Enums.AuditAction],
  ["NoticeKind", NOTICE_KINDS, Enums.NoticeKind],
  ["AgreementParty", Vocabulary.AGREEMENT_PARTY.codes, Enums.AgreementParty],
  ["OnBehalfReason", Vocabulary.ON_BEHALF_REASON.codes, Enums.OnBehalfReason],
  ["AgreementChangeKind", Vocabulary.AGREEMENT_CHANGE.codes, Enums.AgreementChangeKind],
];

describe("the domain's code lists and the database enums", () => {
  it.each(pairs)("%s holds the same codes in both", (_name, domain, database) => {
    expect([...domain].sort()).toEqual(Object.values(database).sort());
  });

  it("every code has a Swedish label", () => {
    for (const list of [Vocabulary.GENDER, Vocabulary.COMPENSATION, Vocabulary.END_REASON, Vocabulary.OUTCOME_KIND]) {
      expect(list.options.every((o) => o.label.length > 1)).toBe(true);
    }
  });
});
