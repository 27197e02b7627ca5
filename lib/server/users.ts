import "server-only";
import { recordReads } from "./audit";
import { policies, userScope, ForbiddenError } from "./authz";
import { db } from "./db";
import type { SessionUser } from "./session-user";

/** The users an administrator may see; each one shown is logged as read. */
export async function listUsers(user: SessionUser) {
  if (!policies.manageUsers(user)) throw new ForbiddenError("manageUsers");
  const users = await db().user.findMany({
    where: userScope(user),
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, lastSignInAt: true, unit: { select: { name: true } }, provider: { select: { name: true } } },
  });
  await recordReads(db(), user, "User", users.map((u) => u.id), "admin-users");
  return users;
}
