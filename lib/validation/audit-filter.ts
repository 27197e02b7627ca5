/**
 * The audit log search as it stands in the address (`/admin/logg?deltagare=1042&handelse=READ&fran=…`),
 * so a search can be kept and shared, and the CSV export reads the same filter. Parsing never fails: a
 * value that is not one of ours is dropped, as if it were not there.
 */
import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/domain/audit-actions";
import { isIsoDate } from "@/lib/rules";

export const AUDIT_PAGE_SIZE = 50;
/** The most rows one export holds; a wider search is narrowed first. */
export const AUDIT_EXPORT_MAX = 10_000;

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const param = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);
const text = (max: number) =>
  z
    .string()
    .transform((value) => value.replace(CONTROL_CHARACTERS, " ").trim().slice(0, max))
    .transform((value) => value || undefined);
const day = () => z.string().refine(isIsoDate);

export const auditFilterParams = z.object({
  deltagare: param(text(64)),
  anvandare: param(text(254)),
  handelse: param(z.enum(AUDIT_ACTIONS as [string, ...string[]])),
  fran: param(day()),
  till: param(day()),
  sida: param(z.coerce.number().int().min(1).max(100_000)),
});
export type AuditFilterParams = z.output<typeof auditFilterParams>;

/** Who the search is about: a participant by case number (ärendenummer) or id, a user by e-mail or id. */
export type AuditFilter = {
  participant: { caseNumber: number } | { id: string } | null;
  user: { email: string } | { id: string } | null;
  action: (typeof AUDIT_ACTIONS)[number] | null;
  from: string | null;
  to: string | null;
  page: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function participantOf(value: string | undefined): AuditFilter["participant"] {
  if (!value) return null;
  if (UUID.test(value)) return { id: value.toLowerCase() };
  const digits = value.replace(/^ärende\s*/i, "");
  return /^\d{1,9}$/.test(digits) ? { caseNumber: Number(digits) } : { caseNumber: -1 };
}

function userOf(value: string | undefined): AuditFilter["user"] {
  if (!value) return null;
  return UUID.test(value) ? { id: value.toLowerCase() } : { email: value.toLowerCase() };
}

/** Parses a page's (or the export's) `searchParams` to the filter; never throws. */
export function parseAuditFilter(searchParams: Record<string, string | string[] | undefined>): { params: AuditFilterParams; filter: AuditFilter } {
  const parsed = auditFilterParams.safeParse(searchParams);
  const params: AuditFilterParams = parsed.success ? parsed.data : {};
  return {
    params,
    filter: {
      participant: participantOf(params.deltagare),
      user: userOf(params.anvandare),
      action: (params.handelse as AuditFilter["action"]) ?? null,
      from: params.fran ?? null,
      to: params.till ?? null,
      page: params.sida ?? 1,
    },
  };
}

/** The address of the log (or its export) with these parameters; `sida` only past the first page. */
export function auditLogHref(path: string, params: AuditFilterParams, page?: number): string {
  const query = new URLSearchParams();
  for (const key of ["deltagare", "anvandare", "handelse", "fran", "till"] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (page && page > 1) query.set("sida", String(page));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
