// A visitor of the built app over plain HTTP, as a script or an attacker would be: its own cookies, sign-in
// through next-auth's endpoints, and server actions called the way React calls them (the Next-Action header).
// Used by the access matrix, the HTTP fuzzing, and the load and fault runs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { totpCode, totpStep } from "../../lib/domain/second-factor";
import { CODE_USED, withFreshCode } from "./second-factor";

/** How the app answered, in the words of the access table. */
export type Answer =
  | "ok" // a page rendered (200)
  | "redirect" // a page sent a signed-in user elsewhere (not to sign-in)
  | "sign-in" // sent to the sign-in page
  | "forbidden" // 403
  | "not-found" // 404
  | "done" // an action succeeded: it redirects with a confirmation (?klart=)
  | "refused-input" // an action answered the form with field or form errors
  | "rejected" // any other 4xx (an unknown action id, a body too large, a cross-origin post)
  | "error"; // 5xx: never expected

export type Reply = { status: number; answer: Answer; body: string; headers: Headers; ms: number };

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Server action ids of the current build by "file#export", from Next's manifest (the ids change with every build). */
export function actionIds(root = ROOT): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, { filename, exportedName }]) => [`${filename}#${exportedName}`, id]));
}

function classify(status: number, headers: Headers, body: string): Answer {
  const location = headers.get("location") ?? headers.get("x-action-redirect") ?? "";
  if (status >= 500) return "error";
  if (location.startsWith("/logga-in") || /^https?:\/\/[^/]+\/logga-in/.test(location)) return "sign-in";
  if (headers.get("x-action-redirect")) return /[?&]klart=/.test(location) ? "done" : "redirect";
  if (status >= 300 && status < 400) return "redirect";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status >= 400) return "rejected";
  if (headers.get("content-type")?.startsWith("text/x-component")) {
    // An action that refuses after its answer has started streaming: the status is already 200, the refusal is in the stream.
    if (/"digest":"NEXT_HTTP_ERROR_FALLBACK;403"/.test(body)) return "forbidden";
    if (/"digest":"NEXT_HTTP_ERROR_FALLBACK;404"/.test(body)) return "not-found";
    // The follow-up autosave answers in place: { saved: true, … } or { saved: false, message }.
    if (/"saved":true/.test(body)) return "done";
    if (/"saved":false[^}]*inte inloggad/.test(body)) return "sign-in";
    if (/"saved":false[^}]*finns inte/.test(body)) return "not-found";
    if (/"status":"error"|"saved":false/.test(body)) return "refused-input";
  }
  return "ok";
}

export class Visitor {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      const value = pair!.slice(at + 1);
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(pair!.slice(0, at));
      else this.cookies.set(pair!.slice(0, at), value);
    }
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** A copy with the same cookies: a stolen or shared session. */
  clone(baseUrl = this.baseUrl): Visitor {
    const copy = new Visitor(baseUrl);
    copy.cookies = new Map(this.cookies);
    return copy;
  }

  async fetch(pathname: string, init: RequestInit = {}): Promise<Reply> {
    const started = performance.now();
    const response = await fetch(new URL(pathname, this.baseUrl), {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookieHeader },
    });
    this.keep(response);
    const body = await response.text();
    return { status: response.status, answer: classify(response.status, response.headers, body), body, headers: response.headers, ms: performance.now() - started };
  }

  /**
   * Signs in as a person would: the password through next-auth's credentials endpoint, then, for an account
   * that needs it, the code from its known secret (tests/support/second-factor.ts), or setting up the app
   * first. True when a session cookie came back and, if a code was asked for, it was taken.
   */
  async signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<boolean> {
    if (!(await this.signInWithPasswordOnly(email, password, headers))) return false;
    const held = (JSON.parse((await this.fetch("/api/auth/session", { headers })).body) as { secondFactor?: { step: "verify" | "enrol" } }).secondFactor;
    if (!held) return true;
    return held.step === "verify" ? this.typeCode(email, headers) : this.setUpApp(headers);
  }

  /** A participant's sign-in with their personnummer and a code from their officer (the "deltagarkod" provider). */
  async signInWithCode(personnummer: string, kod: string): Promise<boolean> {
    const { csrfToken } = JSON.parse((await this.fetch("/api/auth/csrf")).body) as { csrfToken: string };
    await this.fetch("/api/auth/callback/deltagarkod", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, personnummer, kod, json: "true" }),
    });
    return [...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"));
  }

  /** Only the password: the session stays held at the second factor for an account that needs one. */
  async signInWithPasswordOnly(email: string, password: string, headers: Record<string, string> = {}): Promise<boolean> {
    const { csrfToken } = JSON.parse((await this.fetch("/api/auth/csrf")).body) as { csrfToken: string };
    await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    return [...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"));
  }

  /** The code page's form, posted as React posts it; a code another sign-in took first is followed by the next one. */
  private async typeCode(email: string, headers: Record<string, string>): Promise<boolean> {
    const action = actionIds().get("app/tvastegsverifiering/actions.ts#verifySecondFactorAction")!;
    for (let tries = 0; tries < 4; tries++) {
      const reply = await withFreshCode(email, (code) => this.callAction("/tvastegsverifiering", action, { code, callbackUrl: "/" }, headers));
      if (reply.answer === "redirect") return true;
      if (!CODE_USED.test(reply.body)) return false;
    }
    return false;
  }

  /** The first sign-in of an account without an app: the secret the page shows, and a code made from it. */
  private async setUpApp(headers: Record<string, string>): Promise<boolean> {
    const page = await this.fetch("/tvastegsverifiering/aktivera", { headers });
    const secret = /name="secret" value="([A-Z2-7]+)"/.exec(page.body)?.[1];
    if (!secret) return false;
    const action = actionIds().get("app/tvastegsverifiering/actions.ts#confirmEnrolmentAction")!;
    const reply = await this.callAction("/tvastegsverifiering/aktivera", action, { secret, code: totpCode(secret, totpStep(new Date())), callbackUrl: "/" }, headers);
    return /"done":true/.test(reply.body);
  }

  async signOut(): Promise<void> {
    const { csrfToken } = JSON.parse((await this.fetch("/api/auth/csrf")).body) as { csrfToken: string };
    await this.fetch("/api/auth/signout", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ csrfToken, json: "true" }) });
  }

  /**
   * Calls a form's server action as React does: `(previousState, formData)` encoded as a reply, the form's
   * fields under the prefix "_1_" and the argument list last (the decoder reads the entries in order).
   */
  /** `form`: the action takes the form alone (an autosave), not a previous state and the form (useActionState). */
  callAction(
    pagePath: string,
    actionId: string,
    fields: Record<string, string> | readonly [string, string][],
    headers: Record<string, string> = {},
    takes: "state-and-form" | "form" = "state-and-form",
  ): Promise<Reply> {
    const body = new FormData();
    for (const [name, value] of Array.isArray(fields) ? fields : Object.entries(fields)) body.append(`_1_${name}`, value);
    body.append("0", JSON.stringify(takes === "form" ? ["$K1"] : ["$undefined", "$K1"]));
    return this.fetch(pagePath, {
      method: "POST",
      headers: { "next-action": actionId, accept: "text/x-component", origin: new URL(this.baseUrl).origin, ...headers },
      body,
    });
  }
}
