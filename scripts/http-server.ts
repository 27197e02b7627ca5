// The app's HTTP server (npm start, npm run dev, the e2e and benchmark runs): Next's request handler behind
// Node's own server, so that the app knows every request's client. Next hands the app no socket, and fills
// X-Forwarded-For from it only when the client sent none, so a client could name itself; here the address
// is taken from the socket (or from our trusted proxy) before Next sees the request
// (docs/decisions/0011-client-address-from-the-socket.md).
//   node --import tsx scripts/http-server.ts --port 3000 [--host 127.0.0.1] [--dev]
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

const app = next({ dev, dir: path.resolve(import.meta.dirname, ".."), hostname: values.host ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

let warnedAboutProxy = false;
const server = createServer((request, response) => {
  stampClientAddress(request, trustedProxy);
  if (!trustedProxy && !warnedAboutProxy && request.headers["x-forwarded-for"] !== undefined) {
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
