"use server";

import { redirect } from "next/navigation";
import { signOutCurrentSession } from "@/lib/server/sign-out";

/** The header's sign-out button: a plain form post, so no next-auth client code reaches the browser. */
export async function signOutAction(): Promise<never> {
  await signOutCurrentSession();
  redirect("/logga-in");
}
