import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Confirmation } from "@/components/ui/confirmation";
import { PageHeader } from "@/components/ui/page-header";
import { municipalityName } from "@/lib/domain/municipalities";
import { GENDER } from "@/lib/domain/vocabulary";
import { programmeLabel } from "@/lib/format/labels";
import { maskPersonalNumber } from "@/lib/format/personal-number";
import { STAGE_LABELS } from "@/lib/rules";
import { getParticipantCase } from "@/lib/server/participant-case";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Deltagare" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

export default async function ParticipantPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}`);
  const participant = isUuid(id) ? await getParticipantCase(user, id) : null;
  if (!participant) notFound();
  const { klart } = await searchParams;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/handlaggare" className="underline">
          ← Mina deltagare
        </Link>
      </p>
      <Confirmation code={klart} />
      <PageHeader title={`${participant.firstName} ${participant.lastName}`}>
        {maskPersonalNumber(participant.personalIdentityNumber)} · {STAGE_LABELS[participant.currentStage]}
      </PageHeader>
      <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-300 bg-white p-5">
        <dt className="font-medium">Program</dt>
        <dd>{programmeLabel(participant.programme)}</dd>
        <dt className="font-medium">Kön</dt>
        <dd>{GENDER.labels[participant.gender]}</dd>
        <dt className="font-medium">Kommun</dt>
        <dd>{municipalityName(participant.municipalityCode)}</dd>
        <dt className="font-medium">Enhet</dt>
        <dd>{participant.unit.name}</dd>
        <dt className="font-medium">Ansvarig handläggare</dt>
        <dd>{participant.responsibleOfficer?.name ?? "Ingen"}</dd>
      </dl>
    </>
  );
}
