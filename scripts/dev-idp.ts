// npm run dev:idp — a local OpenID Connect provider to try single sign-on with (tests/support/local-idp.ts).
// Prints the OIDC_* variables to start the app with; stops on Ctrl+C.
import { startLocalIdp } from "../tests/support/local-idp";

const appUrl = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
const port = Number(process.env.DEV_IDP_PORT ?? 4010);
const idp = await startLocalIdp({ appUrl, port, clientId: "stegvis-dev", clientSecret: "stegvis-dev-secret" });

console.log(`Lokal identitetsleverantör på ${idp.issuer}, för appen på ${appUrl}. Starta appen med:\n`);
console.log(Object.entries(idp.env).map(([name, value]) => `${name}=${value}`).join(" "), "npm start\n");
console.log("Logga in hos leverantören med valfritt lösenord och som inloggning en e-postadress (verifierad e-post) eller ett användar-id (subject).");

process.on("SIGINT", () => void idp.close().then(() => process.exit(0)));
