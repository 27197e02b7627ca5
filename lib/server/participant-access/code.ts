// Not "server-only": the start script opens the demo participant's login with a fresh code (prisma/demo-participant.ts).
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { PARTICIPANT_CODE_ALPHABET, PARTICIPANT_CODE_LENGTH } from "@/lib/domain/participant-code";

/** A fresh code, drawn by the page that shows it to the officer (like an API key: only its hash is stored). */
export function newParticipantCode(): string {
  return Array.from({ length: PARTICIPANT_CODE_LENGTH }, () => PARTICIPANT_CODE_ALPHABET[randomInt(PARTICIPANT_CODE_ALPHABET.length)]).join("");
}

/** The stored form: SHA-256 over the participant's id and the code, so equal codes of two participants differ. */
export function participantCodeHash(participantId: string, code: string): string {
  return createHash("sha256").update(`${participantId}:${code}`, "utf8").digest("hex");
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Not an argon2 hash, so no password matches it (lib/server/password.ts answers false); password sign-in refuses the role too. */
const NO_PASSWORD = "!deltagaren-loggar-in-med-kod-eller-e-legitimation";

/**
 * A participant's new login. It carries no personal data of its own: its name says the case number and its address
 * is in the reserved .invalid domain (RFC 2606), so it can never be mailed and retention has nothing to clear there.
 */
export function participantLogin(participant: { id: string; caseNumber: number }) {
  return {
    role: "DELTAGARE" as const,
    participantId: participant.id,
    name: `Deltagare, ärende ${participant.caseNumber}`,
    email: `deltagare-${participant.id}@deltagare.stegvis.invalid`,
    passwordHash: NO_PASSWORD,
    noticeDigest: false,
  };
}
