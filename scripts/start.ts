// npm start / npm run dev: checks the configuration, starts the embedded database when no DATABASE_URL
// is given, migrates, seeds demo data on a new embedded database, builds when needed and serves the app.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { demoParticipantLine, openDemoParticipantLogin, type DemoParticipantLogin } from "../prisma/demo-participant";
import { formatDemoLogins } from "../prisma/demo-users";
import { seedDemoData } from "../prisma/seed";
import { today } from "../lib/server/clock";
import { refreshPlacementStatuses } from "../lib/server/placements/refresh-statuses";
import { createPrismaClient } from "../lib/server/prisma-client";
import { ensureBuild, runAppServer } from "./build-state";
import { waitUntilServing } from "./serving";
import { ConfigError, NO_EMAIL_LINE, readAppWorkers, readAuthSecret, readAuthUrl, readDatabaseUrl, readMigrationDatabaseUrl, readOidcIssuer, readPort, readSmtpUrl } from "./config";
import { clientAddressWarnings, embeddedAuditWarning, securityRefusal, securityWarnings } from "./security-config";
import { DATA_DIR, startProjectEmbedded } from "./db/configured-database";
import type { EmbeddedPostgres } from "./db/embedded";
import { migrationErrorLine } from "./db/migration-error";
import { migrateDatabase } from "./db/migrate-database";
import { startNoticeWorker, type NoticeWorker } from "./notice-worker";

const dev = process.argv.includes("--dev");

/** How often placements are moved on by the calendar (planned → active → ended) while the app runs. */
const STATUS_REFRESH_MS = 60 * 60 * 1000;

