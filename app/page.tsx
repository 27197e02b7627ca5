import { redirect } from "next/navigation";
import { START_PAGE } from "@/lib/server/authz";
import { requireUser } from "@/lib/server/session";

export default async function Home() {
  const user = await requireUser("/");
  redirect(START_PAGE[user.role]);
}
