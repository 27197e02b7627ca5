import "server-only";
import { policies, userScope, ForbiddenError } from "./authz";
import { db } from "./db";
import type { SessionUser } from "./session-user";

export async function listUsers(user: SessionUser) {
  if (!policies.manageUsers(user)) throw new ForbiddenError("manageUsers");
  return db().user.findMany({
    where: userScope(user),
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, lastSignInAt: true, unit: { select: { name: true } }, provider: { select: { name: true } } },
  });
}
