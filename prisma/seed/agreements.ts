// Demo agreements (trepartsöverenskommelser) on the running placements the demo anordnare supervises: one
// approved by all three and binding, one sent and waiting for the host (the participant's approval recorded
// by the officer). Computed from the other seed rows and `today` alone, so the same day gives the same rows.
import type { Prisma } from "../../lib/server/generated/prisma/client";
import { followUpCadence, followUpPlan, type PlacementKind, type PlacementMode } from "../../lib/rules";
import { DEMO_USERS } from "../demo-users";
import { addDays, dbDate, instant, type IsoDate } from "./dates";
import { seedId } from "./ids";
import type { SeedData } from "./plan";

const iso = (date: Date | string) => (typeof date === "string" ? date.slice(0, 10) : date.toISOString().slice(0, 10));

export interface AgreementSeed {
  versions: Prisma.AgreementVersionCreateManyInput[];
  approvals: Prisma.AgreementApprovalCreateManyInput[];
}

export function buildAgreements(data: SeedData, today: IsoDate): AgreementSeed {
  const seed: AgreementSeed = { versions: [], approvals: [] };
  const userOf = (role: "HANDLAGGARE" | "ANORDNARE") => data.users.find((u) => u.row.email === DEMO_USERS.find((d) => d.role === role)!.email)?.row;
  const [officer, host] = [userOf("HANDLAGGARE"), userOf("ANORDNARE")];
  const supervisor = data.supervisors.find((s) => s.userId === host?.id);
  if (!officer?.id || !host?.id || !supervisor) return seed;
  const [officerId, hostId] = [officer.id, host.id];
  const running = data.placements
    .filter((p) => p.supervisorId === supervisor.id && p.status === "ACTIVE" && iso(p.plannedEndDate) > today)
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const [binding, waiting] = running;

  const version = (key: string, p: Prisma.PlacementCreateManyInput, sentDaysAgo: number) => ({
    id: seedId(`agreement:${key}`),
    placementId: p.id!,
    number: 1,
    effectiveFrom: p.startDate,
    purpose: "Komma tillbaka till arbetslivet i egen takt och pröva om lager och logistik passar.",
    goals: [
      { category: "WORK_EXPERIENCE", description: "Arbeta på förmiddagarna med stöd av handledaren och hålla tiderna." },
      { category: "TRY_FIELD", description: "Pröva plock, pack och inventering." },
    ],
    tasks: p.tasks,
    schedule: "Måndag–torsdag 8.00–13.00",
    hoursPerWeek: p.hoursPerWeek,
    startDate: p.startDate,
    endDate: p.plannedEndDate,
    periodRule: "Perioden ryms inom programmets längsta tid för arbetsträning (Arbetsförmedlingens riktlinjer).",
    supervisorName: supervisor.name,
    supervisorContact: [supervisor.phone, supervisor.email].filter(Boolean).join(", ") || null,
    officerName: officer.name,
    officerContact: officer.email,
    followUpPlan: followUpPlan(followUpCadence(p.kind as PlacementKind, (p.mode ?? "ON_SITE") as PlacementMode, iso(p.decisionDate))),
    sentOn: dbDate(addDays(today, -sentDaysAgo)),
    sentById: officerId,
    createdById: officerId,
    createdAt: instant(addDays(today, -sentDaysAgo), 9),
    version: 2,
  });
  const approval = (key: string, versionId: string, placementId: string, party: "PARTICIPANT" | "HOST" | "OFFICER", daysAgo: number) => ({
    id: seedId(`agreement-approval:${key}:${party}`),
    versionId,
    placementId,
    party,
    approvedById: party === "HOST" ? hostId : officerId,
    onBehalfReason: party === "PARTICIPANT" ? ("IN_PERSON" as const) : null,
    approvedAt: instant(addDays(today, -daysAgo), party === "OFFICER" ? 15 : 11),
  });

  if (binding) {
    // Sent before the start and approved by everyone: binding.
    const sentDaysAgo = Math.max(1, -Math.floor((Date.parse(iso(binding.startDate)) - Date.parse(today)) / 86_400_000) + 5);
    const v = version("binding", binding, sentDaysAgo);
    seed.versions.push(v);
    for (const party of ["HOST", "PARTICIPANT", "OFFICER"] as const) seed.approvals.push(approval("binding", v.id, binding.id!, party, sentDaysAgo - 1));
  }
  if (waiting) {
    // Sent 24 days ago: the participant's approval is recorded, the host's is awaited, and it expires in 6 days.
    const v = version("waiting", waiting, 24);
    seed.versions.push(v);
    seed.approvals.push(approval("waiting", v.id, waiting.id!, "PARTICIPANT", 23));
  }
  return seed;
}
