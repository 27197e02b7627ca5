import { signOutAction } from "@/app/logga-ut/actions";

/** A form post to a server action (Next checks its origin), which works before any JavaScript has loaded. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-white px-3 py-1.5 font-medium hover:bg-brand-900">
        Logga ut
      </button>
    </form>
  );
}
