/**
 * The roles a user can have. Components and types import this, not the generated Prisma client;
 * the Prisma enum `Role` mirrors it and tests/unit/vocabulary.test.ts keeps the two in step.
 */
export const ROLES = ["HANDLAGGARE", "ANORDNARE", "KOORDINATOR", "ADMIN", "DELTAGARE"] as const;
export type Role = (typeof ROLES)[number];

/**
 * The roles of people who work with participants, whose accounts an administrator opens. A participant's own
 * login (DELTAGARE) is opened by their case officer with a sign-in code (lib/server/participant-access.ts).
 */
export const STAFF_ROLES = ["HANDLAGGARE", "ANORDNARE", "KOORDINATOR", "ADMIN"] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];
