import "server-only";
import { municipalityName } from "@/lib/domain/municipalities";
import type { CoordinatorScopeInput } from "@/lib/validation/coordinator-scope";
import { recordAudit, recordReads } from "./audit";
import { ForbiddenError, policies } from "./authz";
import { inTransaction } from "./command";
import { coverageOf, type Coverage, type ScopeGrant } from "./dashboard/coverage";
import { db, type Tx } from "./db";
import type { PrismaClient } from "./generated/prisma/client";
import { fieldError, forbidden, notFound, ok, type Result } from "./result";
import type { SessionUser } from "./session-user";

type Reader = Pick<PrismaClient, "coordinatorScope">;

/** What this user's dashboard figures cover; null for anyone but a coordinator with a grant. */
export async function coverageFor(user: Pick<SessionUser, "id" | "role">, reader: Reader = db()): Promise<Coverage | null> {
  if (user.role !== "KOORDINATOR") return null;
  const grants = await reader.coordinatorScope.findMany({ where: { userId: user.id }, select: { unitId: true, municipalityCode: true, national: true } });
  return coverageOf(grants);
}

/** The coverage in words, for the dashboard's heading and the exports: "Hela landet", "Arbetsförmedlingen Visby, Region Gotland". */
export async function coverageDescription(coverage: Coverage): Promise<string> {
  if (coverage.national) return "Hela landet";
  const units = await db().unit.findMany({ where: { id: { in: coverage.unitIds } }, select: { name: true }, orderBy: { name: "asc" } });
  const names = [...units.map((u) => u.name), ...coverage.municipalityCodes.map((code) => `${municipalityName(code)} kommun`)];
  return names.join(", ");
}

export type CoordinatorScopeView = {
  user: { id: string; name: string; email: string };
  grants: ScopeGrant[];
  units: { id: string; name: string; municipalityCode: string }[];
};

/** A coordinator's grants and the units to choose from, for the admin's page; 404 for anyone who is not a coordinator. */
export async function coordinatorScopeForAdmin(admin: SessionUser, userId: string): Promise<Result<CoordinatorScopeView>> {
  if (!policies.manageUsers(admin)) throw new ForbiddenError("manageUsers");
  const user = await db().user.findFirst({ where: { id: userId, role: "KOORDINATOR" }, select: { id: true, name: true, email: true } });
  if (!user) return notFound();
  const [grants, units] = await Promise.all([
    db().coordinatorScope.findMany({ where: { userId }, select: { unitId: true, municipalityCode: true, national: true } }),
    db().unit.findMany({ select: { id: true, name: true, municipalityCode: true }, orderBy: { name: "asc" } }),
  ]);
  await recordReads(db(), admin, "User", [user.id], "admin-coordinator-scope");
  return ok({ user, grants, units });
}

const describe = (grants: readonly ScopeGrant[]) => grants.map((g) => (g.national ? "national" : g.unitId ? `unit:${g.unitId}` : `municipality:${g.municipalityCode}`)).sort();

async function grantsOf(tx: Tx, userId: string): Promise<ScopeGrant[]> {
  return tx.coordinatorScope.findMany({ where: { userId }, select: { unitId: true, municipalityCode: true, national: true } });
}

/**
 * Replaces a coordinator's scope with the admin's choice: national, a set of units and municipalities,
 * or none. The change and its before and after are audited in the same transaction.
 */
export async function setCoordinatorScope(admin: SessionUser, input: CoordinatorScopeInput): Promise<Result<{ userId: string }>> {
  if (!policies.manageUsers(admin)) return forbidden();
  return inTransaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: input.userId, role: "KOORDINATOR" }, select: { id: true } });
    if (!user) return notFound();
    const unitIds = [...new Set(input.omfattning === "urval" ? input.enheter : [])];
    const municipalityCodes = [...new Set(input.omfattning === "urval" ? input.kommuner : [])];
    if ((await tx.unit.count({ where: { id: { in: unitIds } } })) !== unitIds.length) return fieldError("enheter", "En vald enhet finns inte längre. Ladda om sidan.");
    // Serialises two admins saving the same coordinator's scope at once.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${user.id}::uuid FOR UPDATE`;
    const before = await grantsOf(tx, user.id);
    await tx.coordinatorScope.deleteMany({ where: { userId: user.id } });
    const base = { userId: user.id, grantedById: admin.id };
    const rows =
      input.omfattning === "nationell"
        ? [{ ...base, national: true }]
        : [...unitIds.map((unitId) => ({ ...base, unitId })), ...municipalityCodes.map((municipalityCode) => ({ ...base, municipalityCode }))];
    if (rows.length > 0) await tx.coordinatorScope.createMany({ data: rows });
    const after = await grantsOf(tx, user.id);
    await recordAudit(tx, admin, { action: "UPDATE", entity: "CoordinatorScope", entityId: user.id, changes: { before: describe(before), after: describe(after) } });
    return ok({ userId: user.id });
  });
}
