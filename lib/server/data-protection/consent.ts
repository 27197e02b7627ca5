import "server-only";
import { dayToDate, isoDay } from "@/lib/format/date";
import { consentRefusal, type ConsentBound } from "@/lib/rules";
import type { ConsentWithdrawal } from "@/lib/validation/consent";
import { recordAudit } from "../audit";
import { participantScope, policies } from "../authz";
import { today } from "../clock";
import { inTransaction } from "../command";
import { conflict, fieldError, forbidden, notFound, ok, type Result } from "../result";
import type { SessionUser } from "../session-user";

const day = (date: Date | null) => (date ? isoDay(date) : null);

/** The participant's consent as lib/rules reads it (consentRefusal). */
export const participantConsent = (p: { consentDate: Date | null; consentWithdrawnOn: Date | null }) => ({
  givenOn: day(p.consentDate),
  withdrawnOn: day(p.consentWithdrawnOn),
});

/** The participant's columns `consentRefusalFor` reads. */
export const CONSENT_COLUMNS = { consentDate: true, consentWithdrawnOn: true } as const;

/** lib/rules' consentRefusal for a participant row: why `what` may not be done for lack of consent, or null. */
export const consentRefusalFor = (participant: { consentDate: Date | null; consentWithdrawnOn: Date | null }, what?: ConsentBound) =>
  consentRefusal(participantConsent(participant), what);

/**
 * Records that the participant withdrew their consent, on a day no later than today. From then on, until
 * consent is given again, lib/rules' consentRefusal stops new placements, extensions, moved starts and the
 * host's follow-ups and proposals to prolong; running placements go on until the officer winds them down.
 * Logged with the values before and after.
 */
export async function withdrawConsent(user: SessionUser, input: ConsentWithdrawal): Promise<Result<{ id: string }>> {
  if (input.withdrawnOn > today()) return fieldError("withdrawnOn", "Datumet kan inte ligga efter i dag.");
  return inTransaction(async (tx) => {
    const participant = await tx.participant.findFirst({ where: { AND: [participantScope(user), { id: input.participantId }] } });
    if (!participant) return notFound();
    if (!policies.manageParticipant(user, participant)) return forbidden();
    const { count } = await tx.participant.updateMany({
      where: { id: participant.id, version: input.version },
      data: { consentWithdrawnOn: dayToDate(input.withdrawnOn), consentWithdrawalNote: input.note ?? null, version: { increment: 1 } },
    });
    if (count === 0) return conflict();
    await recordAudit(tx, user, {
      action: "UPDATE",
      entity: "Participant",
      entityId: participant.id,
      changes: {
        consentWithdrawnOn: { before: day(participant.consentWithdrawnOn), after: input.withdrawnOn },
        consentWithdrawalNote: { before: participant.consentWithdrawalNote, after: input.note ?? null },
      },
    });
    return ok({ id: participant.id });
  });
}
