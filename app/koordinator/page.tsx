import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { today } from "@/lib/server/clock";
import { dashboardNow } from "@/lib/server/dashboard";
import { requirePolicy } from "@/lib/server/session";
import { parseDashboardParams } from "@/lib/validation/dashboard-filter";

export const metadata: Metadata = { title: "Översikt" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePolicy("viewDashboard", "/koordinator");
  const { filter } = parseDashboardParams(await searchParams, today());
  const now = await dashboardNow(user, filter);
  return <PageHeader title="Översikt">{now ? "Siffror" : "Ingen omfattning"}</PageHeader>;
}
