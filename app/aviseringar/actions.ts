"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { markAllNoticesRead, markNoticeRead, setNoticeDigest } from "@/lib/server/notices/commands";
import { allNoticesRead, noticeDigestChoice, noticeRead } from "@/lib/validation/notices";

export async function markNoticeReadAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("markNoticeReadAction", formData, noticeRead, markNoticeRead, () => ({ to: "/aviseringar", confirm: "avisering-last" }));
}

export async function markAllNoticesReadAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("markAllNoticesReadAction", formData, allNoticesRead, markAllNoticesRead, () => ({ to: "/aviseringar", confirm: "aviseringar-lasta" }));
}

export async function setNoticeDigestAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("setNoticeDigestAction", formData, noticeDigestChoice, setNoticeDigest, ({ digest }) => ({ to: "/aviseringar", confirm: digest ? "sammanfattning-pa" : "sammanfattning-av" }));
}
