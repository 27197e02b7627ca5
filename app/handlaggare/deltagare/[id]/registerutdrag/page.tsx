import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/data-protection/print-button";
import { RegisterExtractView } from "@/components/data-protection/register-extract-view";
import { BackToCase } from "@/components/participants/back-to-case";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date";
import { getRegisterExtract } from "@/lib/server/data-protection/register-extract";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Registerutdrag" };

export default async function RegisterExtractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}/registerutdrag`);
  const extract = isUuid(id) ? await getRegisterExtract(user, id, "page") : null;
  if (!extract) notFound();
  const p = extract.participant;
  const base = `/handlaggare/deltagare/${p.id}`;
  return (
    <>
      <div className="print:hidden">
        <BackToCase participantId={p.id} name={`${p.firstName} ${p.lastName}`} />
      </div>
      <PageHeader title={`Registerutdrag för ${p.firstName} ${p.lastName}`}>
        Allt som Stegvis har sparat om deltagaren, taget fram {formatDateTime(extract.createdAt)} (dataskyddsförordningen, artikel 15). Andra personer
        anges bara med namn. Att utdraget togs fram är loggat.
      </PageHeader>
      <p className="flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton />
        <a href={`${base}/registerutdrag/fil`} download className="font-semibold underline">
          Ladda ner som fil (JSON)
        </a>
        <Link href={`${base}/atkomstlogg`} className="font-semibold underline">
          Vem har tagit del av uppgifterna?
        </Link>
      </p>
      <RegisterExtractView extract={extract} />
    </>
  );
}
