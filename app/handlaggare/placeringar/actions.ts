"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { cancelPlacement, endPlacement, extendPlacement, shortenPlacement } from "@/lib/server/placements/change-placement";
import { placementCancellation, placementEnding, placementExtension, placementShortening } from "@/lib/validation/placement-change";

const placementPage = (id: string) => `/handlaggare/placeringar/${id}`;

export async function extendPlacementAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("extendPlacementAction", formData, placementExtension, extendPlacement, ({ id }) => ({ to: placementPage(id), confirm: "placering-forlangd" }));
}

export async function shortenPlacementAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("shortenPlacementAction", formData, placementShortening, shortenPlacement, ({ id }) => ({ to: placementPage(id), confirm: "placering-forkortad" }));
}

export async function endPlacementAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("endPlacementAction", formData, placementEnding, endPlacement, ({ id }) => ({ to: placementPage(id), confirm: "placering-avslutad" }));
}

export async function cancelPlacementAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("cancelPlacementAction", formData, placementCancellation, cancelPlacement, ({ id }) => ({ to: placementPage(id), confirm: "placering-makulerad" }));
}
