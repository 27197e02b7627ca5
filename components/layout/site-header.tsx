import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { inboxCount } from "@/lib/server/inbox";
import { countUnreadNotices } from "@/lib/server/notices/read";
import { currentUser } from "@/lib/server/session";
import { ROLE_LABELS } from "@/lib/format/roles";
import { accountLinks, NAVIGATION } from "./navigation";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  // The header must not take the page down with it: when the database is unreachable the page's
  // own error boundary explains that, inside the normal layout. Next's own signals (this route is
  // dynamic, a redirect, …) are not failures and go back to Next.
  const user = await currentUser().catch((error: unknown) => {
    unstable_rethrow(error);
    console.error("Sidhuvudet kunde inte läsa inloggningen", error);
    return null;
  });
  // The count is a hint; without it the page still works, and its own error boundary speaks of the database.
  const waiting =
    user?.role === "HANDLAGGARE"
      ? await inboxCount(user).catch((error: unknown) => {
          unstable_rethrow(error);
          return 0;
        })
      : 0;
  const unreadNotices = user
    ? await countUnreadNotices(user).catch((error: unknown) => {
        unstable_rethrow(error);
        return 0;
      })
    : 0;
  return (
    <header className="border-b border-brand-900 bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight">
          Stegvis
        </Link>
        {user && (
          <>
            <nav aria-label="Huvudmeny" className="flex-1">
              <ul className="flex flex-wrap gap-x-6 gap-y-1">
                {/* Until a reset password is changed, every page leads to /byt-losenord: no menu to offer. */}
                {(user.mustChangePassword ? [] : NAVIGATION[user.role]).map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="whitespace-nowrap underline-offset-4 hover:underline">
                      {item.label}
                      {item.counter === "inbox" && waiting > 0 && (
                        <>
                          {" "}
                          <span className="ml-0.5 rounded-full bg-white px-2 py-0.5 text-xs font-bold text-brand-900">
                            {waiting}
                            <span className="sr-only"> väntar</span>
                          </span>
                        </>
                      )}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="flex items-center gap-4 text-sm">
              <p>
                <span className="font-semibold">{user.name}</span>
                <span className="block text-brand-100">{ROLE_LABELS[user.role]}</span>
              </p>
              <nav aria-label="Mitt konto">
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {accountLinks(user.role).map((item) => (
                    <li key={item.href}>
                      <Link href={item.href} className="whitespace-nowrap underline underline-offset-4 hover:no-underline">
                        {item.label}
                        {item.counter === "notices" && unreadNotices > 0 && (
                          <>
                            {" "}
                            <span className="ml-0.5 rounded-full bg-white px-2 py-0.5 text-xs font-bold text-brand-900 no-underline">
                              {unreadNotices}
                              <span className="sr-only"> olästa</span>
                            </span>
                          </>
                        )}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <SignOutButton />
            </div>
          </>
        )}
      </div>
    </header>
  );
}
