// Virtual case officers and providers' users working the app over real HTTP, through the same server actions as
// the forms: each signs in, then sends one request after another until the time is up. What they do is the
// scenario table below.
import { followUpForm } from "../../tests/support/access-table";
import { type Answer, actionIds, type Reply, Visitor } from "../../tests/support/http-visitor";
import type { LoadWorld } from "./load-world";
import { LOAD_PASSWORD } from "./load-world";
import { addDaysIso as addDays } from "../../lib/rules/dates";

export type Sample = { scenario: string; answer: Answer | "unreachable"; ms: number; at: number; officerId: string; fields: Record<string, string>; messages: string[] };

type Request = { page: string; action: string; fields: Record<string, string>; after?: (reply: Reply) => void };
/** What one worker remembers between its requests (a host: the draft it has open). */
type Memory = { draftId?: string; placementId?: string };
type Scenario = {
  name: string;
  /** Who does it: a case officer, or a provider's user (a host). */
  by: "officer" | "host";
  /** How often, among the scenarios of the same worker kind. */
  share: number;
  next: (ctx: { world: LoadWorld; day: string; random: () => number; worker: Worker; memory: Memory }) => Request;
};

const pick = <T>(list: readonly T[], random: () => number) => list[Math.floor(random() * list.length)]!;

export const REGISTER_PLACEMENT_ACTION = "app/handlaggare/deltagare/[id]/placering/ny/actions.ts#registerPlacementAction";

/** The registration form as an officer fills it in: a first period of arbetsträning, with a new suitable assessment. */
export function registrationFields(p: { participantId: string; providerId: string; day: string; start: string; plannedEnd: string }): Record<string, string> {
  return {
    participantId: p.participantId,
    providerId: p.providerId,
    programme: "JOB",
    kind: "ARBETSTRANING",
    mode: "ON_SITE",
    decisionDate: p.day,
    startDate: p.start,
    plannedEndDate: p.plannedEnd,
    hoursPerWeek: "20",
    goals: "Träna arbetsrutiner",
    tasks: "Plock och pack",
    aioReason: "QUEUE",
    assessmentChoice: "NEW",
    assessmentDate: p.day,
    assessmentReasoning: "Behöver träna arbetsrutiner",
    assessmentConclusion: "Arbetsträning är lämpligast",
    assessmentSuitable: "on",
  };
}

/** The version each running placement is known to have, as the pages the officers last opened showed it. */
const knownVersion = new Map<string, number>();

/**
 * What the officers do, and how often. Registrations for the same participants ask for overlapping periods, so
 * all but the first collide (the expected refusal: an overlapping placement); extensions of the same placements race on their
 * version (the expected refusal: a stale edit). Meanwhile several hosts of each provider follow up the same
 * placements: each starts (or resumes) the placement's one draft and submits it, so two hosts often hold the
 * same draft and the second submit is refused (the expected refusal: already submitted, or a stale version).
 * scripts/trust/consistency.ts checks the database afterwards.
 */