function fail(message: string): never {
  console.error(`Stegvis kan inte starta: ${message}`);
  process.exit(1);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** A signing secret kept under .data/ so sessions survive a restart when NEXTAUTH_SECRET is not set. */
function localAuthSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function main() {
  let configuredUrl: string | null;
  let ownerUrl: string | null;
  let port: number;
  let secret: string | null;
  let authUrl: string | null;
  let workers: number;
  let smtpUrl: string | null;
  try {
    configuredUrl = readDatabaseUrl(process.env);
    ownerUrl = readMigrationDatabaseUrl(process.env);
    port = readPort(process.env);
    secret = readAuthSecret(process.env);
    authUrl = readAuthUrl(process.env);
    workers = readAppWorkers(process.env, { embedded: !configuredUrl, dev });
    readOidcIssuer(process.env);
    smtpUrl = readSmtpUrl(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const refusal = securityRefusal(process.env, dev);
  if (refusal) fail(refusal);
  if (!(await portIsFree(port))) fail(`port ${port} används redan av ett annat program. Stoppa det, eller välj en annan port: PORT=3001 npm start`);
  if (configuredUrl && !secret) {
    console.warn("Obs: NEXTAUTH_SECRET saknas, så en hemlighet i .data/auth-secret används. Flera instanser behöver samma NEXTAUTH_SECRET.");
  }
  // Real data on a database server: say what leaves sessions weaker than they should be.
  if (configuredUrl) for (const warning of securityWarnings(process.env)) console.warn(warning);
  if (configuredUrl && !ownerUrl) {
    console.warn("Obs: MIGRATION_DATABASE_URL saknas, så appen ansluter som den roll som äger tabellerna och kan ta bort granskningsloggens skydd. Se README, Databasroller.");
  }

  let embedded: EmbeddedPostgres | null = null;
  let child: ChildProcess | null = null;
  let statusTimer: NodeJS.Timeout | null = null;
  let noticeWorker: NoticeWorker | null = null;
  let stopping = false;
  // The step under way (opening, migrating, seeding): a stop waits for it, so PGlite is never closed mid-write.
  let step: Promise<unknown> = Promise.resolve();
  const run = <T>(work: Promise<T>): Promise<T> => {
    step = work.catch(() => undefined);
    return work;
  };
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (code === 0) console.log("\nStegvis stoppas …");
    if (statusTimer) clearInterval(statusTimer);
    await step;
    await noticeWorker?.stop().catch(() => undefined);
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child!.once("exit", r));
    }
    await embedded?.stop();
    if (code === 0) console.log("Stegvis är stoppat. Databasen är stängd och data finns kvar i .data/.");
    process.exit(code);
  };
  const failAndStop = async (message: string) => {
    console.error(`Stegvis kan inte starta: ${message}`);
    await stop(1);
  };
  // Registered before anything is opened: PGlite must be closed properly, or its data can be damaged.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(0));

  try {
    if (!configuredUrl) {
      console.warn(embeddedAuditWarning);
      console.log("Startar den inbyggda databasen (data i .data/) …");
      // Assigned inside the step, so a stop that waits for the step also sees the database to close.
      await run(startProjectEmbedded().then((started) => (embedded = started)));
    }
  } catch (error) {
    return failAndStop(firstLine(error));
  }
  if (stopping) return;
  const databaseUrl = configuredUrl ?? embedded!.url;
  const demo = Boolean(embedded) || process.env.STEGVIS_SEED_DEMO === "true";
  let demoParticipant: DemoParticipantLogin | null = null;

  try {
    await run(migrateDatabase(databaseUrl, ownerUrl));
  } catch (error) {
    const hint = embedded ? " Kommer .data/ från en äldre version? Ta bort mappen, så skapas databasen och demodatan på nytt." : "";
    return failAndStop(`databasen kunde inte nås eller uppdateras: ${migrationErrorLine(error)}.${hint}`);
  }
  if (stopping) return;

  try {
    // Demo data goes only into the embedded database: a real server never gets known passwords.
    if (demo) {
      const prisma = createPrismaClient(databaseUrl);
      try {
        const { created } = await run(seedDemoData(prisma));
        if (created) console.log("Demodata är inlagd.");
        demoParticipant = await run(openDemoParticipantLogin(prisma));
      } finally {
        await prisma.$disconnect();
      }
    }
  } catch (error) {
    return failAndStop(`demodatan kunde inte läggas in: ${firstLine(error)}`);
  }
  if (stopping) return;

  // Statuses follow the calendar: once now, before anyone signs in, then every hour. A failed run is
  // reported and tried again at the next hour; it does not stop the app.
  const refreshStatuses = async () => {
    const prisma = createPrismaClient(databaseUrl);
    try {
      const { activated, ended } = await refreshPlacementStatuses(prisma, today());
      if (activated + ended > 0) console.log(`Placeringarnas status följer kalendern: ${activated} har börjat, ${ended} har slutat.`);
    } catch (error) {
      console.error(`Placeringarnas status kunde inte uppdateras: ${firstLine(error)}`);
    } finally {
      await prisma.$disconnect();
    }
  };
  await run(refreshStatuses());
  if (stopping) return;
  statusTimer = setInterval(() => void run(refreshStatuses()), STATUS_REFRESH_MS);

  // Notices and digests: a job queue worker in this process, beside (not inside) the web server.
  if (!smtpUrl) console.log(NO_EMAIL_LINE);
  try {
    noticeWorker = await run(
      startNoticeWorker({ databaseUrl, smtpUrl, smtpFrom: process.env.SMTP_FROM?.trim() || undefined, appUrl: authUrl ?? `http://localhost:${port}`, embedded: Boolean(embedded) }),
    );
  } catch (error) {
    return failAndStop(`jobbkön för aviseringar kunde inte startas: ${firstLine(error)}`);
  }
  if (stopping) return;

  try {
    if (!dev) await run(ensureBuild());
    if (stopping) return;
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret ?? localAuthSecret(),
      NEXTAUTH_URL: authUrl ?? `http://localhost:${port}`,
      PORT: String(port),
      STEGVIS_WORKERS: String(workers),
    };
    // A demo, with its published passwords, answers only on this machine unless HOST says otherwise.
    const host = process.env.HOST ?? (demo ? "127.0.0.1" : undefined);
    for (const warning of clientAddressWarnings(env, host)) console.warn(warning);
    child = runAppServer({ port, host, dev }, env);
    child.on("error", (error) => void failAndStop(`webbservern kunde inte startas: ${error.message}`));
    child.on("exit", (code) => void stop(code ?? 0));

    const probeHost = host && host !== "0.0.0.0" && host !== "::" ? host : "127.0.0.1";
    if (await waitUntilServing(`http://${probeHost.includes(":") ? `[${probeHost}]` : probeHost}:${port}`)) {
      console.log(`\nStegvis är igång: http://localhost:${port}`);
      if (demo) console.log(`\nDemoinloggningar:\n${formatDemoLogins()}\nHandläggare och administratörer anger också en engångskod: npm run demo:kod -- <e-post>`);
      if (demoParticipant) console.log(demoParticipantLine(demoParticipant, port));
      console.log("\nStoppa med Ctrl-C.");
    }
  } catch (error) {
    return failAndStop(firstLine(error));
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

await main();
