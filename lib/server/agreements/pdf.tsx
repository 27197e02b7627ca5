import "server-only";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { AGREEMENT_CHANGE, AGREEMENT_GOAL_CATEGORY, AGREEMENT_PARTY, ON_BEHALF_REASON } from "@/lib/domain/vocabulary";
import { formatDateTime } from "@/lib/format/date";
import { AGREEMENT_STATUS_LABELS, KIND_LABELS, MODE_LABELS, requiredParties } from "@/lib/rules";
import type { AgreementVersionView, AgreementView } from "./read";

// Helvetica, built into every PDF reader, covers å, ä and ö (WinAnsi); nothing to embed. The renderer's
// hyphenation is English ("Ar-betsförmedlingen"): Swedish words are wrapped whole instead.
Font.registerHyphenationCallback((word) => [word]);
const styles = StyleSheet.create({
  page: { padding: 48, fontSize: 10.5, fontFamily: "Helvetica", lineHeight: 1.4, color: "#1c1917" },
  title: { fontSize: 18, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  subtitle: { color: "#44403c", marginBottom: 12 },
  part: { borderTopWidth: 1, borderTopColor: "#d6d3d1", paddingTop: 8, marginTop: 8 },
  heading: { fontSize: 12.5, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  row: { flexDirection: "row", marginBottom: 2 },
  term: { width: 150, fontFamily: "Helvetica-Bold" },
  value: { flex: 1 },
  footer: { position: "absolute", bottom: 24, left: 48, right: 48, fontSize: 8.5, color: "#57534e", flexDirection: "row", justifyContent: "space-between" },
});

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View style={styles.part} wrap={false}>
      <Text style={styles.heading}>{title}</Text>
      {children}
    </View>
  );
}

function Row({ term, value }: { term: string; value: string | number | null | undefined }) {
  if (value === null || value === undefined || value === "") return null;
  return (
    <View style={styles.row}>
      <Text style={styles.term}>{term}</Text>
      <Text style={styles.value}>{String(value)}</Text>
    </View>
  );
}

function AgreementPdf({ view, version }: { view: AgreementView; version: AgreementVersionView }) {
  const { placement, participant } = view;
  return (
    <Document title={`Överenskommelse, version ${version.number}`} language="sv" author="Stegvis">
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>Överenskommelse om {KIND_LABELS[placement.kind].toLowerCase()}</Text>
        <Text style={styles.subtitle}>
          Version {version.number}, gäller från {version.effectiveFrom}
          {version.changeKind ? ` · Ändring: ${AGREEMENT_CHANGE.labels[version.changeKind]}` : ""} · Status: {AGREEMENT_STATUS_LABELS[view.state.status]}
        </Text>
        <Part title="Parter">
          <Row term="Deltagare" value={participant.personalNumber ? `${participant.name}, ${participant.personalNumber}` : participant.name} />
          <Row term="Arbetsplats (anordnare)" value={`${placement.provider.name}, org.nr ${placement.provider.organisationNumber}`} />
          <Row term="Handledare" value={version.supervisorName && [version.supervisorName, version.supervisorContact].filter(Boolean).join(", ")} />
          <Row term="Handläggare" value={[version.officerName, version.officerContact].filter(Boolean).join(", ")} />
          <Row term="Övriga kontakter" value={version.otherContacts} />
        </Part>
        <Part title="Period">
          <Row term="Från och med" value={version.startDate} />
          <Row term="Till och med" value={version.endDate} />
          <Row term="Regel för perioden" value={version.periodRule} />
          <Row term="Form" value={MODE_LABELS[placement.mode]} />
        </Part>
        <Part title="Syfte och mål">
          <Text>{version.purpose}</Text>
          {version.goals.map((goal, i) => (
            <Text key={i}>
              {i + 1}. {AGREEMENT_GOAL_CATEGORY.labels[goal.category as keyof typeof AGREEMENT_GOAL_CATEGORY.labels] ?? "Mål"}: {goal.description}
            </Text>
          ))}
        </Part>
        <Part title="Arbetsuppgifter, schema och timmar">
          <Row term="Arbetsuppgifter" value={version.tasks} />
          <Row term="Schema" value={version.schedule} />
          <Row term="Timmar per vecka" value={version.hoursPerWeek} />
        </Part>
        <Part title="Uppföljning">
          <Text>{version.followUpPlan}</Text>
        </Part>
        <Part title="Godkännanden">
          {version.sentOn === null ? (
            <Text>Utkast, inte skickat för godkännande.</Text>
          ) : (
            requiredParties(version.changeKind).map((party) => {
              const a = version.approvals.find((x) => x.party === party);
              const said = a ? `godkänt ${formatDateTime(a.at)} av ${a.by}${a.onBehalfReason ? ` för deltagarens räkning (${ON_BEHALF_REASON.labels[a.onBehalfReason].toLowerCase()})` : ""}` : "inte godkänt ännu";
              return <Row key={party} term={AGREEMENT_PARTY.labels[party]} value={said} />;
            })
          )}
        </Part>
        <View style={styles.footer} fixed>
          <Text>Stegvis · Överenskommelse om arbetsträning</Text>
          <Text render={({ pageNumber, totalPages }) => `Sida ${pageNumber} av ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/**
 * The agreement's version in force (else the newest) as a PDF the participant can take home, or the 404
 * answer when there is none to show (out of scope, or no agreement yet).
 */
export async function agreementPdfResponse(view: AgreementView | null): Promise<Response> {
  const version = view && (view.binding ?? view.latest);
  if (!view || !version) return new Response("Sidan finns inte.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const bytes = await renderToBuffer(<AgreementPdf view={view} version={version} />);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="overenskommelse-version-${version.number}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
