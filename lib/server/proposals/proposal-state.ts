import "server-only";
import type { ProposalStatus } from "@/lib/domain/vocabulary";
import { conflict, type Refusal } from "../result";

/** Why a proposal can no longer be answered or withdrawn, said before any stale-version refusal. */
const NOT_WAITING: Record<Exclude<ProposalStatus, "WAITING">, string> = {
  ACCEPTED: "Förslaget är redan godkänt. Ladda om sidan.",
  REJECTED: "Förslaget är redan avslaget. Ladda om sidan.",
  WITHDRAWN: "Anordnaren har dragit tillbaka förslaget, så det kan inte besvaras längre.",
  REPLACED: "Anordnaren har ersatt förslaget med ett nyare. Svara på det nya förslaget i stället.",
};

/** A conflict naming what happened to the proposal, or null while it waits. */
export function notWaiting(proposal: { status: ProposalStatus }): Refusal | null {
  return proposal.status === "WAITING" ? null : conflict(NOT_WAITING[proposal.status]);
}
