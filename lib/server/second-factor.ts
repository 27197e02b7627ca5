import "server-only";
import { codeKind, isTotpSecret, matchedStep, newRecoveryCodes, normalizedCode } from "@/lib/domain/second-factor";
import type { EnrolmentConfirmation, SecondFactorCode } from "@/lib/validation/second-factor";
import { recordAudit } from "./audit";
import { inTransaction } from "./command";
import { db, type Tx } from "./db";
import { hashPassword, verifyPassword } from "./password";
import { conflict, fieldError, ok, type Refusal, type Result } from "./result";
import type { PendingSignIn } from "./session";
import { beginSignInAttempt, markSignInSucceeded, signInKey } from "./sign-in-limit";

export const WRONG_CODE = "Koden stämmer inte. Skriv de sex siffror som appen visar just nu, eller en oanvänd återställningskod.";
export const WRONG_ENROLMENT_CODE = "Koden stämmer inte. Skriv de sex siffror som appen visar just nu för Stegvis.";
export const USED_CODE = "Koden har redan använts. Vänta tills appen visar en ny kod och skriv den.";
export const TOO_MANY_CODES = "För många felaktiga koder. Vänta 15 minuter och försök sedan igen.";
export const SECRET_CHANGED = "Nyckeln kunde inte läsas. Ladda om sidan och lägg till kontot i appen igen.";
const ALREADY_ENROLLED = "Tvåstegsverifieringen är redan aktiverad för kontot. Logga in igen med en kod från appen.";
const NOT_ENROLLED = "Kontot har ingen tvåstegsverifiering ännu. Ladda om sidan.";

const actorOf = (pending: PendingSignIn) => ({ id: pending.userId, role: pending.role, ip: pending.ip });

/**
 * Registers a code attempt under the same limits as passwords (per address and client, per client, per
 * address): a guessed code costs what a guessed password does. Null when the limit refuses it (logged).
 */
async function countedAttempt(pending: PendingSignIn): Promise<bigint | null> {
  const attempt = await beginSignInAttempt(db(), signInKey(pending.email), pending.ip);
  if ("id" in attempt) return attempt.id;
  await recordAudit(db(), actorOf(pending), { action: "SIGN_IN_BLOCKED", entity: "User", entityId: pending.userId, changes: { check: "second-factor", limit: attempt.refused } });
  return null;
}

/** A wrong, used or unreadable code: logged, and answered at the code field. */
async function refusedCode(pending: PendingSignIn, message: string, reason: string): Promise<Refusal> {
  await recordAudit(db(), actorOf(pending), { action: "SIGN_IN_FAILED", entity: "User", entityId: pending.userId, changes: { check: "second-factor", reason } });
  return fieldError("code", message);
}

/**
 * The held session opens, and the code's attempt counts as the successful sign-in; nothing is written if the
 * session has ended meanwhile (signed out in another tab, ended by an administrator).
 */
async function openHeldSession(tx: Tx, pending: PendingSignIn, attemptId: bigint, method: string): Promise<Refusal | null> {
  const { count } = await tx.userSession.updateMany({ where: { id: pending.sessionId, userId: pending.userId, revokedAt: null }, data: { secondFactorPending: false } });
  if (count === 0) return conflict("Sessionen har avslutats. Logga in igen.");
  await markSignInSucceeded(tx, attemptId);
  await recordAudit(tx, actorOf(pending), { action: "SIGN_IN", entity: "User", entityId: pending.userId, changes: { sessionId: pending.sessionId, secondFactor: method } });
  return null;
}

/**
 * First sign-in of a user who must have a second factor: the secret shown on the page is saved once the
 * user types a code their app made from it, with new recovery codes (only their hashes are kept), and the
 * session opens. The codes are returned to be shown this once.
 */
