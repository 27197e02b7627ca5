/**
 * Choices and limits that a schema checks and a form shows. Kept free of zod, so that a form (a client
 * component) can import them without sending zod to the browser: validation runs on the server only.
 */

export const SCOPE_KINDS = { nationell: "Hela landet", urval: "Valda enheter och kommuner", ingen: "Ingen omfattning (inga siffror)" } as const;
export type ScopeKind = keyof typeof SCOPE_KINDS;

export const MAX_FIELDS_OF_WORK = 20;

export const PROPOSAL_DECISIONS = ["ACCEPT", "REJECT"] as const;
export const DECISION_LABELS: Record<(typeof PROPOSAL_DECISIONS)[number], string> = { ACCEPT: "Godkänn förslaget", REJECT: "Avslå förslaget" };

/** The kinds of API key an administrator creates, as the form names them. */
export const API_KEY_KINDS = { anordnare: "Anordnare: egna placeringar och uppföljningar", koordinator: "Koordinator: sammanställda siffror" } as const;
export type ApiKeyKindChoice = keyof typeof API_KEY_KINDS;

/** The participant's answer to a follow-up, as their form offers it (lib/validation/participant-statement.ts). */
export const FOLLOW_UP_ANSWERS = { stammer: "Det stämmer", "stammer-inte": "Det stämmer inte" } as const;
export type FollowUpAnswer = keyof typeof FOLLOW_UP_ANSWERS;
