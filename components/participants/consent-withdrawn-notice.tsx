import Link from "next/link";
import { isoDay } from "@/lib/format/date";
import { KIND_LABELS } from "@/lib/rules";
import type { ParticipantCase } from "@/lib/server/participant-case";

/**
 * What a withdrawn consent stops, and what is still open for the officer to wind down: the sharing
 * with a host workplace ends only when its placement ends (lib/rules' consentRefusal decides the rest).
 */
export function ConsentWithdrawnNotice({ withdrawal }: { withdrawal: NonNullable<ParticipantCase["consentWithdrawal"]> }) {
  return (
    <div role="status" className="mt-3 max-w-3xl rounded border border-amber-700 bg-amber-50 p-4 text-amber-950">
      <p>
        Deltagaren återkallade sitt samtycke {withdrawal.withdrawnOn}. Nya placeringar, förlängningar och flyttade startdatum går inte att registrera, och anordnaren kan
        inte skriva nya uppföljningar. Anordnaren ser att samtycket är återkallat.
      </p>
      {withdrawal.stillOpen.length === 0 ? (
        <p className="mt-2">Ingen placering pågår eller är planerad.</p>
      ) : (
        <>
          <p className="mt-2 font-semibold">Fortfarande igång – förkorta, avsluta eller makulera:</p>
          <ul className="mt-1 list-disc pl-6">
            {withdrawal.stillOpen.map((p) => (
              <li key={p.id}>
                <Link href={`/handlaggare/placeringar/${p.id}`} className="underline">
                  {KIND_LABELS[p.kind]} hos {p.provider.name}, {isoDay(p.startDate)} – {isoDay(p.actualEndDate ?? p.plannedEndDate)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
