import "server-only";
import { dayToDate, isoDay } from "@/lib/format/date";
import type { AgreementDraft, AgreementSending } from "@/lib/validation/agreement";
import { AGREEMENT_CHANGE_MISSING } from "@/lib/validation/agreement";
import { recordAudit } from "../audit";
import { today } from "../clock";
import { inTransaction } from "../command";
import { consentRefusalFor } from "../data-protection/consent";
import type { Tx } from "../db";
import { conflict, invalid, ok, type FieldError, type Result } from "../result";
import { lockPlacement } from "../row-locks";
import type { SessionUser } from "../session-user";
import { placementForOfficer, type AgreementPlacement } from "./load";
import { placementSnapshot } from "./snapshot";
import { stateOf, versionsOf, type VersionRow } from "./state";

export type Saved = { placementId: string; number: number };

const CANCELLED = "Placeringen är makulerad, så överenskommelsen kan inte ändras.";

/** The content fields each targeted change may touch; the rest is copied from the binding version. */
const FIELDS_OF = {
  GOALS: ["purpose", "goals"],
  TASKS_AND_HOURS: ["tasks", "schedule", "hoursPerWeek"],
  CONTACTS: ["otherContacts"],
  FOLLOW_UP: ["followUpPlan"],
} as const;

type Content = Pick<AgreementDraft, "purpose" | "goals" | "tasks" | "schedule" | "hoursPerWeek" | "followUpPlan" | "otherContacts">;

const pickContent = ({ purpose, goals, tasks, schedule, hoursPerWeek, followUpPlan, otherContacts }: Content): Content => ({ purpose, goals, tasks, schedule, hoursPerWeek, followUpPlan, otherContacts });

const contentOf = (v: VersionRow): Content => ({
  purpose: v.purpose,
  goals: v.goals as Content["goals"],
  tasks: v.tasks,
  schedule: v.schedule,
  hoursPerWeek: v.hoursPerWeek,
  followUpPlan: v.followUpPlan,
  otherContacts: v.otherContacts ?? undefined,
});

/**
 * Saves the officer's draft of the placement's agreement. Before anything is binding, the whole text is
 * the draft's: the first version, or a new version when the sent one is edited (which takes it back from
 * approval). Once a version is binding, a draft is a targeted change: its kind, reason and effective day,
 * and only that kind's fields; the period changes through the placement's own forms.
 */
export async function saveAgreementDraft(user: SessionUser, input: AgreementDraft): Promise<Result<Saved>> {
  return inTransaction(async (tx) => {
    const loaded = await placementForOfficer(tx, user, input.placementId);
    if (!loaded.ok) return loaded;
    const placement = loaded.value;
    await lockPlacement(tx, placement.id);
    if (placement.status === "CANCELLED") return conflict(CANCELLED);
    const versions = await versionsOf(tx, placement.id);
    const latest = versions.at(-1) ?? null;
    const editsDraft = latest !== null && latest.sentOn === null;
    // 0 is "no draft open": a version written since the page was shown makes the form stale either way.
    if (input.version !== (editsDraft ? latest.version : 0)) return conflict();

    const state = stateOf(placement, versions);
    const binding = state.binding === null ? null : versions.find((v) => v.number === state.binding)!;
    const change = binding ? targetedChange(input, binding, placement) : { ok: true as const, value: { content: pickContent(input), changeKind: null, changeReason: null, effectiveFrom: isoDay(placement.startDate) } };
    if (!change.ok) return invalid(change.errors);
    const { content, changeKind, changeReason, effectiveFrom } = change.value;

    const { startDate, endDate, periodRule, supervisorName, supervisorContact, officerName, officerContact } = await placementSnapshot(tx, placement.id);
    const data = { startDate, endDate, periodRule, supervisorName, supervisorContact, officerName, officerContact, ...content, otherContacts: content.otherContacts ?? null, changeKind, changeReason, effectiveFrom: dayToDate(effectiveFrom) };
    if (editsDraft) {
      const { count } = await tx.agreementVersion.updateMany({ where: { id: latest.id, version: latest.version }, data: { ...data, version: { increment: 1 } } });
      if (count !== 1) return conflict();
      await audit(tx, user, "UPDATE", latest.id, placement.id, latest.number, changeKind);
      return ok({ placementId: placement.id, number: latest.number });
    }
    const number = (latest?.number ?? 0) + 1;
    const created = await tx.agreementVersion.create({ data: { ...data, placementId: placement.id, number, createdById: user.id }, select: { id: true } });
    await audit(tx, user, "CREATE", created.id, placement.id, number, changeKind);
    return ok({ placementId: placement.id, number });
  });
}

/** A change of a binding agreement: the kind's own fields from the form, the rest as binding, with reason and day. */
function targetedChange(input: AgreementDraft, binding: VersionRow, placement: AgreementPlacement) {
  const errors: FieldError[] = [];
  if (!input.changeKind) errors.push({ field: "changeKind", message: AGREEMENT_CHANGE_MISSING });
  if (!input.changeReason) errors.push({ field: "changeReason", message: "Skriv varför överenskommelsen ändras." });
  const [start, end] = [isoDay(placement.startDate), isoDay(placement.actualEndDate ?? placement.plannedEndDate)];
  const effectiveFrom = input.effectiveFrom ?? today();
  if (effectiveFrom < start || effectiveFrom > end) errors.push({ field: "effectiveFrom", message: `Ändringen ska gälla från en dag i placeringens period, ${start}–${end}.` });
  if (errors.length > 0 || !input.changeKind) return { ok: false as const, errors };
  const content: Content = { ...contentOf(binding) };
  for (const field of FIELDS_OF[input.changeKind]) (content as Record<string, unknown>)[field] = input[field];
  return { ok: true as const, value: { content, changeKind: input.changeKind, changeReason: input.changeReason ?? null, effectiveFrom } };
}

async function audit(tx: Tx, user: SessionUser, action: "CREATE" | "UPDATE", id: string, placementId: string, number: number, changeKind: string | null) {
  await recordAudit(tx, user, { action, entity: "AgreementVersion", entityId: id, changes: { placementId, number, changeKind, draft: true } });
}

/**
 * Sends the newest draft for approval: from today its text is final (the database refuses changes to a
 * sent version), and an agreement never approved expires 30 days later. A withdrawn consent stops it,
 * except a shortening (ADR 0009: winding down goes on).
 */
export async function sendAgreement(user: SessionUser, input: AgreementSending): Promise<Result<Saved>> {
  return inTransaction(async (tx) => {
    const loaded = await placementForOfficer(tx, user, input.placementId);
    if (!loaded.ok) return loaded;
    const placement = loaded.value;
    await lockPlacement(tx, placement.id);
    if (placement.status === "CANCELLED") return conflict(CANCELLED);
    const latest = (await versionsOf(tx, placement.id)).at(-1);
    if (!latest || latest.sentOn !== null || latest.version !== input.version) return conflict();
    const withdrawn = latest.changeKind === "SHORTEN" ? null : consentRefusalFor(placement.participant, "agree");
    if (withdrawn) return conflict(withdrawn);
    const sentOn = today();
    const { count } = await tx.agreementVersion.updateMany({ where: { id: latest.id, version: latest.version, sentOn: null }, data: { sentOn: dayToDate(sentOn), sentById: user.id, version: { increment: 1 } } });
    if (count !== 1) return conflict();
    await recordAudit(tx, user, { action: "UPDATE", entity: "AgreementVersion", entityId: latest.id, changes: { placementId: placement.id, number: latest.number, sentOn } });
    return ok({ placementId: placement.id, number: latest.number });
  });
}

