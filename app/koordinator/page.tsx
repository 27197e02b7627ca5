import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BarChart } from "@/components/dashboard/bar-chart";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { ProviderFilterField } from "@/components/dashboard/provider-filter-field";
import { ExportLinks } from "@/components/dashboard/export-links";
import { FigureTableView } from "@/components/dashboard/figure-table-view";
import { FlowMatrix } from "@/components/dashboard/flow-matrix";
import { StageTimesTable } from "@/components/dashboard/stage-times-table";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatLongDate, formatShare } from "@/lib/format/figures";
import { SUPPRESSED_TEXT, SUPPRESSION_THRESHOLD } from "@/lib/rules/suppression";
import { today } from "@/lib/server/clock";
import { coverageDescription, coverageFor } from "@/lib/server/coordinator-scope";
import { ENDING_SOON_DAYS, WORK_OR_STUDIES_GOAL, dashboardNow, dashboardPeriod } from "@/lib/server/dashboard";
import { GENDER_GROUPS, GENDER_GROUP_LABELS } from "@/lib/server/dashboard/coverage";
import { rowTotalAt } from "@/lib/server/dashboard/figure-table";
import { dashboardFilterOptions } from "@/lib/server/dashboard/options";
import { resolveProviderFilter } from "@/lib/server/dashboard/provider-filter";
import { requirePolicy } from "@/lib/server/session";
import { dashboardQuery, parseProviderSearch, readDashboardParams, toDashboardFilter } from "@/lib/validation/dashboard-filter";

export const metadata: Metadata = { title: "Översikt" };

