import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/lib/format/date";
import { ownAccessLog } from "@/lib/server/data-protection/access-log";
import { requirePolicy } from "@/lib/server/session";

export const metadata: Metadata = { title: "Vem har läst om mig" };

/** The participant's own access-log extract: who read or changed their data, when, from where. */
export default async function OwnAccessLogPage() {
  const user = await requirePolicy("viewOwnCase", "/mina-sidor/vem-har-last");
  const rows = await ownAccessLog(user);
  if (!rows) notFound();
  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href="/mina-sidor" className="underline">
          ← Min översikt
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Vem har läst om mig</h1>
      <p className="mt-2 mb-6 max-w-3xl text-stone-700">
        Här ser du vem som har läst eller ändrat uppgifter om dig, när och varifrån. Allt sparas i en logg. Tycker du att någon har läst utan skäl? Prata med din handläggare.
      </p>
      {rows.length === 0 ? (
        <p>Ingen har läst uppgifterna än.</p>
      ) : (
        // A list, not a table: on a phone each access reads as one short entry, with nothing to scroll sideways.
        <ol aria-label="Vem som har läst eller ändrat uppgifter om dig, nyast först" className="divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
          {[...rows].reverse().map((r) => (
            <li key={r.id} className="p-3">
              <p className="text-sm text-stone-700">{formatDateTime(r.at)}</p>
              <p>
                <strong>{r.who}</strong>
                {[r.role, r.organisation].filter(Boolean).length > 0 && <>, {[r.role, r.organisation].filter(Boolean).join(", ")}</>}
              </p>
              <p>{r.description}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
