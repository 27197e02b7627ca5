import "server-only";
import { providerSeesEndedFrom } from "@/lib/rules";
import { hostPlacementScope } from "../authz";
import { today } from "../clock";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../session-user";

/**
 * The placements a provider's user reads and makes proposals on: the same as for follow-ups (a
 * supervisor with a login their own placements, the contact all of the provider's; never a cancelled
 * one, and an ended one only for the days the provider keeps reading it).
 */
export const proposalPlacementScope = (user: SessionUser): Prisma.PlacementWhereInput => hostPlacementScope(user, providerSeesEndedFrom(today()));
