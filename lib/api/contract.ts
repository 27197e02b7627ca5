/**
 * The REST API's answers (/api/v1) in zod: the read services build them to these types, the tests parse
 * real answers with them, and lib/api/openapi.ts turns them into the OpenAPI 3.1 document, so the
 * description cannot drift from what is served. (Not in lib/validation: nothing here parses user input,
 * but `noQuery`, which refuses any.)
 */
import { z } from "zod";
import { ATTENDANCE, FOLLOW_UP_STATE, PLACEMENT_STATUS } from "@/lib/domain/vocabulary";
import { PLACEMENT_KINDS, PLACEMENT_MODES } from "@/lib/rules/codes";
import { STAGES } from "@/lib/rules/stages";
import { unknownParameter } from "@/lib/validation/api";

const day = z.string().meta({ format: "date", example: "2026-03-14" });
const codes = <const C extends string>(values: readonly C[], description: string) => z.enum(values as [C, ...C[]]).meta({ description });

/** A route that takes no parameters refuses any, rather than ignore a misspelt one. */
export const noQuery = z.strictObject({}, unknownParameter);

/** What a host's system may know of the participant: the name the host's page shows (initials under protected identity). Never the personnummer. */
const apiParticipant = z
  .object({ id: z.uuid(), name: z.string().meta({ description: "As the host's page shows it: initials and case number when the identity is protected." }) })
  .meta({ id: "Participant" });

export const apiPlacement = z
  .object({
    id: z.uuid(),
    kind: codes(PLACEMENT_KINDS, "Arbetsträning or förstärkt arbetsträning."),
    mode: codes(PLACEMENT_MODES, "On site, remote or mixed."),
    status: codes(PLACEMENT_STATUS.codes, "As of today (Europe/Stockholm)."),
    startDate: day,
    endDate: day.meta({ description: "The actual end, else the planned end." }),
    supervisorName: z.string().nullable(),
    participant: apiParticipant,
    lastFollowUpOn: day.nullable(),
    nextFollowUpDueOn: day.nullable(),
  })
  .meta({ id: "Placement" });
export type ApiPlacement = z.infer<typeof apiPlacement>;

export const apiPlacementDetail = apiPlacement
  .extend({
    periodNumber: z.int(),
    plannedEndDate: day,
    hoursPerWeek: z.int(),
    goals: z.string().nullable(),
    tasks: z.string().nullable(),
  })
  .meta({ id: "PlacementDetail" });
export type ApiPlacementDetail = z.infer<typeof apiPlacementDetail>;

export const apiPlacementPage = z
  .object({ data: z.array(apiPlacement), nextCursor: z.uuid().nullable().meta({ description: "Pass as cursor for the next page; null on the last page." }) })
  .meta({ id: "PlacementPage" });

export const apiFollowUp = z
  .object({
    id: z.uuid(),
    date: day,
    periodFrom: day.nullable(),
    periodTo: day.nullable(),
    status: codes(FOLLOW_UP_STATE.codes.filter((s) => s !== "DRAFT"), "Submitted follow-ups only; a corrected one is SUPERSEDED."),
    submittedAt: z.iso.datetime(),
    reviewedAt: z.iso.datetime().nullable(),
    replacesId: z.uuid().nullable(),
    attendance: codes(ATTENDANCE.codes, "Attendance band from planned and attended hours.").nullable(),
    plannedHours: z.int().nullable(),
    attendedHours: z.int().nullable(),
    hasConcern: z.boolean(),
    remoteConcern: z.boolean(),
    proposedStage: codes(STAGES.map((s) => s.id), "The stage the host proposed, if any.").nullable(),
  })
  .meta({ id: "FollowUp" });
export type ApiFollowUp = z.infer<typeof apiFollowUp>;

export const apiFollowUpList = z.object({ data: z.array(apiFollowUp) }).meta({ id: "FollowUpList" });

const shown = z.union([z.object({ suppressed: z.literal(false), value: z.int() }), z.object({ suppressed: z.literal(true) })]).meta({ id: "Figure", description: "A count, or hidden (shown as \"<5\" in Stegvis)." });
const figureTable = z
  .object({
    id: z.string(),
    title: z.string(),
    rowHeader: z.string(),
    rows: z.array(z.object({ key: z.string(), label: z.string() })),
    columns: z.array(z.object({ key: z.string(), label: z.string() })),
    cells: z.array(z.array(shown)),
    rowTotals: z.array(shown),
    columnTotals: z.array(shown),
    total: shown,
    withheld: z.enum(["SMALL_GROUP", "SMALL_TABLE"]).nullable().meta({ description: "Set when the whole table is withheld (a group of 1–4): no rows, columns or figures." }),
  })
  .meta({ id: "FigureTable" });

export const apiFigures = z
  .object({
    stages: figureTable,
    programmeKind: figureTable,
    modes: figureTable,
    remoteShare: z.number().nullable(),
    endingSoon: figureTable,
    overdue: figureTable,
  })
  .meta({ id: "Figures", description: "The dashboard's figures of today for the key's coordinator scope, suppressed as on the dashboard." });

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details; title and detail in Swedish." });
export type Problem = z.infer<typeof problem>;
