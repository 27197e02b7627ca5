// npm run demo:kod -- <e-post>: the code a demo account's authenticator app would show now, and the key to add
// the account to a real app. Only for the demo accounts (prisma/demo-second-factor.ts); a real account's key
// is made at random when its user sets up the app and is not shown again.
import { groupedSecret, totpCode, totpStep } from "../lib/domain/second-factor";
import { knownTotpSecret } from "../prisma/demo-second-factor";
import { DEMO_USERS } from "../prisma/demo-users";

const email = process.argv[2]?.trim().toLowerCase();
const demo = DEMO_USERS.find((user) => user.email === email);
if (!demo) {
  console.error(`Ange en demoanvändares e-postadress, till exempel: npm run demo:kod -- ${DEMO_USERS[0]!.email}`);
  process.exit(1);
}
const secret = knownTotpSecret(demo.email);
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`Kod för ${demo.email} just nu: ${totpCode(secret, totpStep(new Date()))} (byts om ${secondsLeft} s; varje kod fungerar en gång)`);
console.log(`Nyckel att lägga in i en autentiseringsapp: ${groupedSecret(secret)}`);
