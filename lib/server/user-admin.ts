import "server-only";
import { oneTimePasswordExpiry } from "@/lib/domain/one-time-password";
import { passwordProblem } from "@/lib/domain/password-rules";
import type { PasswordReset, UserCommand, UserCreation, UserUpdate } from "@/lib/validation/user";
import { recordAudit, recordReads } from "./audit";
import { policies, userScope } from "./authz";
import { inTransaction } from "./command";
import { db, type Tx } from "./db";
import type { Role } from "./generated/prisma/enums";
import { hashPassword } from "./password";
import { conflict, fieldError, forbidden, notFound, ok, type Result } from "./result";
import type { SessionUser } from "./session-user";
import { openSessionsWhere, revokeAllSessions } from "./user-sessions";

type Changed = { id: string };

const EMAIL_TAKEN = "Det finns redan en användare med den e-postadressen.";
const NOT_YOURSELF = "Det här gör en annan administratör åt dig, så att ingen av misstag stänger sig själv ute.";

/** Where a role belongs: a unit for case officers and coordinators, a provider (and perhaps a supervisor) for anordnare. */
function organisationOf(input: { role: Role; unitId?: string; providerId?: string; supervisorId?: string }) {
  const atUnit = input.role === "HANDLAGGARE" || input.role === "KOORDINATOR";
  const atProvider = input.role === "ANORDNARE";
  return {
    unitId: atUnit ? (input.unitId ?? null) : null,
    providerId: atProvider ? (input.providerId ?? null) : null,
    supervisorId: atProvider ? (input.supervisorId ?? null) : null,
  };
}

type Organisation = ReturnType<typeof organisationOf>;

/** The chosen unit, provider and supervisor exist, and the supervisor works at the provider and has no other login. */
async function organisationRefusal(tx: Tx, org: Organisation, userId: string | null) {
  if (org.unitId && !(await tx.unit.findUnique({ where: { id: org.unitId }, select: { id: true } }))) return fieldError("unitId", "Välj en enhet i listan.");
  if (org.providerId && !(await tx.provider.findUnique({ where: { id: org.providerId }, select: { id: true } }))) return fieldError("providerId", "Välj en anordnare i listan.");
  if (org.supervisorId) {
    const supervisor = await tx.supervisor.findUnique({ where: { id: org.supervisorId }, select: { providerId: true, userId: true } });
    if (!supervisor || supervisor.providerId !== org.providerId) return fieldError("supervisorId", "Välj en handledare hos den valda anordnaren.");
    if (supervisor.userId && supervisor.userId !== userId) return fieldError("supervisorId", "Handledaren har redan en egen inloggning.");
  }
  return null;
}

/** Links the user to the supervisor they are (or to none), releasing any earlier link. */
async function linkSupervisor(tx: Tx, userId: string, supervisorId: string | null) {
  await tx.supervisor.updateMany({ where: { userId, ...(supervisorId ? { id: { not: supervisorId } } : {}) }, data: { userId: null } });
  if (supervisorId) await tx.supervisor.update({ where: { id: supervisorId }, data: { userId } });
}

const explainEmailTaken = (refusal: { code: string }) => (refusal.code === "23505" ? fieldError("email", EMAIL_TAKEN) : null);

/**
 * Creates a user with a one-time password: they must choose their own at first sign-in. The password
 * is hashed before the transaction opens (a hash takes tens of milliseconds).
 */
export async function createUserAccount(admin: SessionUser, input: UserCreation): Promise<Result<Changed>> {
  if (!policies.manageUsers(admin)) return forbidden();
  const problem = passwordProblem(input.password, { email: input.email });
  if (problem) return fieldError("password", problem);
  const passwordHash = await hashPassword(input.password);
  const org = organisationOf(input);
  return inTransaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) return fieldError("email", EMAIL_TAKEN);
    const refusal = await organisationRefusal(tx, org, null);
    if (refusal) return refusal;
    const created = await tx.user.create({
      data: { name: input.name, email: input.email, role: input.role, unitId: org.unitId, providerId: org.providerId, passwordHash, mustChangePassword: true, oneTimePasswordExpiresAt: oneTimePasswordExpiry() },
      select: { id: true },
    });
    await linkSupervisor(tx, created.id, org.supervisorId);
    await recordAudit(tx, admin, {
      action: "CREATE",
      entity: "User",
      entityId: created.id,
      changes: { name: input.name, email: input.email, role: input.role, ...org, password: "engångslösenord" },
    });
    return ok({ id: created.id });
  }, explainEmailTaken);
}

