import Link from "next/link";
import type { ReactNode } from "react";
import { Prose } from "@/components/participants/case-section";
import { ATTENDANCE, FOLLOW_UP_STATE } from "@/lib/domain/vocabulary";
import { formatDateTime, isoDay } from "@/lib/format/date";
import { ABILITY_SCALE, STAGE_LABELS } from "@/lib/rules";
import type { FollowUpView } from "@/lib/server/follow-ups/read";

const SCALE = Object.fromEntries(ABILITY_SCALE.map((s) => [s.value, `${s.value} – ${s.label}`]));
const yesNo = (answer: boolean | null) => (answer === null ? "Inte besvarat" : answer ? "Ja" : "Nej");

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[14rem_1fr]">
      <dt className="font-medium">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const text = (value: string | null, empty = "Inget angivet") => (value ? <Prose>{value}</Prose> : <span className="text-stone-700">{empty}</span>);

/** A submitted follow-up as written, for the host and the case officer alike. */
export function FollowUpDetails({ followUp: f }: { followUp: FollowUpView }) {
  const remote = f.placement.mode !== "ON_SITE";
  return (
    <div className="space-y-6">
      <dl className="space-y-3 rounded-lg border border-stone-300 bg-white p-5">
        <Item term="Status">{FOLLOW_UP_STATE.labels[f.status]}</Item>
        <Item term="Datum">{isoDay(f.date)}</Item>
        <Item term="Perioden">{f.periodFrom && f.periodTo ? `${isoDay(f.periodFrom)} – ${isoDay(f.periodTo)}` : "Inte angiven"}</Item>
        <Item term="Skriven av">
          {f.author.name}
          {f.submittedAt ? `, inskickad ${formatDateTime(f.submittedAt)}` : ""}
        </Item>
        {f.reviewedBy && f.reviewedAt && <Item term="Granskad av">{`${f.reviewedBy.name}, ${formatDateTime(f.reviewedAt)}`}</Item>}
      </dl>
      <section aria-labelledby="narvaro-rubrik" className="rounded-lg border border-stone-300 bg-white p-5">
        <h2 id="narvaro-rubrik" className="mb-3 text-lg font-semibold">
          Närvaro och arbetsuppgifter
        </h2>
        <dl className="space-y-3">
          <Item term="Närvaro">
            {f.attendedHours !== null && f.plannedHours !== null ? `${f.attendedHours} av ${f.plannedHours} planerade timmar` : "Inte angiven"}
            {f.attendance ? ` (${ATTENDANCE.labels[f.attendance].toLowerCase()})` : ""}
          </Item>
          <Item term="Orsak till frånvaro">{text(f.absenceReason)}</Item>
          <Item term="Arbetsuppgifter">{text(f.tasks)}</Item>
        </dl>
      </section>
      <section aria-labelledby="formagor-rubrik" className="rounded-lg border border-stone-300 bg-white p-5">
        <h2 id="formagor-rubrik" className="mb-3 text-lg font-semibold">
          Förmågor
        </h2>
        <dl className="space-y-3">
          {f.abilityRatings.map((a) => (
            <Item key={a.area} term={a.area}>
              {a.rating === null ? "Inte bedömd" : SCALE[a.rating]}
              {a.note ? <span className="block text-stone-700">{a.note}</span> : null}
            </Item>
          ))}
          <Item term="Övrigt">{text(f.abilities)}</Item>
        </dl>
      </section>
      <section aria-labelledby="bild-rubrik" className="rounded-lg border border-stone-300 bg-white p-5">
        <h2 id="bild-rubrik" className="mb-3 text-lg font-semibold">
          Oro, deltagarens bild och förslag
        </h2>
        <dl className="space-y-3">
          <Item term="Oro">{f.hasConcern ? <span className="font-semibold text-red-800">{f.concerns ?? "Ja"}</span> : "Ingen"}</Item>
          <Item term="Deltagarens egen bild">{text(f.participantView)}</Item>
          <Item term="Föreslaget steg">{f.proposedStage ? STAGE_LABELS[f.proposedStage] : "Inget förslag"}</Item>
          {f.proposedStage && <Item term="Varför">{text(f.proposedStageReason)}</Item>}
        </dl>
      </section>
      {remote && (
        <section aria-labelledby="distans-rubrik" className={`rounded-lg border bg-white p-5 ${f.remoteConcern ? "border-amber-600" : "border-stone-300"}`}>
          <h2 id="distans-rubrik" className="mb-3 text-lg font-semibold">
            Arbete på distans
          </h2>
          <dl className="space-y-3">
            <Item term="Isolerad hemma?">{yesNo(f.remoteIsolated)}</Item>
            <Item term="Flytta en del till arbetsplatsen?">{yesNo(f.remoteMoveOnSite)}</Item>
            <Item term="Hur det fungerar">{text(f.remoteReview)}</Item>
            <Item term="Oro för distansarbetet">{f.remoteConcern ? <span className="font-semibold text-red-800">Ja</span> : "Nej"}</Item>
          </dl>
        </section>
      )}
    </div>
  );
}

type Version = { id: string; status: keyof typeof FOLLOW_UP_STATE.labels; date: Date; submittedAt: Date | null };

/** The other versions of a follow-up: the ones it corrected, and the correction that replaced it. */
export function FollowUpVersions({ versions, href }: { versions: { newer: Version[]; older: Version[] }; href: (id: string) => string }) {
  if (versions.newer.length === 0 && versions.older.length === 0) return null;
  const row = (v: Version, what: string) => (
    <li key={v.id}>
      <Link href={href(v.id)} className="underline">
        {what}, daterad {isoDay(v.date)}
      </Link>{" "}
      ({FOLLOW_UP_STATE.labels[v.status].toLowerCase()})
    </li>
  );
  return (
    <section aria-labelledby="versioner-rubrik" className="mt-6 rounded-lg border border-stone-300 bg-white p-5">
      <h2 id="versioner-rubrik" className="mb-2 text-lg font-semibold">
        Andra versioner
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {versions.newer.map((v) => row(v, "Rättelse"))}
        {versions.older.map((v) => row(v, "Tidigare version"))}
      </ul>
    </section>
  );
}
