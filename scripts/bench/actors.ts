// The users the bench acts as, read from the scale database: the national coordinator, the busiest unit's officer,
// the busiest provider's anordnare, and the participant with the longest history in that unit.
import type pg from "pg";
import type { SessionUser } from "../../lib/server/session-user";

export type Actors = {
  officer: SessionUser;
  coordinator: SessionUser;
  anordnare: SessionUser;
  participantId: string;
  /** A surname and a personnummer prefix that occur in the officer's unit. */
  surname: string;
  numberPrefix: string;
  unitParticipants: number;
};

type UserRow = SessionUser;
const USER_COLUMNS = `id, name, email, role, "unitId", "providerId"`;

async function one<T extends object>(client: pg.Client, sql: string, values: unknown[] = []): Promise<T> {
  const { rows } = await client.query<T>(sql, values);
  if (!rows[0]) throw new Error("skaldatabasen saknar data: kör npm run db:scale först.");
  return rows[0];
}

export async function findActors(client: pg.Client): Promise<Actors> {
  const unit = await one<{ unitId: string; n: string }>(client, `SELECT "unitId", count(*) AS n FROM "Participant" GROUP BY 1 ORDER BY 2 DESC LIMIT 1`);
  // The officer with the most participants of their own in that unit.
  const officer = await one<UserRow>(client, `
    SELECT ${USER_COLUMNS} FROM "User" u WHERE u.role = 'HANDLAGGARE' AND u."unitId" = $1
    ORDER BY (SELECT count(*) FROM "Participant" p WHERE p."responsibleOfficerId" = u.id) DESC LIMIT 1`, [unit.unitId]);
  // The national coordinator: the dashboard's largest coverage.
  const coordinator = await one<UserRow>(client, `
    SELECT ${USER_COLUMNS} FROM "User" u WHERE u.role = 'KOORDINATOR' AND EXISTS (SELECT 1 FROM "CoordinatorScope" s WHERE s."userId" = u.id AND s.national)
    LIMIT 1`);
  const anordnare = await one<UserRow>(client, `
    SELECT ${USER_COLUMNS} FROM "User" u WHERE u.role = 'ANORDNARE'
    ORDER BY (SELECT count(*) FROM "Placement" p WHERE p."providerId" = u."providerId" AND p.status IN ('PLANNED', 'ACTIVE')) DESC LIMIT 1`);
  const participant = await one<{ id: string; lastName: string; number: string }>(client, `
    SELECT p.id, p."lastName", p."personalIdentityNumber" AS number FROM "Participant" p
    WHERE p."unitId" = $1 AND NOT p."protectedIdentity"
    ORDER BY (SELECT count(*) FROM "Placement" x JOIN "FollowUp" f ON f."placementId" = x.id WHERE x."participantId" = p.id) DESC LIMIT 1`, [unit.unitId]);
  return {
    officer,
    coordinator,
    anordnare,
    participantId: participant.id,
    surname: participant.lastName,
    numberPrefix: participant.number.slice(0, 6),
    unitParticipants: Number(unit.n),
  };
}
