/** A text for LIKE / ILIKE (Prisma's `contains`) with LIKE's own wildcards searched for as themselves. */
export const literally = (text: string) => text.replace(/[\\%_]/g, "\\$&");
