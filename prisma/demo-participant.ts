// The demo participant's own login (issue 18): the participant whose agreement the demo waits on, with a fresh
// sign-in code at every start of the demo, issued by the demo case officer. The start script prints it; a code
// opens one sign-in, and the officer's page /handlaggare/deltagare/<id>/inloggning gives more, as in real use.
import { formatParticipantCode, participantCodeExpiry } from "../lib/domain/participant-code";
import { formatPersonalNumber } from "../lib/format/personal-number";
import type { PrismaClient } from "../lib/server/generated/prisma/client";
import { newParticipantCode, participantCodeHash, participantLogin } from "../lib/server/participant-access/code";
import { DEMO_USERS } from "./demo-users";
import { seedId } from "./seed/ids";

export type DemoParticipantLogin = { personalNumber: string; code: string; name: string };

export async function openDemoParticipantLogin(prisma: PrismaClient): Promise<DemoParticipantLogin | null> {
  const version = await prisma.agreementVersion.findUnique({ where: { id: seedId("agreement:waiting") }, select: { placement: { select: { participant: true } } } });
  const officer = await prisma.user.findUnique({ where: { email: DEMO_USERS.find((u) => u.role === "HANDLAGGARE")!.email }, select: { id: true } });
  const participant = version?.placement.participant;
  if (!participant || !officer) return null;
  const code = newParticipantCode();
  await prisma.$transaction(async (tx) => {
    const login = await tx.user.upsert({
      where: { participantId: participant.id },
      create: participantLogin(participant),
      update: { active: true },
      select: { id: true },
    });
    const now = new Date();
    await tx.participantSignInCode.updateMany({ where: { userId: login.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await tx.participantSignInCode.create({ data: { userId: login.id, codeHash: participantCodeHash(participant.id, code), issuedById: officer.id, expiresAt: participantCodeExpiry(now) } });
  });
  return { personalNumber: formatPersonalNumber(participant.personalIdentityNumber), code: formatParticipantCode(code), name: `${participant.firstName} ${participant.lastName}` };
}

/** What the start script prints for the demo participant. */
export function demoParticipantLine(login: DemoParticipantLogin, port: number): string {
  return `\nDeltagare (${login.name}): logga in på http://localhost:${port}/logga-in/deltagare med personnummer ${login.personalNumber} och koden ${login.code} (fungerar en gång; handläggaren ger fler).`;
}
