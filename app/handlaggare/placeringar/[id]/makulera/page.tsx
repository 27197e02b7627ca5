import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CancelPlacementForm } from "@/components/placements/cancel-placement-form";
import { ChangePlacementPage } from "@/components/placements/change-placement-page";
import { today } from "@/lib/server/clock";
import { getPlacement } from "@/lib/server/placements/get-placement";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { cancelPlacementAction } from "../../actions";

export const metadata: Metadata = { title: "Makulera placeringen" };

export default async function CancelPlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/placeringar/${id}/makulera`);
  const placement = isUuid(id) ? await getPlacement(user, id) : null;
  if (!placement) notFound();
  return (
    <ChangePlacementPage
      placement={placement}
      today={today()}
      change="cancel"
      title="Makulera placeringen"
      intro="Makulera bara en placering som registrerades av misstag. Den finns kvar i historiken men räknas inte, och datumen blir lediga för en annan placering. Har placeringen pågått, avsluta den i stället."
    >
      <CancelPlacementForm action={cancelPlacementAction} placementId={placement.id} version={placement.version} />
    </ChangePlacementPage>
  );
}
