/**
 * The roles a user can have. Components and types import this, not the generated Prisma client;
 * the Prisma enum `Role` mirrors it and tests/unit/vocabulary.test.ts keeps the two in step.
 */
export const ROLES = ["HANDLAGGARE", "ANORDNARE", "KOORDINATOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];
