import "server-only";
import { createHmac } from "node:crypto";
import { toCsv } from "@/lib/export/csv";
import type { Column } from "@/lib/export/cells";
import { SUS_GENDER, SUS_SITUATION_AFTER } from "@/lib/domain/sus";
import { COMPENSATION, OUTCOME_KIND } from "@/lib/domain/vocabulary";
import { isoDay } from "@/lib/format/date";
import { programmeLabel } from "@/lib/format/labels";
import { KIND_LABELS, STAGE_LABELS, mayBeReportedToSus } from "@/lib/rules";
import type { DashboardFilter } from "@/lib/validation/dashboard-filter";
import { recordAudit, recordReads } from "../audit";
import { placementAggregateScope } from "../authz";
import { participantConsent } from "../data-protection/consent";
import { db } from "../db";
import type { SessionUser } from "../session-user";
import { dashboardCoverage } from "./access";

/** One participant-measure: a placement overlapping the period, as SUS takes it in. */
export type SusRow = {
  pseudonym: string;
  gender: string;
  birthYear: number | null;
  programme: string;
  measure: string;
  measureCode: string;
  inDate: string;
  outDate: string;
  compensationAtStart: string;
  stageAtStart: string;
  stageAtEnd: string;
  situationAfter: string;
  situationAfterCode: string;
};

/**
 * A stable id per participant that names no one: an HMAC of the participant's id under the installation's
 * secret, so files of several periods can be joined in SUS while nobody outside Stegvis can tie it to a
 * record (a bare hash of the id could be recomputed by anyone who holds the id, a host through the API say).
 */
function pseudonymOf(participantId: string): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET saknas: SUS-filens löpnummer behöver den.");
  return createHmac("sha256", `stegvis-sus-lopnummer:${secret}`).update(participantId).digest("hex").slice(0, 16).toUpperCase();
}

const day = (date: Date | null) => (date ? isoDay(date) : "");
const stageOn = (assessments: { stage: keyof typeof STAGE_LABELS; date: Date }[], on: Date) => {
  const last = assessments.filter((a) => a.date <= on).at(-1);
  return last ? STAGE_LABELS[last.stage] : "";
};

/**
 * The per-person SUS file for the coordinator's coverage: each placement (not cancelled) overlapping the
 * filter's period, of the programme, kind and provider filtered to, of participants with a consent that
 * stands. No suppression (a register of individuals, ADR: SUS register): the coordinator's scope limits it,
 * and the export and each participant in it are logged. Null when the coordinator has no scope.
 */
export async function susRegister(user: SessionUser, filter: DashboardFilter): Promise<{ rows: SusRow[]; withoutConsent: number } | null> {
  const coverage = await dashboardCoverage(user);
  if (!coverage) return null;
  const [from, to] = [new Date(`${filter.from}T00:00:00Z`), new Date(`${filter.to}T00:00:00Z`)];
  return db().$transaction(async (tx) => {
    const placements = await tx.placement.findMany({
      where: {
        AND: [
          placementAggregateScope(user, coverage),
          { participant: { anonymisedAt: null } },
          { status: { not: "CANCELLED" }, startDate: { lte: to } },
          { OR: [{ actualEndDate: { gte: from } }, { actualEndDate: null, plannedEndDate: { gte: from } }] },
          filter.programme ? { programme: filter.programme } : {},
          filter.kind ? { kind: filter.kind } : {},
          filter.providerId ? { providerId: filter.providerId } : {},
        ],
      },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      select: {
        programme: true,
        kind: true,
        startDate: true,
        actualEndDate: true,
        participantGender: true,
        participantBirth: true,
        outcome: { select: { kind: true } },
        participant: {
          select: { id: true, compensation: true, consentDate: true, consentWithdrawnOn: true, stageAssessments: { select: { stage: true, date: true }, orderBy: [{ date: "asc" }, { createdAt: "asc" }, { id: "asc" }] } },
        },
      },
    });
    const reported = placements.filter((p) => mayBeReportedToSus(participantConsent(p.participant)));
    const rows = reported.map((p): SusRow => {
      const ended = p.actualEndDate;
      const outcome = ended ? (p.outcome?.kind ?? "NONE") : null;
      return {
        pseudonym: pseudonymOf(p.participant.id),
        gender: p.participantGender ? SUS_GENDER[p.participantGender] : SUS_GENDER.UNKNOWN,
        birthYear: p.participantBirth ? Math.floor(p.participantBirth / 10_000) : null,
        programme: programmeLabel(p.programme),
        measure: KIND_LABELS[p.kind],
        measureCode: `${p.programme}|${p.kind}`,
        inDate: day(p.startDate),
        outDate: day(ended),
        compensationAtStart: p.participant.compensation ? COMPENSATION.labels[p.participant.compensation] : "Uppgift saknas",
        stageAtStart: stageOn(p.participant.stageAssessments, p.startDate),
        stageAtEnd: ended ? stageOn(p.participant.stageAssessments, ended) : "",
        situationAfter: outcome ? SUS_SITUATION_AFTER[outcome] : "",
        situationAfterCode: outcome && outcome !== "NONE" ? `${outcome} (${OUTCOME_KIND.labels[outcome]})` : "",
      };
    });
    const participantIds = [...new Set(reported.map((p) => p.participant.id))];
    await recordAudit(tx, user, {
      action: "EXPORT",
      entity: "SusRegister",
      changes: { from: filter.from, to: filter.to, programme: filter.programme, kind: filter.kind, providerId: filter.providerId, rows: rows.length, withoutConsent: placements.length - reported.length },
    });
    await recordReads(tx, user, "Participant", participantIds, "sus-register");
    return { rows, withoutConsent: placements.length - reported.length };
  });
}

const COLUMNS: Column<SusRow>[] = [
  { header: "Löpnummer", value: (r) => r.pseudonym },
  { header: "Kön", value: (r) => r.gender },
  { header: "Födelseår", value: (r) => r.birthYear ?? "" },
  { header: "Program", value: (r) => r.programme },
  { header: "Insats", value: (r) => r.measure },
  { header: "Insatskod", value: (r) => r.measureCode },
  { header: "Inskriven", value: (r) => r.inDate },
  { header: "Utskriven", value: (r) => r.outDate },
  { header: "Ersättning vid start", value: (r) => r.compensationAtStart },
  { header: "Steg vid start", value: (r) => r.stageAtStart },
  { header: "Steg vid avslut", value: (r) => r.stageAtEnd },
  { header: "Situation efter", value: (r) => r.situationAfter },
  { header: "Utfall i Stegvis", value: (r) => r.situationAfterCode },
];

export const susRegisterCsv = (rows: readonly SusRow[]) => toCsv(rows, COLUMNS);
