// The app's HTTP server (npm start, npm run dev, the e2e and benchmark runs): Next's request handler behind
// Node's own server, so that the app knows every request's client. Next hands the app no socket, and fills
// X-Forwarded-For from it only when the client sent none, so a client could name itself; here the address
// is taken from the socket (or from our trusted proxy) before Next sees the request
// (docs/decisions/0011-client-address-from-the-socket.md).
// With STEGVIS_WORKERS above 1 (an operator's choice on a database server) the first process forks that
// many workers that share the port, so the app uses every core (docs/decisions/0012-app-processes.md).
//   node --import tsx scripts/http-server.ts --port 3000 [--host 127.0.0.1] [--dev]
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { CLIENT_ADDRESS_FROM_SERVER, stampClientAddress } from "../lib/server/client-address";
import { proxyHeaderWarning } from "./security-config";

const { values } = parseArgs({ options: { port: { type: "string" }, host: { type: "string" }, dev: { type: "boolean", default: false } } });
const port = Number(values.port);
const dev = values.dev;
const trustedProxy = process.env.STEGVIS_TRUSTED_PROXY === "1";

// Read by lib/server/client-ip.ts in this process: the address header on a request is ours.
process.env[CLIENT_ADDRESS_FROM_SERVER] = "1";
// Seals the address header (lib/server/client-address.ts); made by the first process, inherited by its workers.
const addressKey = (process.env.STEGVIS_CLIENT_ADDRESS_KEY ??= randomBytes(32).toString("base64url"));

const workers = Number(process.env.STEGVIS_WORKERS ?? 1);
if (cluster.isPrimary && Number.isInteger(workers) && workers > 1) superviseWorkers(workers);
else await serve();

/** Forks the workers, starts a new one for any that dies while serving, and stops them all on a signal. */
function superviseWorkers(count: number) {
  let stopping = false;
  const listening = new Set<number>();
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on("listening", (worker) => listening.add(worker.id));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // One that never served failed at start (a taken port, a broken build): starting it again would fail the same way.
    if (!listening.has(worker.id)) process.exit(code || 1);
    console.error(`En arbetsprocess för webbservern avslutades (${signal ?? code}); en ny startas.`);
    cluster.fork();
  });
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), 6_000).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stopAll(signal));
}

async function serve() {
  // Next renders the page a form's action leads to by fetching it from this server. Without an origin it builds
  // that address from the browser's X-Forwarded-Proto: behind a proxy that ends TLS, https to this plain-HTTP port,
  // which fails (every form then costs the browser a second request, and logs an error). `next start` sets this too.
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${ownHost(values.host)}:${port}`;
  const app = next({ dev, dir: path.resolve(import.meta.dirname, ".."), hostname: values.host ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  let warnedAboutProxy = false;
  const server = createServer((request, response) => {
    const ownRequest = stampClientAddress(request, trustedProxy, addressKey);
    // Next fetches the page a form's action redirects to from this server, asking for it compressed, and
    // passes the answer on in the action's own answer, which it compresses for the browser. Compressed here
    // too, the page would be zipped, unzipped and zipped again in this process: a tenth of a registration's CPU.
    if (ownRequest) delete request.headers["accept-encoding"];
    if (!trustedProxy && !ownRequest && !warnedAboutProxy && request.headers["x-forwarded-for"] !== undefined) {
      warnedAboutProxy = true;
      console.warn(proxyHeaderWarning);
    }
    void handle(request, response);
  });
  // Hot reload in development talks over a WebSocket.
  if (dev) server.on("upgrade", app.getUpgradeHandler());
  server.listen(port, values.host);
  // Stops taking requests and lets those under way finish, for a few seconds at most.
  function stop() {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
}

/** How this server reaches itself: the address it listens on; loopback of the same family when that is every address. */
function ownHost(host: string | undefined): string {
  if (!host) return "localhost";
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}