export const SCENARIOS: readonly Scenario[] = [
  {
    name: "registerPlacement",
    by: "officer",
    share: 0.8,
    next: ({ world, day, random }) => {
      const participantId = pick(world.participants, random);
      // Every period covers day 40 to 50 from today: two for one participant always overlap.
      const start = addDays(day, 30 + Math.floor(random() * 10));
      return {
        page: `/handlaggare/deltagare/${participantId}/placering/ny`,
        action: REGISTER_PLACEMENT_ACTION,
        fields: registrationFields({ participantId, providerId: pick(world.providers, random), day, start, plannedEnd: addDays(start, 20 + Math.floor(random() * 60)) }),
      };
    },
  },
  {
    name: "extendPlacement",
    by: "officer",
    share: 0.2,
    next: ({ world, random }) => {
      const placement = pick(world.placements, random);
      const version = knownVersion.get(placement.id) ?? 1;
      return {
        page: `/handlaggare/placeringar/${placement.id}/forlang`,
        action: "app/handlaggare/placeringar/actions.ts#extendPlacementAction",
        // Each accepted extension moves the end one more day: the end tells how many were accepted.
        fields: { placementId: placement.id, version: String(version), newPlannedEndDate: addDays(placement.plannedEndDate, version) },
        after: (reply) => {
          if (reply.answer === "done") knownVersion.set(placement.id, Math.max(knownVersion.get(placement.id) ?? 1, version + 1));
        },
      };
    },
  },
  {
    // Draft → submit: a host without an open draft starts one (the redirect names it); with one, submits it.
    name: "followUp",
    by: "host",
    share: 1,
    next: ({ world, day, random, worker, memory }): Request => {
      if (memory.draftId) {
        const draftId = memory.draftId;
        memory.draftId = undefined;
        return {
          page: `/anordnare/uppfoljningar/${draftId}`,
          action: "app/anordnare/actions.ts#submitFollowUpAction",
          fields: { ...followUpForm(draftId ?? "", day), placementId: memory.placementId ?? "" },
        };
      }
      const own = world.placements.filter((p) => p.providerId === worker.providerId);
      const placement = pick(own.length > 0 ? own : world.placements, random);
      return {
        page: `/anordnare/placeringar/${placement.id}`,
        action: "app/anordnare/actions.ts#startFollowUpAction",
        fields: { placementId: placement.id },
        after: (reply) => {
          const location = reply.headers.get("x-action-redirect") ?? reply.headers.get("location") ?? "";
          const id = /\/anordnare\/uppfoljningar\/([0-9a-f-]{36})/.exec(location)?.[1];
          if (reply.answer === "done" && id) Object.assign(memory, { draftId: id, placementId: placement.id });
        },
      };
    },
  },
];

/** A small seeded generator (mulberry32): the same seed, the same sequence of requests per officer. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The form's messages in a refused answer (React's payload: the action's reply on the line "1:"). */
export function messagesOf(body: string): string[] {
  const line = body.split("\n").find((l) => l.startsWith("1:"));
  if (!line) return [];
  try {
    const reply = JSON.parse(line.slice(2)) as { error?: Record<string, unknown> };
    return Object.values(reply.error ?? {}).flat().filter((m): m is string => typeof m === "string");
  } catch {
    return [];
  }
}

/** One signed-in worker: a case officer, or a provider's user (a host, with their provider). */
export type Worker = { visitor: Visitor; id: string; by?: "officer" | "host"; providerId?: string };
export type Officer = Worker;

/** Signs every officer in (and every host of the world, with `hosts`), spread over the app instances given. */
export async function signInOfficers(world: LoadWorld, baseUrls: readonly string[], options: { hosts?: boolean } = {}): Promise<Worker[]> {
  const people = [...world.officers.map((o) => ({ ...o, by: "officer" as const })), ...(options.hosts ? world.hosts.map((h) => ({ ...h, by: "host" as const })) : [])];
  const workers: Worker[] = [];
  // A few at a time: each sign-in hashes a password (argon2, ~20 MiB).
  for (let i = 0; i < people.length; i += 5) {
    const batch = people.slice(i, i + 5).map(async (o, j) => {
      const visitor = new Visitor(baseUrls[(i + j) % baseUrls.length]!);
      if (!(await visitor.signIn(o.email, LOAD_PASSWORD))) throw new Error(`${o.email} kunde inte logga in`);
      return { visitor, id: o.id, by: o.by, providerId: "providerId" in o ? o.providerId : undefined };
    });
    workers.push(...(await Promise.all(batch)));
  }
  return workers;
}

/**
 * Runs every officer's loop until `until()` says stop; returns every request's outcome. `thinkMs`: the mean pause
 * between one answer and a worker's next request (drawn at random, exponentially, so the workers do not march in
 * step), as a person reads the answer and fills in the next form; 0 sends the next request at once, which measures
 * how many requests the server can answer, not how long a user waits.
 */
