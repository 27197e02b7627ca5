import type { Metadata } from "next";
import Link from "next/link";
import { CommandButton } from "@/components/forms/command-button";
import { Confirmation } from "@/components/ui/confirmation";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date";
import { listApiKeys, type ApiKeyRow } from "@/lib/server/api/keys";
import { requirePolicy } from "@/lib/server/session";
import { revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API-nycklar" };

type Props = { searchParams: Promise<{ klart?: string | string[] }> };

const KIND = { PROVIDER: "Anordnare", COORDINATOR: "Koordinator" } as const;

export default async function ApiKeysPage({ searchParams }: Props) {
  const admin = await requirePolicy("manageApiKeys", "/admin/api-nycklar");
  const keys = await listApiKeys(admin);
  const { klart } = await searchParams;
  return (
    <>
      <Confirmation code={klart} />
      <PageHeader title="API-nycklar">
        Nycklar som låter en anordnares eller en koordinators eget system läsa i Stegvis via <code>/api/v1</code>. Beskrivningen finns på{" "}
        <a href="/api/v1/openapi.json" className="underline">
          /api/v1/openapi.json
        </a>
        .
      </PageHeader>
      <p className="mb-6">
        <Link href="/admin/api-nycklar/ny" className="inline-block rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
          Skapa API-nyckel
        </Link>
      </p>
      {keys.length === 0 ? (
        <EmptyState title="Inga API-nycklar ännu">En nyckel skapas för en anordnare eller en koordinator och visas bara när den skapas.</EmptyState>
      ) : (
        <DataTable<ApiKeyRow>
          caption="API-nycklar"
          rows={keys}
          rowKey={(k) => k.id}
          columns={[
            { header: "Namn", cell: (k) => k.name },
            { header: "Nyckeln börjar", cell: (k) => <code>{k.prefix}…</code> },
            { header: "Gäller", cell: (k) => `${KIND[k.kind]}: ${k.provider?.name ?? k.coordinator?.name ?? "–"}` },
            { header: "Skapad", cell: (k) => `${formatDateTime(k.createdAt)} av ${k.createdBy.name}` },
            { header: "Senast använd", cell: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "Aldrig") },
            {
              header: "Status",
              cell: (k) =>
                k.revokedAt ? (
                  `Återkallad ${formatDateTime(k.revokedAt)}`
                ) : (
                  <CommandButton action={revokeApiKeyAction} values={{ apiKeyId: k.id }} pendingText="Återkallar …">
                    Återkalla<span className="sr-only"> {k.name}</span>
                  </CommandButton>
                ),
            },
          ]}
        />
      )}
    </>
  );
}
