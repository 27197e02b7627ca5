import Link from "next/link";

/** The way back from a page that acts on one participant to the participant's case. */
export function BackToCase({ participantId, name }: { participantId: string; name: string }) {
  return (
    <p className="mb-2 text-sm">
      <Link href={`/handlaggare/deltagare/${participantId}`} className="underline">
        ← {name}
      </Link>
    </p>
  );
}
