import "server-only";
import { parseWithZod } from "@conform-to/zod/v4";
import { followUpDraft } from "@/lib/validation/follow-up";
import { currentUser } from "../session";
import { saveFollowUpDraft } from "./drafts";

/** What an autosave tells the form: the new version and the time, or why nothing was saved. */
export type DraftSaveReply = { saved: true; version: number; savedAt: string } | { saved: false; message: string };

const NOT_SAVED = "Utkastet kunde inte sparas";

/**
 * Saves the form as it stands as a draft (autosave and "Spara utkast"). Unlike a submit it does not
 * leave the page: it answers the form with the new version, or a sentence on why nothing was saved.
 */
export async function saveDraftFromForm(formData: unknown): Promise<DraftSaveReply> {
  const user = await currentUser();
  if (!user) return { saved: false, message: `${NOT_SAVED}: du är inte inloggad längre. Logga in igen.` };
  // A one-time password from an administrator opens nothing but choosing a new one, autosave included.
  if (user.mustChangePassword) return { saved: false, message: `${NOT_SAVED}: du måste byta lösenord först. Gå till sidan Byt lösenord.` };
  // A server action can be posted anything: what is not a form is refused, not a crash.
  if (!(formData instanceof FormData)) return { saved: false, message: `${NOT_SAVED}: formuläret kunde inte läsas. Ladda om sidan.` };
  const submission = parseWithZod(formData, { schema: followUpDraft });
  if (submission.status !== "success") {
    const first = Object.values(submission.error ?? {}).flat()[0];
    return { saved: false, message: `${NOT_SAVED}: ${first ?? "något fält är felaktigt ifyllt."}` };
  }
  const result = await saveFollowUpDraft(user, submission.value);
  if (result.ok) return { saved: true, version: result.value.version, savedAt: result.value.savedAt.toISOString() };
  switch (result.reason) {
    case "conflict":
      return { saved: false, message: `${NOT_SAVED}. ${result.message}` };
    case "invalid":
      return { saved: false, message: `${NOT_SAVED}: ${result.errors[0]?.message ?? ""}` };
    default:
      return { saved: false, message: `${NOT_SAVED}: uppföljningen finns inte.` };
  }
}
