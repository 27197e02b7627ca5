import type { NoticeKind } from "@/lib/domain/notice-kinds";
import { NOTICE_RULES } from "@/lib/rules/notices";

/** What each kind of notice is called in a count ("2 uppföljningar som snart ska göras"). */
const COUNTED: Record<NoticeKind, [one: string, many: string]> = {
  FOLLOW_UP_DUE: ["uppföljning som snart ska göras", "uppföljningar som snart ska göras"],
  FOLLOW_UP_OVERDUE: ["uppföljning som är försenad", "uppföljningar som är försenade"],
  FOLLOW_UP_ESCALATED: [
    `uppföljning försenad mer än ${NOTICE_RULES.escalationOverdueDays} dagar på din enhet`,
    `uppföljningar försenade mer än ${NOTICE_RULES.escalationOverdueDays} dagar på din enhet`,
  ],
  PLACEMENT_ENDING: ["placering som snart slutar", "placeringar som snart slutar"],
  PROPOSAL_WAITING: ["förslag som väntar på svar", "förslag som väntar på svar"],
  AGREEMENT_WAITING: ["överenskommelse som väntar på godkännande", "överenskommelser som väntar på godkännande"],
  AGREEMENT_EXPIRING: ["överenskommelse som snart går ut utan godkännande", "överenskommelser som snart går ut utan godkännande"],
};

export function countedNotices(kind: NoticeKind, count: number): string {
  return `${count} ${COUNTED[kind][count === 1 ? 0 : 1]}`;
}

/** The heading of one notice on the notices page; `who` is the participant as the reader may see them named. */
export function noticeHeading(kind: NoticeKind, dueOn: string | null): string {
  switch (kind) {
    case "FOLLOW_UP_DUE":
      return `Uppföljning ska göras senast ${dueOn}`;
    case "FOLLOW_UP_OVERDUE":
      return `Uppföljningen är försenad, den skulle ha gjorts ${dueOn}`;
    case "FOLLOW_UP_ESCALATED":
      return `Uppföljning försenad mer än ${NOTICE_RULES.escalationOverdueDays} dagar (skulle ha gjorts ${dueOn})`;
    case "PLACEMENT_ENDING":
      return `Placeringen slutar ${dueOn}`;
    case "PROPOSAL_WAITING":
      return "Ett förslag från anordnaren väntar på ditt svar";
    case "AGREEMENT_WAITING":
      return "En överenskommelse om placeringen väntar på ditt godkännande";
    case "AGREEMENT_EXPIRING":
      return `Överenskommelsen går ut ${dueOn} om den inte har godkänts`;
  }
}

export type DigestContent = { counts: Partial<Record<NoticeKind, number>>; newCount: number; link: string };

/**
 * The digest e-mail. It carries counts and a link, nothing else: no names, case numbers, providers or
 * dates, since e-mail is not a safe channel for what Stegvis holds (ADR notices-outbox).
 */
export function digestMail({ counts, newCount, link }: DigestContent): { subject: string; text: string } {
  const lines = (Object.entries(counts) as [NoticeKind, number][])
    .filter(([kind, count]) => count > 0 && kind in COUNTED)
    .map(([kind, count]) => `- ${countedNotices(kind, count)}`);
  const unread = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const subject = newCount === 1 ? "Stegvis: 1 ny avisering" : `Stegvis: ${newCount} nya aviseringar`;
  const text = [
    "Hej!",
    "",
    `Du har ${newCount === 1 ? "1 ny avisering" : `${newCount} nya aviseringar`} i Stegvis, och ${unread} olästa sammanlagt:`,
    ...lines,
    "",
    `Läs dem i Stegvis: ${link}`,
    "",
    "E-posten säger bara hur många aviseringarna är: uppgifter om deltagare skickas aldrig med e-post.",
    "Du kan stänga av den dagliga sammanfattningen på sidan Aviseringar.",
  ].join("\n");
  return { subject, text };
}