export async function drive(options: { officers: Officer[]; world: LoadWorld; day: string; until: () => boolean; seed?: number; thinkMs?: number }): Promise<Sample[]> {
  const ids = actionIds();
  const samples: Sample[] = [];
  const started = performance.now();
  await Promise.all(
    options.officers.map(async (worker, index) => {
      const { visitor, id } = worker;
      const random = seeded((options.seed ?? 1) * 1_000 + index);
      const mine = SCENARIOS.filter((s) => s.by === (worker.by ?? "officer"));
      const total = mine.reduce((sum, s) => sum + s.share, 0);
      const memory: Memory = {};
      const think = () => new Promise((r) => setTimeout(r, -Math.log(1 - random()) * (options.thinkMs ?? 0)));
      if (options.thinkMs) await think();
      while (!options.until()) {
        const roll = random() * total;
        let sum = 0;
        const scenario = mine.find((s) => (sum += s.share) >= roll) ?? mine[0]!;
        const request = scenario.next({ world: options.world, day: options.day, random, worker, memory });
        const at = performance.now() - started;
        try {
          const reply = await visitor.callAction(request.page, ids.get(request.action)!, request.fields);
          request.after?.(reply);
          samples.push({ scenario: scenario.name, answer: reply.answer, ms: reply.ms, at, officerId: id, fields: request.fields, messages: reply.answer === "refused-input" ? messagesOf(reply.body) : [] });
        } catch {
          samples.push({ scenario: scenario.name, answer: "unreachable", ms: performance.now() - started - at, at, officerId: id, fields: request.fields, messages: [] });
          await new Promise((r) => setTimeout(r, 100));
        }
        if (options.thinkMs) await think();
      }
    }),
  );
  return samples;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * The refusals a race is expected to give: an overlapping placement, a stale version, (a crowd on one row) try
 * again, or a follow-up another host of the provider has just submitted.
 */
export const EXPECTED_REFUSAL = /överlapp|en placering i taget|Någon annan har ändrat|Många sparar|redan inskickad|utkast/i;

export function summarise(samples: readonly Sample[], seconds: number): { lines: string[]; unexpected: string[] } {
  const lines: string[] = [];
  const unexpected: string[] = [];
  for (const scenario of [...new Set(samples.map((s) => s.scenario))]) {
    const mine = samples.filter((s) => s.scenario === scenario);
    const count = (answer: string) => mine.filter((s) => s.answer === answer).length;
    const ms = mine.map((s) => s.ms);
    lines.push(
      `${scenario}: ${mine.length} förfrågningar (${(mine.length / seconds).toFixed(1)}/s), ${count("done")} godkända, ${count("refused-input")} avvisade, ` +
        `${count("error")} fel, ${count("unreachable")} utan svar; p50 ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms, max ${Math.max(0, ...ms).toFixed(0)} ms`,
    );
    const kinds = new Map<string, number>();
    for (const s of mine.filter((x) => x.answer === "refused-input")) {
      const kind = s.messages.find((m) => EXPECTED_REFUSAL.test(m))?.match(EXPECTED_REFUSAL)?.[0] ?? "annat";
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    if (kinds.size > 0) lines.push(`  avvisade: ${[...kinds].map(([k, n]) => `${n} ”${k}”`).join(", ")}`);
    // An accepted write costs more than a refusal (its answer carries the next page): each kind's own times.
    for (const [answer, label] of [["done", "godkända"], ["refused-input", "avvisade"]] as const) {
      const times = mine.filter((s) => s.answer === answer).map((s) => s.ms);
      if (times.length > 0 && times.length < mine.length) lines.push(`  ${label}: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`);
    }
    for (const s of mine) {
      if (s.answer === "refused-input" && !s.messages.some((m) => EXPECTED_REFUSAL.test(m))) unexpected.push(`${scenario} avvisades av ett oväntat skäl: ${s.messages.join(" / ")}`);
      else if (s.answer !== "done" && s.answer !== "refused-input") unexpected.push(`${scenario} svarade ${s.answer}`);
    }
  }
  return { lines, unexpected: [...new Set(unexpected)] };
}