export async function confirmEnrolment(pending: PendingSignIn, input: EnrolmentConfirmation, now = new Date()): Promise<Result<{ recoveryCodes: string[] }>> {
  if (pending.step !== "enrol") return conflict(ALREADY_ENROLLED);
  const attemptId = await countedAttempt(pending);
  if (attemptId === null) return fieldError("code", TOO_MANY_CODES);
  if (!isTotpSecret(input.secret)) return refusedCode(pending, SECRET_CHANGED, "secret-unreadable");
  const step = matchedStep(input.secret, normalizedCode(input.code), now);
  if (step === null) return refusedCode(pending, WRONG_ENROLMENT_CODE, "wrong-code");
  const recoveryCodes = newRecoveryCodes();
  const hashes: string[] = [];
  // One at a time: each argon2 hash takes 19 MiB, and ten at once would take that ten times over.
  for (const code of recoveryCodes) hashes.push(await hashPassword(normalizedCode(code)));
  return inTransaction(async (tx) => {
    // Two tabs confirming at once: the first saves, the second finds the credential and stops.
    const { count } = await tx.totpCredential.createMany({ data: [{ userId: pending.userId, secret: input.secret, lastUsedStep: step }], skipDuplicates: true });
    if (count === 0) return conflict(ALREADY_ENROLLED);
    await tx.recoveryCode.deleteMany({ where: { userId: pending.userId } });
    await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: pending.userId, codeHash })) });
    await recordAudit(tx, actorOf(pending), { action: "CREATE", entity: "TotpCredential", entityId: pending.userId, changes: { recoveryCodes: hashes.length } });
    const refused = await openHeldSession(tx, pending, attemptId, "app (aktiverad)");
    return refused ?? ok({ recoveryCodes });
  });
}

/**
 * The second step of a sign-in: a code from the app (each 30-second code opens one session only: the last
 * used step is kept, and a code of that step or before is refused) or a recovery code (used up by it).
 */
export async function verifySecondFactor(pending: PendingSignIn, input: SecondFactorCode, now = new Date()): Promise<Result<{ method: string }>> {
  if (pending.step !== "verify") return conflict(NOT_ENROLLED);
  const attemptId = await countedAttempt(pending);
  if (attemptId === null) return fieldError("code", TOO_MANY_CODES);
  const code = normalizedCode(input.code);
  const kind = codeKind(code);
  if (kind === "totp") return verifyAppCode(pending, code, attemptId, now);
  if (kind === "recovery") return verifyRecoveryCode(pending, code, attemptId);
  return refusedCode(pending, WRONG_CODE, "unreadable");
}

async function verifyAppCode(pending: PendingSignIn, code: string, attemptId: bigint, now: Date): Promise<Result<{ method: string }>> {
  const credential = await db().totpCredential.findUnique({ where: { userId: pending.userId }, select: { secret: true } });
  const step = credential ? matchedStep(credential.secret, code, now) : null;
  if (step === null) return refusedCode(pending, WRONG_CODE, "wrong-code");
  const result = await inTransaction(async (tx) => {
    // Claimed in the transaction that opens the session, so two requests with one code cannot both get in.
    const { count } = await tx.totpCredential.updateMany({ where: { userId: pending.userId, lastUsedStep: { lt: step } }, data: { lastUsedStep: step } });
    if (count === 0) return fieldError("code", USED_CODE);
    return (await openHeldSession(tx, pending, attemptId, "app")) ?? ok({ method: "app" });
  });
  if (!result.ok && result.reason === "invalid") await recordAudit(db(), actorOf(pending), { action: "SIGN_IN_FAILED", entity: "User", entityId: pending.userId, changes: { check: "second-factor", reason: "code-reused" } });
  return result;
}

async function verifyRecoveryCode(pending: PendingSignIn, code: string, attemptId: bigint): Promise<Result<{ method: string }>> {
  const unused = await db().recoveryCode.findMany({ where: { userId: pending.userId, usedAt: null }, select: { id: true, codeHash: true } });
  let matched: string | null = null;
  for (const candidate of unused) if (!matched && (await verifyPassword(candidate.codeHash, code))) matched = candidate.id;
  if (!matched) return refusedCode(pending, WRONG_CODE, "wrong-recovery-code");
  const id = matched;
  const result = await inTransaction(async (tx) => {
    const { count } = await tx.recoveryCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: new Date() } });
    if (count === 0) return fieldError("code", USED_CODE);
    const left = await tx.recoveryCode.count({ where: { userId: pending.userId, usedAt: null } });
    return (await openHeldSession(tx, pending, attemptId, `återställningskod (${left} kvar)`)) ?? ok({ method: "recovery" });
  });
  if (!result.ok && result.reason === "invalid") await recordAudit(db(), actorOf(pending), { action: "SIGN_IN_FAILED", entity: "User", entityId: pending.userId, changes: { check: "second-factor", reason: "recovery-code-reused" } });
  return result;
}