/** The user an administrator works on, at the version the form was opened at; 404 when there is none. */
async function loadForAdmin(tx: Tx, admin: SessionUser, input: { userId: string; version?: number }) {
  const user = await tx.user.findFirst({ where: { AND: [userScope(admin), { id: input.userId }] }, include: { supervisor: { select: { id: true } } } });
  if (!user) return notFound();
  if (input.version !== undefined && user.version !== input.version) return conflict();
  return ok(user);
}

/** Saves name, role and where the user belongs. An administrator cannot change their own role. */
export async function updateUserAccount(admin: SessionUser, input: UserUpdate): Promise<Result<Changed>> {
  if (!policies.manageUsers(admin)) return forbidden();
  return inTransaction(async (tx) => {
    const loaded = await loadForAdmin(tx, admin, input);
    if (!loaded.ok) return loaded;
    const user = loaded.value;
    if (user.id === admin.id && input.role !== user.role) return fieldError("role", `Du kan inte ändra din egen roll. ${NOT_YOURSELF}`);
    const org = organisationOf(input);
    const refusal = await organisationRefusal(tx, org, user.id);
    if (refusal) return refusal;
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: user.version },
      // The reviewer permission is for the unit it was granted at (ADR access-review): a move or a new role ends it.
      data: { name: input.name, role: input.role, unitId: org.unitId, providerId: org.providerId, version: { increment: 1 }, ...(org.unitId !== user.unitId || input.role !== user.role ? { reviewsAccess: false } : {}) },
    });
    if (count === 0) return conflict();
    await linkSupervisor(tx, user.id, org.supervisorId);
    const before = { name: user.name, role: user.role, unitId: user.unitId, providerId: user.providerId, supervisorId: user.supervisor?.id ?? null };
    const after = { name: input.name, role: input.role, ...org };
    const changes = Object.fromEntries(
      (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]).map((key) => [key, { before: before[key], after: after[key] }]),
    );
    await recordAudit(tx, admin, { action: "UPDATE", entity: "User", entityId: user.id, changes });
    return ok({ id: user.id });
  });
}

/** Deactivates (or reactivates) an account. Deactivation ends every session of the user at once. */
async function setActive(admin: SessionUser, input: UserCommand, active: boolean): Promise<Result<Changed>> {
  if (!policies.manageUsers(admin)) return forbidden();
  return inTransaction(async (tx) => {
    const loaded = await loadForAdmin(tx, admin, input);
    if (!loaded.ok) return loaded;
    const user = loaded.value;
    if (user.id === admin.id) return conflict(`Du kan inte stänga av ditt eget konto. ${NOT_YOURSELF}`);
    if (user.active === active) return conflict(active ? "Kontot är redan aktivt." : "Kontot är redan avstängt.");
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: user.version },
      data: { active, version: { increment: 1 }, ...(active ? {} : { sessionVersion: { increment: 1 } }) },
    });
    if (count === 0) return conflict();
    const ended = active ? 0 : await revokeAllSessions(tx, user.id);
    await recordAudit(tx, admin, { action: "UPDATE", entity: "User", entityId: user.id, changes: { active: { before: !active, after: active }, ...(active ? {} : { sessionsEnded: ended }) } });
    return ok({ id: user.id });
  });
}

export const deactivateUser = (admin: SessionUser, input: UserCommand) => setActive(admin, input, false);
export const reactivateUser = (admin: SessionUser, input: UserCommand) => setActive(admin, input, true);

/**
 * Gives the user a one-time password, chosen by the administrator or suggested by the form; the user
 * must choose their own at the next sign-in. Every session of the user ends: someone else may have had it.
 */
