import "server-only";
import type { RetentionRunInput } from "@/lib/validation/retention";
import { retentionCutoff } from "@/lib/rules";
import { policies } from "../authz";
import { today } from "../clock";
import { db } from "../db";
import { conflict, forbidden, ok, type Result } from "../result";
import type { SessionUser } from "../session-user";
import { retentionYears, runRetention, type RetentionRun } from "./retention";

/** Who a retention run would take today: a dry run, audited as the admin's read. Null for anyone but an admin. */
export async function previewRetention(user: SessionUser): Promise<RetentionRun | null> {
  if (!policies.runRetention(user)) return null;
  return runRetention(db(), { today: today(), years: retentionYears(), dryRun: true, operator: user.email, actor: user });
}

/**
 * Anonymises the participants retention takes, as the admin who confirmed the list. A list shown on
 * another day (another cut-off) is refused: the admin must look at today's list first.
 */
export async function confirmRetention(user: SessionUser, input: RetentionRunInput): Promise<Result<{ count: number }>> {
  if (!policies.runRetention(user)) return forbidden();
  const years = retentionYears();
  const day = today();
  if (retentionCutoff(day, years) !== input.cutoff) return conflict("Listan gällde ett annat datum. Ladda om sidan och gå igenom listan igen.");
  const run = await runRetention(db(), { today: day, years, dryRun: false, operator: user.email, actor: user });
  return ok({ count: run.participants.length });
}
