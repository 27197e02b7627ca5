import { DataTable } from "@/components/ui/data-table";
import { AGREEMENT_CHANGE } from "@/lib/domain/vocabulary";
import { requiredParties } from "@/lib/rules";
import type { AgreementVersionView } from "@/lib/server/agreements/read";

/** Every version, newest first: what it changed, from when, and whether it was approved. */
export function AgreementHistory({ versions, binding }: { versions: AgreementVersionView[]; binding: number | null }) {
  return (
    <DataTable<AgreementVersionView>
      caption="Alla versioner av överenskommelsen, senaste först"
      rows={versions}
      rowKey={(v) => v.id}
      columns={[
        { header: "Version", cell: (v) => `${v.number}${v.number === binding ? " (gäller)" : ""}`, nowrap: true },
        { header: "Vad", cell: (v) => (v.changeKind ? AGREEMENT_CHANGE.labels[v.changeKind] : "Första versionen") },
        { header: "Gäller från", cell: (v) => v.effectiveFrom, nowrap: true },
        { header: "Period", cell: (v) => `${v.startDate} – ${v.endDate}`, nowrap: true },
        {
          header: "Godkännande",
          cell: (v) => {
            if (v.sentOn === null) return "Utkast";
            const required = requiredParties(v.changeKind);
            const given = required.filter((p) => v.approvals.some((a) => a.party === p)).length;
            return given === required.length ? "Godkänd av alla" : `Skickad ${v.sentOn}, ${given} av ${required.length} har godkänt`;
          },
        },
        { header: "Skäl", cell: (v) => v.changeReason ?? "" },
      ]}
    />
  );
}
