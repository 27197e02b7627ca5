import { expect as baseExpect, test } from "@playwright/test";
import { stockholmDay } from "../../lib/format/date";
import { addDaysIso } from "../../lib/rules";
import { queueDigests } from "../../lib/server/notices/digests";
import { generateNotices } from "../../lib/server/notices/generate";
import { smtpMailer } from "../../lib/server/notices/mailer";
import { sendPendingDigests } from "../../lib/server/notices/outbox";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createListedParticipant, createPlacementOn, createUser } from "../support/factories";
import { startMailServer } from "../support/mail-server";
import { demoUser, expectAccessible, signInAs } from "./fixtures";

const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
test.afterAll(() => db.$disconnect());

const today = stockholmDay();

/** A host user of their own at the demo provider, and a placement there whose follow-up is due in three days. */
async function aHostWithAFollowUpDue() {
  const officer = await db.user.findUniqueOrThrow({ where: { email: demoUser("HANDLAGGARE").email } });
  const demoHost = await db.user.findUniqueOrThrow({ where: { email: demoUser("ANORDNARE").email } });
  const host = await createUser(db, { role: "ANORDNARE", providerId: demoHost.providerId });
  const participant = await createListedParticipant(db, { unitId: officer.unitId!, responsibleOfficerId: officer.id, firstName: "Vera", lastName: `Aviseradsson ${Date.now()}` });
  const placement = await createPlacementOn(db, {
    participantId: participant.id,
    providerId: demoHost.providerId!,
    officerId: officer.id,
    startDate: addDaysIso(today, -20),
    plannedEndDate: addDaysIso(today, 120),
    status: "ACTIVE",
  });
  await db.placement.update({ where: { id: placement.id }, data: { nextFollowUpDueOn: new Date(`${addDaysIso(today, 3)}T00:00:00Z`) } });
  return { host, participant, placement };
}

test("the host gets a notice when a follow-up is due, reads it and clears it; the digest arrives in the local mailbox", async ({ page }) => {
  const { host, participant, placement } = await aHostWithAFollowUpDue();
  await generateNotices(db, today);
  const unread = await db.notice.count({ where: { userId: host.id, readAt: null } });
  baseExpect(unread).toBeGreaterThanOrEqual(1);

  await signInAs(page, { role: "ANORDNARE", email: host.email, password: host.password });
  const noticesLink = page.getByRole("navigation", { name: "Mitt konto" }).getByRole("link", { name: /^Aviseringar/ });
  await expect(noticesLink).toHaveAccessibleName(`Aviseringar ${unread} olästa`);
  await noticesLink.click();
  await expect(page.getByRole("heading", { level: 1, name: "Aviseringar" })).toBeVisible();
  const unreadSection = page.getByRole("region", { name: /Olästa/ });
  const notice = unreadSection.getByRole("listitem").filter({ hasText: participant.lastName });
  await expect(notice.getByRole("heading", { name: `Uppföljning ska göras senast ${addDaysIso(today, 3)}` })).toBeVisible();
  await expect(notice.getByRole("link", { name: new RegExp(participant.lastName) })).toHaveAttribute("href", `/anordnare/placeringar/${placement.id}`);
  await expectAccessible(page);

  await notice.getByRole("button", { name: /Markera som läst/ }).click();
  await expect(page).toHaveURL("/aviseringar?klart=avisering-last");
  await expect(page.getByRole("region", { name: "Lästa" }).getByRole("listitem").filter({ hasText: participant.lastName })).toBeVisible();
  if (unread > 1) {
    await page.getByRole("button", { name: "Markera alla som lästa" }).click();
    await expect(page).toHaveURL("/aviseringar?klart=aviseringar-lasta");
  }
  await expect(page.getByRole("heading", { name: "Inga olästa aviseringar" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Mitt konto" }).getByRole("link", { name: "Aviseringar", exact: true })).toBeVisible();
  await expectAccessible(page);

  // The digest: the day's notices are already read, so a new one arrives first.
  const mail = await startMailServer();
  const mailer = smtpMailer(mail.url);
  try {
    await db.placement.update({ where: { id: placement.id }, data: { nextFollowUpDueOn: new Date(`${addDaysIso(today, 5)}T00:00:00Z`) } });
    await generateNotices(db, today);
    await queueDigests(db, today);
    await sendPendingDigests(db, mailer, "http://localhost:3000");
  } finally {
    mailer.close();
    await mail.stop();
  }
  // Other tests make placements at the same provider at the same time, so the count may be higher than one.
  const digests = mail.received.filter((m) => m.to.includes(host.email));
  baseExpect(digests).toHaveLength(1);
  baseExpect(digests[0]!.subject).toMatch(/^Stegvis: (1 ny avisering|\d+ nya aviseringar)$/);
  baseExpect(digests[0]!.text).toMatch(/\d+ uppföljning(ar)? som snart ska göras/);
  baseExpect(digests[0]!.text).toContain("http://localhost:3000/aviseringar");
  baseExpect(digests[0]!.text).not.toContain(participant.lastName);
});

test("the digest can be turned off, and the page says so", async ({ page }) => {
  const { host } = await aHostWithAFollowUpDue();
  await signInAs(page, { role: "ANORDNARE", email: host.email, password: host.password });
  await page.goto("/aviseringar");
  await page.getByRole("radio", { name: /Nej, jag läser aviseringarna här/ }).check();
  await page.getByRole("button", { name: "Spara valet" }).click();
  await expect(page).toHaveURL("/aviseringar?klart=sammanfattning-av");
  await expect(page.getByRole("radio", { name: /Nej, jag läser aviseringarna här/ })).toBeChecked();
  await expect(page.getByText("Du får ingen sammanfattning med e-post.")).toBeVisible();
  baseExpect((await db.user.findUniqueOrThrow({ where: { id: host.id } })).noticeDigest).toBe(false);
  await expectAccessible(page);
});
