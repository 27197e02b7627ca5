"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/logga-in" })}
      className="rounded border border-white px-3 py-1.5 font-medium hover:bg-brand-900"
    >
      Logga ut
    </button>
  );
}
