import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeyForm } from "@/components/admin/api-key-form";
import { PageHeader } from "@/components/ui/page-header";
import { newApiKey } from "@/lib/api/token";
import { apiKeyOwners } from "@/lib/server/api/keys";
import { requirePolicy } from "@/lib/server/session";
import { createApiKeyAction } from "../actions";

export const metadata: Metadata = { title: "Skapa API-nyckel" };

export default async function NewApiKeyPage() {
  const admin = await requirePolicy("manageApiKeys", "/admin/api-nycklar/ny");
  const { providers, coordinators } = await apiKeyOwners(admin);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/api-nycklar" className="underline">
          ← API-nycklar
        </Link>
      </p>
      <PageHeader title="Skapa API-nyckel">En nyckel låter ett annat system läsa i Stegvis, aldrig ändra. Varje läsning av en deltagare loggas.</PageHeader>
      <div className="max-w-2xl">
        <ApiKeyForm
          action={createApiKeyAction}
          apiKey={newApiKey()}
          providers={providers.map((p) => ({ value: p.id, label: p.name }))}
          coordinators={coordinators.map((c) => ({ value: c.id, label: c.name }))}
        />
      </div>
    </>
  );
}