/** The providers with the most overdue follow-ups that the page lists; the download has them all (hundreds nationally). */
const OVERDUE_ROWS_SHOWN = 20;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePolicy("viewDashboard", "/koordinator");
  const coverage = await coverageFor(user);
  if (!coverage) {
    return (
      <>
        <PageHeader title="Översikt" />
        <EmptyState title="Du har ingen omfattning ännu">
          Siffrorna visas när en administratör i Stegvis har gett dig en omfattning: en eller flera enheter, en eller flera kommuner, eller hela landet. Be din
          administratör om det.
        </EmptyState>
      </>
    );
  }
  const searched = await searchParams;
  const asked = readDashboardParams(searched);
  const search = parseProviderSearch(searched);
  const provider = await resolveProviderFilter(asked.anordnare, search);
  const withProvider = (providerId: string | undefined) => `/koordinator?${dashboardQuery({ ...asked, anordnare: providerId })}`;
  // The address names the provider the view shows by its id alone, so it can be bookmarked (a renamed provider
  // stays chosen) and exported like any view.
  if (provider.state === "found" || (provider.state === "chosen" && search !== undefined)) redirect(withProvider(provider.provider.id));
  if (provider.state === "all" && (asked.anordnare || search !== undefined)) redirect(withProvider(undefined));
  const params = { ...asked, anordnare: provider.state === "chosen" ? provider.provider.id : undefined };
  const filter = toDashboardFilter(params, today());
  const waiting = provider.state === "choose" || provider.state === "none";
  const [options, scopeText, figures] = await Promise.all([
    dashboardFilterOptions(),
    coverageDescription(coverage),
    waiting ? null : Promise.all([dashboardNow(user, filter), dashboardPeriod(user, filter)]),
  ]);
  const top = (
    <>
      <PageHeader title="Översikt">
        <p>Omfattning: {scopeText}.</p>
        <p className="mt-1">
          Du ser bara antal, aldrig enskilda deltagare. Antal under {SUPPRESSION_THRESHOLD} visas som {SUPPRESSED_TEXT}, och då döljs ibland fler celler så att ingen kan räkna ut dem ur
          summorna. Andelar och mediantider som bygger på dolda antal visas som –. När urvalet gäller färre än {SUPPRESSION_THRESHOLD} deltagare, eller en
          tabell bygger på färre än {SUPPRESSION_THRESHOLD}, visas tabellen inte alls, inte heller nollorna.
        </p>
      </PageHeader>
      <DashboardFilters params={params} filter={filter} options={options} provider={<ProviderFilterField filter={provider} choiceHref={withProvider} />} />
    </>
  );
  if (!figures) {
    return (
      <>
        {top}
        <p>Siffrorna visas när du har valt en anordnare, eller tömt fältet Anordnare och valt Visa siffror för att se alla.</p>
      </>
    );
  }
  const [now, period] = figures;
  if (!now || !period) return null;
  const query = dashboardQuery(params);
  const months = period.started.rows.map((r) => r.label);
  return (
    <>
      {top}
      <div className="space-y-12">
        <section aria-labelledby="just-nu" className="space-y-8">
          <h2 id="just-nu" className="text-xl font-bold">
            Just nu
          </h2>
          <Section id="per-steg" title="Deltagare per steg">
            <p>Deltagare i pågående arbetsträning, per steg: komma igång, på väg och nästan framme.</p>
            <div className="grid gap-4 lg:grid-cols-2">
              {!now.stages.withheld && (
                <BarChart caption="Deltagare per steg (alla kön). Samma siffror som i tabellen." bars={now.stages.rows.map((r) => ({ label: r.label, figure: rowTotalAt(now.stages, r.key) }))} />
              )}
              <FigureTableView table={now.stages} />
            </div>
          </Section>
          <Section id="per-program" title="Pågående placeringar per program och insats">
            <FigureTableView table={now.programmeKind} />
          </Section>
          <Section id="distans" title="På distans eller blandat">
            <p>
              Andel pågående placeringar på distans eller blandat: <strong>{formatShare(now.remoteShare)}</strong>.
            </p>
            <FigureTableView table={now.modes} />
          </Section>
          <Section id="slutar" title={`Slutar inom ${ENDING_SOON_DAYS} dagar`}>
            <FigureTableView table={now.endingSoon} />
          </Section>
          <Section id="forsenade" title="Försenade uppföljningar per anordnare">
            {!now.overdue.withheld && now.overdue.rows.length === 0 ? <p>Inga försenade uppföljningar.</p> : <FigureTableView table={now.overdue} rowLimit={OVERDUE_ROWS_SHOWN} />}
          </Section>
          <ExportLinks view="nu" query={query} label="Just nu" />
        </section>

        <section aria-labelledby="perioden" className="space-y-8">
          <h2 id="perioden" className="text-xl font-bold">
            Under perioden {formatLongDate(period.from)} – {formatLongDate(period.to)}
          </h2>
          <Section id="floden" title="Flöden mellan stegen">
            <p>Deltagare som bytt steg under perioden, också bakåt. Varje bedömning jämförs med deltagarens förra.</p>
            <div className="grid gap-4 lg:grid-cols-2">
              {!period.flows.withheld && (
                <FlowMatrix caption="Från steg (rader) till steg (kolumner), alla kön. Samma siffror som i tabellen." flow={(from, to) => rowTotalAt(period.flows, `${from}>${to}`)} />
              )}
              <FigureTableView table={period.flows} />
            </div>
          </Section>
          <Section id="tid-i-steg" title="Tid i varje steg">
            <p>Dagar från en bedömning till nästa med ett annat steg, för vistelser som slutade under perioden.</p>
            <StageTimesTable times={period.stageTimes} />
          </Section>
          <Section id="startade" title="Placeringar som startat och avslutats">
            {!period.started.withheld && !period.ended.withheld && (
              <TrendChart
                months={months}
                caption="Placeringar per månad, alla kön."
                series={[
                  { label: "startade", points: period.started.rowTotals },
                  { label: "avslutade", points: period.ended.rowTotals },
                ]}
              />
            )}
            <div className="grid gap-4 lg:grid-cols-2">
              <FigureTableView table={period.started} />
              <FigureTableView table={period.ended} />
            </div>
          </Section>
          <Section id="utfall" title="Utfall vid avslut">
            <p>Varje deltagares senaste utfall under perioden.</p>
            <div className="grid gap-4 lg:grid-cols-2">
              {!period.outcomes.withheld && (
                <BarChart caption="Utfall vid avslut (alla kön). Samma siffror som i tabellen." bars={period.outcomes.rows.map((r) => ({ label: r.label, figure: rowTotalAt(period.outcomes, r.key) }))} />
              )}
              <FigureTableView table={period.outcomes} />
            </div>
            <div className="rounded-lg border border-stone-300 bg-white p-4">
              <h4 className="font-semibold">Till arbete eller studier, mot målet {formatShare(WORK_OR_STUDIES_GOAL)}</h4>
              <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4" data-figure="arbete-studier">
                {[...GENDER_GROUPS, "ALL" as const].map((g) => {
                  const share = period.workOrStudies[g];
                  const verdict = share === null ? "" : share >= WORK_OR_STUDIES_GOAL ? " (når målet)" : " (under målet)";
                  return (
                    <div key={g}>
                      <dt className="text-sm text-stone-700">{g === "ALL" ? "Alla" : GENDER_GROUP_LABELS[g]}</dt>
                      <dd className="text-2xl font-bold">
                        {formatShare(share)}
                        <span className="text-sm font-normal">{verdict}</span>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </div>
          </Section>
          <ExportLinks view="period" query={query} label="perioden" />
        </section>

        <section aria-labelledby="sus" className="space-y-2">
          <h2 id="sus" className="text-xl font-bold">
            Deltagarrapport (SUS)
          </h2>
          <p>
            In- och utskrivna per insats, tid i insatsen och situation efter avslut, per kön, i samma form som Finsams uppföljningssystem SUS. Samma period och
            filter som ovan.
          </p>
          <ExportLinks view="sus" query={query} label="deltagarrapporten" />
          <p>
            Till SUS inrapporteras också varje deltagare för sig: en rad per deltagare och insats, med löpnummer i stället för namn, och bara deltagare
            som har samtyckt.
          </p>
          <p className="text-sm">
            <a href={`/koordinator/sus-register${query ? `?${query}` : ""}`} className="underline" download>
              Ladda ner SUS-fil per deltagare som CSV
            </a>
          </p>
        </section>
      </div>
    </>
  );
}
