import "server-only";
import { ForbiddenError, policies } from "../authz";
import { coverageFor } from "../coordinator-scope";
import type { SessionUser } from "../session-user";
import type { Coverage } from "./coverage";

/** The coverage of a user allowed the dashboard; throws for anyone else. Null: a coordinator with no grant. */
export async function dashboardCoverage(user: SessionUser): Promise<Coverage | null> {
  if (!policies.viewDashboard(user)) throw new ForbiddenError("viewDashboard");
  return coverageFor(user);
}
