import "server-only";
import { isIP } from "node:net";
import type { Db, Tx } from "./db";
import { UNKNOWN_IP } from "./client-ip";

type Limit = { maxFailures: number; windowMinutes: number };

/**
 * Failed attempts allowed inside a window before sign-in is refused. A client is its socket's address, or
 * the one our trusted proxy names (lib/server/client-address.ts). One client guessing one account is
 * stopped soon, and only that client: the real user, from anywhere else, still gets in. One client trying
 * a password across many accounts (spraying) is stopped a little later. All clients together on one
 * account are held only briefly, and never from a client the user signed in from lately, so that
 * strangers cannot keep the real user out for long.
 */
export const SIGN_IN_LIMITS = {
  addressFromIp: { maxFailures: 5, windowMinutes: 15 },
  ip: { maxFailures: 20, windowMinutes: 15 },
  address: { maxFailures: 20, windowMinutes: 5 },
} as const satisfies Record<string, Limit>;

export type SignInLimitName = keyof typeof SIGN_IN_LIMITS;

/** Attempts are kept a day: long enough for every window, and for knowing a user's usual address. */
export const ATTEMPT_RETENTION_HOURS = 24;
/** Every so many attempts (by id), the sign-in that registers one also deletes the expired ones. */
export const PRUNE_EVERY = 100n;

export function signInKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The 16-bit groups of an IPv6 address, `::` expanded (an IPv4 tail counts as two). */
function ipv6Groups(ip: string): string[] {
  const split = (part: string) => (part ? part.split(":").flatMap((group) => (group.includes(".") ? ["0", "0"] : [group])) : []);
  if (!ip.includes("::")) return split(ip);
  const [head = "", tail = ""] = ip.split("::");
  const left = split(head);
  const right = split(tail);
  return [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
}

/**
 * What a client is counted as: its address, or for IPv6 its /64 network. A home or office line is given
 * a whole /64, so one client could otherwise take a fresh address for every guess.
 */
export function limitedClient(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  return `${ipv6Groups(ip).slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(":")}::/64`;
}

function since(now: Date, minutes: number): Date {
  return new Date(now.getTime() - minutes * 60_000);
}

/** Which limit, if any, refuses another attempt; counted inside the locked transaction. */
async function exceededLimit(tx: Tx, key: string, ip: string, now: Date): Promise<SignInLimitName | null> {
  const { addressFromIp, ip: perIp, address } = SIGN_IN_LIMITS;
  // Counted from this client's last success on the address, so a user who gets in starts afresh.
  const windowStart = since(now, addressFromIp.windowMinutes);
  const lastSuccess = await tx.signInAttempt.findFirst({ where: { key, ip, succeeded: true, at: { gte: windowStart } }, orderBy: { at: "desc" }, select: { at: true } });
  if ((await tx.signInAttempt.count({ where: { key, ip, succeeded: false, at: { gte: lastSuccess?.at ?? windowStart } } })) >= addressFromIp.maxFailures) return "addressFromIp";
  // Unknown clients (an app not served by scripts/http-server.ts) share one name: counting them together
  // would let anyone lock everyone out.
  if (ip === UNKNOWN_IP) return null;
  if ((await tx.signInAttempt.count({ where: { ip, succeeded: false, at: { gte: since(now, perIp.windowMinutes) } } })) >= perIp.maxFailures) return "ip";
  // The address's own user, back at an address they signed in from lately, is not held up by strangers.
  const knownClient = await tx.signInAttempt.findFirst({ where: { key, ip, succeeded: true }, select: { id: true } });
  if (!knownClient && (await tx.signInAttempt.count({ where: { key, succeeded: false, at: { gte: since(now, address.windowMinutes) } } })) >= address.maxFailures) return "address";
  return null;
}

/**
 * Registers an attempt before the password is checked, or names the limit that refuses it. Kept in
 * PostgreSQL, not in memory, so the limits hold across app instances; the short transaction holds
 * advisory locks on the client's address and then the e-mail address (always in that order, so two
 * sign-ins never wait on each other in a circle) so parallel guesses are counted one at a time. The
 * attempt counts as failed until `markSignInSucceeded`.
 */
export async function beginSignInAttempt(client: Db, key: string, address: string = UNKNOWN_IP, now = new Date()): Promise<{ id: bigint } | { refused: SignInLimitName }> {
  const ip = limitedClient(address);
  return client.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(1, hashtext(${ip}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(2, hashtext(${key}))`;
    const refused = await exceededLimit(tx, key, ip, now);
    if (refused) return { refused };
    const attempt = await tx.signInAttempt.create({ data: { key, ip, at: now, succeeded: false }, select: { id: true } });
    if (attempt.id % PRUNE_EVERY === 0n) await pruneSignInAttempts(tx, now);
    return { id: attempt.id };
    // Attempts on one address queue for the lock, and on the embedded database every transaction queues:
    // wait longer than Prisma's default 2 s rather than fail a sign-in in a burst.
  }, { maxWait: 15_000, timeout: 15_000 });
}

/** Marks an attempt as a successful sign-in (its failures stop counting against the client). */
export function markSignInSucceeded(tx: Pick<Tx, "signInAttempt">, id: bigint) {
  return tx.signInAttempt.update({ where: { id }, data: { succeeded: true } });
}

/** Deletes attempts older than every window needs, so the table does not grow without end. */
export async function pruneSignInAttempts(client: Pick<Tx, "signInAttempt">, now = new Date()): Promise<number> {
  const { count } = await client.signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - ATTEMPT_RETENTION_HOURS * 3_600_000) } } });
  return count;
}
