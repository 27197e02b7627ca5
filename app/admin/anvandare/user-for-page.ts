import "server-only";
import { notFound } from "next/navigation";
import { isUuid } from "@/lib/validation/fields";
import { requirePolicy } from "@/lib/server/session";
import { getUserForAdmin } from "@/lib/server/user-admin";

/** The user an admin page shows; 404 for an id that is no user, 403 for anyone but an administrator. */
export async function userForPage(id: string, path: string) {
  const admin = await requirePolicy("manageUsers", path);
  const user = isUuid(id) ? await getUserForAdmin(admin, id) : null;
  if (!user) notFound();
  return { admin, user };
}
