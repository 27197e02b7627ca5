import "server-only";

/** A message that belongs to one form field (or to the form as a whole when the field is not in it). */
export type FieldError = { field: string; message: string };

/**
 * What every service command answers. Refusals are values, not exceptions, so every action maps
 * them the same way: field errors to their fields, a conflict to a form message, not found to 404.
 */
export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "invalid"; errors: FieldError[] }
  | { ok: false; reason: "conflict"; message: string }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "forbidden" };

export type Refusal = Exclude<Result<never>, { ok: true }>;

/** Said when a record changed after the form was opened (optimistic concurrency). */
export const STALE_EDIT = "Någon annan har ändrat uppgifterna. Ladda om sidan.";

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const invalid = (errors: FieldError[]): Refusal => ({ ok: false, reason: "invalid", errors });
export const fieldError = (field: string, message: string): Refusal => invalid([{ field, message }]);
export const conflict = (message: string = STALE_EDIT): Refusal => ({ ok: false, reason: "conflict", message });
export const notFound = (): Refusal => ({ ok: false, reason: "not-found" });
export const forbidden = (): Refusal => ({ ok: false, reason: "forbidden" });
