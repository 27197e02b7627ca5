import { z } from "zod";
import { recordId, UNREADABLE } from "./fields";

/** "Markera som läst" on one notice. */
export const noticeRead = z.object({ noticeId: recordId("Aviseringen finns inte.") });
export type NoticeRead = z.output<typeof noticeRead>;

/** "Markera alla som lästa": the newest notice the page showed, so one that arrived since stays unread. */
export const allNoticesRead = z.object({ shownUpTo: z.iso.datetime({ error: UNREADABLE }) });
export type AllNoticesRead = z.output<typeof allNoticesRead>;

/** The daily e-mail digest: on or off. */
export const noticeDigestChoice = z.object({ digest: z.enum(["pa", "av"], { error: "Välj om du vill få sammanfattningen." }) });
export type NoticeDigestChoice = z.output<typeof noticeDigestChoice>;
