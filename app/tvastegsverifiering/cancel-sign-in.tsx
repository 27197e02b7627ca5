import { signOutAction } from "@/app/logga-ut/actions";

/** Leaves a sign-in held at the second factor: the session ends on the server as at any sign-out. */
export function CancelSignIn() {
  return (
    <form action={signOutAction} className="mt-6">
      <button type="submit" className="underline underline-offset-4">
        Avbryt och logga ut
      </button>
    </form>
  );
}
