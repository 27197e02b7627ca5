import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { ProviderFilters } from "@/components/providers/provider-filters";
import { ProviderLoad } from "@/components/providers/provider-load";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { municipalityName } from "@/lib/domain/municipalities";
import { INTEREST_STATUS, PROVIDER_KIND } from "@/lib/domain/vocabulary";
import { listProviders } from "@/lib/server/providers";
import { requirePolicy } from "@/lib/server/session";
import { providerFilters } from "@/lib/validation/provider";

export const metadata: Metadata = { title: "Anordnare" };

const PATH = "/handlaggare/anordnare";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type Row = Awaited<ReturnType<typeof listProviders>>["providers"][number];

export default async function ProvidersPage({ searchParams }: Props) {
  const user = await requirePolicy("viewProviders", PATH);
  const params = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const filters = providerFilters.parse(params);
  const { providers, total, page, pageCount } = await listProviders(user, filters);
  const filtered = Boolean(filters.q || filters.status || filters.typ || filters.kommun);
  return (
    <>
      <PageHeader title="Anordnare">Arbetsplatser som tar emot deltagare i arbetsträning, med intresseanmälan och hur många platser som används i dag.</PageHeader>
      <p className="mb-6">
        <Link href={`${PATH}/ny`} className="inline-block rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
          Registrera anordnare
        </Link>
      </p>
      <ProviderFilters filters={filters} action={PATH} />
      {providers.length === 0 ? (
        <EmptyState title={filtered ? "Ingen anordnare matchar sökningen" : "Inga anordnare är registrerade ännu"}>
          {filtered ? "Ändra sökningen eller välj Visa alla." : "Registrera den första anordnaren när en intresseanmälan kommer in."}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-stone-700">
            {total === 1 ? "1 anordnare" : `${total} anordnare`}
            {filtered ? " matchar sökningen" : ""}.
          </p>
          <DataTable<Row>
            caption="Anordnare"
            rows={providers}
            rowKey={(p) => p.id}
            columns={[
              {
                header: "Namn",
                cell: (p) => (
                  // Not prefetched: a page of rows would ask the server for every provider's page at once.
                  <Link href={`${PATH}/${p.id}`} prefetch={false} className="font-medium underline">
                    {p.name}
                  </Link>
                ),
              },
              { header: "Organisationsnummer", cell: (p) => p.organisationNumber, nowrap: true },
              { header: "Typ", cell: (p) => PROVIDER_KIND.labels[p.kind] },
              { header: "Kommun", cell: (p) => municipalityName(p.municipalityCode) },
              { header: "Arbetsområden", cell: (p) => p.fieldsOfWork.join(", ") },
              { header: "Intresseanmälan", cell: (p) => INTEREST_STATUS.labels[p.interestStatus], nowrap: true },
              { header: "Platser", cell: (p) => <ProviderLoad load={p.load} capacity={p.capacity} />, nowrap: true },
            ]}
          />
          <Pagination page={page} pages={pageCount} href={(target) => providerListHref({ q: filters.q, status: filters.status, typ: filters.typ, kommun: filters.kommun }, target)} />
        </>
      )}
    </>
  );
}

/** The list's address for `page`, keeping its filters (the first page carries no page number). */
function providerListHref(query: Record<string, string | undefined>, page: number): string {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
  if (page > 1) params.set("sida", String(page));
  const search = params.toString();
  return search ? `${PATH}?${search}` : PATH;
}