export async function resetPassword(admin: SessionUser, input: PasswordReset): Promise<Result<Changed>> {
  if (!policies.manageUsers(admin)) return forbidden();
  const target = await db().user.findFirst({ where: { AND: [userScope(admin), { id: input.userId }] }, select: { id: true, email: true } });
  if (!target) return notFound();
  if (target.id === admin.id) return conflict(`Byt ditt eget lösenord under Byt lösenord i sidhuvudet. ${NOT_YOURSELF}`);
  const problem = passwordProblem(input.password, { email: target.email });
  if (problem) return fieldError("password", problem);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async (tx) => {
    const loaded = await loadForAdmin(tx, admin, input);
    if (!loaded.ok) return loaded;
    const { count } = await tx.user.updateMany({
      where: { id: target.id, version: input.version },
      data: { passwordHash, mustChangePassword: true, oneTimePasswordExpiresAt: oneTimePasswordExpiry(), sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    if (count === 0) return conflict();
    const ended = await revokeAllSessions(tx, target.id);
    await recordAudit(tx, admin, { action: "UPDATE", entity: "User", entityId: target.id, changes: { password: "återställt", mustChangePassword: true, sessionsEnded: ended } });
    return ok({ id: target.id });
  });
}

/** Ends every session of another user, on every device, at once. */
export async function endUserSessions(admin: SessionUser, input: { userId: string }): Promise<Result<Changed>> {
  if (!policies.manageUsers(admin)) return forbidden();
  return inTransaction(async (tx) => {
    const loaded = await loadForAdmin(tx, admin, { userId: input.userId });
    if (!loaded.ok) return loaded;
    if (loaded.value.id === admin.id) return conflict("Dina egna sessioner avslutar du under Mina sessioner.");
    await tx.user.update({ where: { id: input.userId }, data: { sessionVersion: { increment: 1 } } });
    const ended = await revokeAllSessions(tx, input.userId);
    await recordAudit(tx, admin, { action: "SIGN_OUT", entity: "User", entityId: input.userId, changes: { endedBy: "admin", sessions: ended } });
    return ok({ id: input.userId });
  });
}

const SIGN_IN_ACTIONS = ["SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_BLOCKED"] as const;
export const SIGN_IN_HISTORY_SIZE = 20;

/** One user as an administrator sees them: details, open sessions and the latest sign-ins with their addresses. Logged as read. */
export async function getUserForAdmin(admin: SessionUser, userId: string) {
  if (!policies.manageUsers(admin)) return null;
  const user = await db().user.findFirst({
    where: { AND: [userScope(admin), { id: userId }] },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      version: true,
      mustChangePassword: true,
      oneTimePasswordExpiresAt: true,
      createdAt: true,
      lastSignInAt: true,
      unitId: true,
      providerId: true,
      unit: { select: { name: true } },
      provider: { select: { name: true } },
      supervisor: { select: { id: true, name: true } },
      oidcIssuer: true,
      oidcSubject: true,
      oidcEmailMatchAllowed: true,
      reviewsAccess: true,
    },
  });
  if (!user) return null;
  const [sessions, signIns, secondFactor] = await Promise.all([
    db().userSession.findMany({ where: openSessionsWhere(user.id), orderBy: { createdAt: "desc" }, select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true } }),
    db().auditEvent.findMany({
      where: { entity: "User", entityId: user.id, action: { in: [...SIGN_IN_ACTIONS] } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: SIGN_IN_HISTORY_SIZE,
      select: { id: true, at: true, action: true, ip: true },
    }),
    // When the app was set up, never the secret.
    db().totpCredential.findUnique({ where: { userId: user.id }, select: { createdAt: true } }),
  ]);
  await recordReads(db(), admin, "User", [user.id], "admin-user");
  return { ...user, sessions, signIns, secondFactorSince: secondFactor?.createdAt ?? null };
}

/** The units, providers and supervisors an administrator chooses among in the user form. */
export async function userFormOptions(admin: SessionUser, userId?: string) {
  if (!policies.manageUsers(admin)) return { units: [], providers: [], supervisors: [] };
  const [units, providers, supervisors] = await Promise.all([
    db().unit.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().provider.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().supervisor.findMany({
      where: { active: true, OR: [{ userId: null }, ...(userId ? [{ userId }] : [])] },
      orderBy: [{ provider: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, provider: { select: { name: true } } },
    }),
  ]);
  return {
    units: units.map((u) => ({ value: u.id, label: u.name })),
    providers: providers.map((p) => ({ value: p.id, label: p.name })),
    supervisors: supervisors.map((s) => ({ value: s.id, label: `${s.name} (${s.provider.name})` })),
  };
}

/**
 * Removes the user's authenticator app and recovery codes (a lost phone): the user sets up the app again at
 * the next sign-in, and every session ends, since whoever has the phone may hold one.
 */
export async function resetSecondFactor(admin: SessionUser, input: UserCommand): Promise<Result<Changed>> {
  if (!policies.manageUsers(admin)) return forbidden();
  return inTransaction(async (tx) => {
    const loaded = await loadForAdmin(tx, admin, input);
    if (!loaded.ok) return loaded;
    if (loaded.value.id === admin.id) return conflict(NOT_YOURSELF);
    // Done for a user without an app too: the sessions end all the same, and two admins' clicks are no error.
    const { count: apps } = await tx.totpCredential.deleteMany({ where: { userId: input.userId } });
    const { count: recoveryCodes } = await tx.recoveryCode.deleteMany({ where: { userId: input.userId } });
    await tx.user.update({ where: { id: input.userId }, data: { sessionVersion: { increment: 1 }, version: { increment: 1 } } });
    const ended = await revokeAllSessions(tx, input.userId);
    await recordAudit(tx, admin, { action: "DELETE", entity: "TotpCredential", entityId: input.userId, changes: { secondFactor: "återställd", hadApp: apps === 1, recoveryCodes, sessionsEnded: ended } });
    return ok({ id: input.userId });
  });
}
