import "server-only";
import type { ProposalWithdrawal } from "@/lib/validation/proposal";
import { recordAudit } from "../audit";
import { policies } from "../authz";
import { proposalPlacementScope } from "./scope";
import { inTransaction } from "../command";
import { conflict, forbidden, notFound, ok, type Result } from "../result";
import type { SessionUser } from "../session-user";
import { notWaiting } from "./proposal-state";

/** The provider takes back a proposal the case officer has not answered yet. */
export async function withdrawProposal(user: SessionUser, input: ProposalWithdrawal): Promise<Result<{ id: string; placementId: string }>> {
  return inTransaction(async (tx) => {
    const proposal = await tx.placementProposal.findFirst({
      where: { id: input.proposalId, placement: proposalPlacementScope(user) },
      include: { placement: { select: { providerId: true } } },
    });
    if (!proposal) return notFound();
    if (!policies.proposeChange(user, proposal.placement)) return forbidden();
    const answered = notWaiting(proposal);
    if (answered) return answered;
    if (proposal.version !== input.version) return conflict();
    const { count } = await tx.placementProposal.updateMany({
      where: { id: proposal.id, version: proposal.version, status: "WAITING" },
      data: { status: "WITHDRAWN", withdrawnAt: new Date(), version: { increment: 1 } },
    });
    if (count !== 1) return conflict();
    await recordAudit(tx, user, { action: "UPDATE", entity: "PlacementProposal", entityId: proposal.id, changes: { status: { before: "WAITING", after: "WITHDRAWN" } } });
    return ok({ id: proposal.id, placementId: proposal.placementId });
  });
}
