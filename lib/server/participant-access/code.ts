import "server-only";
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
