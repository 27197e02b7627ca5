import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ProviderLoad } from "@/components/providers/provider-load";
import { Confirmation } from "@/components/ui/confirmation";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { municipalityName } from "@/lib/domain/municipalities";
import { INTEREST_STATUS, PROVIDER_KIND } from "@/lib/domain/vocabulary";
import { isoDay } from "@/lib/format/date";
import { ROLE_LABELS } from "@/lib/format/roles";
import { getProvider } from "@/lib/server/providers";
import { providerForPage } from "../provider-for-page";

export const metadata: Metadata = { title: "Anordnare" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };
type Provider = NonNullable<Awaited<ReturnType<typeof getProvider>>>;

const BUTTON = "inline-block rounded border-2 border-brand-800 px-4 py-1.5 font-semibold text-brand-900 hover:bg-brand-50";

function Section({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="mt-8" aria-labelledby={`rubrik-${id}`}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id={`rubrik-${id}`} className="text-xl font-semibold">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

const orNone = (value: string | null) => value ?? <span className="text-stone-600">Inte angivet</span>;

export default async function ProviderPage({ params, searchParams }: Props) {
  const { id } = await params;
  const provider = await providerForPage(id, `/handlaggare/anordnare/${id}`);
  const { klart } = await searchParams;
  const base = `/handlaggare/anordnare/${provider.id}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/handlaggare/anordnare" className="underline">
          ← Anordnare
        </Link>
      </p>
      <Confirmation code={klart} />
      <PageHeader title={provider.name}>
        {provider.organisationNumber} · {PROVIDER_KIND.labels[provider.kind]} · {municipalityName(provider.municipalityCode)}
      </PageHeader>
      {provider.canEdit ? (
        <p>
          <Link href={`${base}/andra`} className={BUTTON}>
            Ändra uppgifterna
          </Link>
        </p>
      ) : (
        <p className="max-w-3xl rounded border border-stone-300 bg-white p-3 text-stone-800">
          {provider.unit ? `Anordnaren registrerades av ${provider.unit.name}. ` : ""}Bara den enheten kan ändra uppgifterna och handledarna. Du kan placera deltagare här.
        </p>
      )}
      <Details provider={provider} />
      <Supervisors provider={provider} base={base} />
      <Users provider={provider} />
    </>
  );
}

function Details({ provider }: { provider: Provider }) {
  return (
    <>
      <Section id="platser" title="Platser">
        <p className="text-lg">
          <ProviderLoad load={provider.load} capacity={provider.capacity} />
        </p>
        <p className="mt-1 text-sm text-stone-700">Räknat på placeringar som är planerade eller pågår i dag.</p>
      </Section>
      <Section id="uppgifter" title="Uppgifter">
        <dl className="grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-300 bg-white p-5">
          <dt className="font-medium">Organisationsnummer</dt>
          <dd>{provider.organisationNumber}</dd>
          <dt className="font-medium">Typ</dt>
          <dd>{PROVIDER_KIND.labels[provider.kind]}</dd>
          <dt className="font-medium">Kommun</dt>
          <dd>{municipalityName(provider.municipalityCode)}</dd>
          <dt className="font-medium">Arbetsområden</dt>
          <dd>{provider.fieldsOfWork.join(", ")}</dd>
          <dt className="font-medium">Kontaktperson</dt>
          <dd>{orNone(provider.contactName)}</dd>
          <dt className="font-medium">E-postadress</dt>
          <dd>{provider.contactEmail ? <a href={`mailto:${provider.contactEmail}`} className="underline">{provider.contactEmail}</a> : orNone(null)}</dd>
          <dt className="font-medium">Telefonnummer</dt>
          <dd>{orNone(provider.contactPhone)}</dd>
          <dt className="font-medium">Registrerad av</dt>
          <dd>{provider.unit?.name ?? "Ingen enhet (administratören ändrar uppgifterna)"}</dd>
        </dl>
      </Section>
      <Section id="intresseanmalan" title="Intresseanmälan">
        <dl className="grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-300 bg-white p-5">
          <dt className="font-medium">Status</dt>
          <dd>{INTEREST_STATUS.labels[provider.interestStatus]}</dd>
          <dt className="font-medium">Kom in</dt>
          <dd>{provider.interestReceivedOn ? isoDay(provider.interestReceivedOn) : orNone(null)}</dd>
          <dt className="font-medium">Anteckningar</dt>
          <dd className="whitespace-pre-line">{orNone(provider.interestNotes)}</dd>
        </dl>
      </Section>
    </>
  );
}

type SupervisorRow = Provider["supervisors"][number];

function Supervisors({ provider, base }: { provider: Provider; base: string }) {
  const add = provider.canEdit ? (
    <Link href={`${base}/handledare/ny`} className={BUTTON}>
      Lägg till handledare
    </Link>
  ) : undefined;
  return (
    <Section id="handledare" title="Handledare" action={add}>
      {provider.supervisors.length === 0 ? (
        <p className="text-stone-700">Inga handledare är registrerade.</p>
      ) : (
        <DataTable<SupervisorRow>
          caption="Handledare"
          rows={provider.supervisors}
          rowKey={(s) => s.id}
          columns={[
            {
              header: "Namn",
              cell: (s) => (
                <>
                  {s.name}
                  {!s.active && <span className="ml-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs font-semibold text-stone-800">Inte aktiv</span>}
                </>
              ),
            },
            { header: "Titel", cell: (s) => s.title ?? "" },
            { header: "E-postadress", cell: (s) => s.email ?? "" },
            { header: "Telefonnummer", cell: (s) => s.phone ?? "", nowrap: true },
            ...(provider.canEdit
              ? [
                  {
                    header: "Ändra",
                    cell: (s: SupervisorRow) => (
                      <Link href={`${base}/handledare/${s.id}`} className="underline">
                        Ändra<span className="sr-only"> {s.name}</span>
                      </Link>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Section>
  );
}

type UserRow = Provider["users"][number];

function Users({ provider }: { provider: Provider }) {
  return (
    <Section id="anvandare" title="Användare hos anordnaren">
      {provider.users.length === 0 ? (
        <p className="text-stone-700">Ingen hos anordnaren har en inloggning i Stegvis.</p>
      ) : (
        <DataTable<UserRow>
          caption="Användare hos anordnaren"
          rows={provider.users}
          rowKey={(u) => u.id}
          columns={[
            { header: "Namn", cell: (u) => u.name },
            { header: "E-postadress", cell: (u) => u.email },
            { header: "Roll", cell: (u) => ROLE_LABELS[u.role] },
          ]}
        />
      )}
      <p className="mt-2 text-sm text-stone-700">Inloggningar läggs upp av administratören.</p>
    </Section>
  );
}
