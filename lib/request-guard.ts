// Requests proxy.ts refuses before they reach a page or a server action. Next checks a server action's
// origin and body size too, but answers both with a 500; these give the right 4xx, and say why in Swedish.

/** The largest body a form may post. The longest form is a few kilobytes of text; this leaves room, not a door. */
export const ACTION_BODY_LIMIT_BYTES = 256 * 1024;

type Request = { method: string; headers: Headers };
export type Refusal = { status: 400 | 403 | 413; message: string };

/** The host the browser believes it is talking to, as Next's own action check reads it. */
const hostOf = (headers: Headers) => headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");

/** The body of a call to an action that takes no arguments (sign-out): Next sends it as text. */
const EMPTY_CALL_BYTES = "[]".length;

/**
 * Every action of ours is a form, which the browser posts as multipart, or takes nothing at all (sign-out),
 * which Next posts as an empty text list; anything else is not one of ours.
 */
function isFormOrEmptyCall(headers: Headers, length: number): boolean {
  const type = headers.get("content-type") ?? "";
  return /^multipart\/form-data\b/i.test(type) || (/^text\/plain\b/i.test(type) && length === EMPTY_CALL_BYTES);
}

/**
 * A POST from a page of another site (cross-site request forgery), one whose body is larger than any form
 * of ours, or a server action call that is not a form post, is refused; a POST without an Origin header is left to Next (browsers always send one).
 */
export function refusedRequest(request: Request): Refusal | null {
  if (request.method !== "POST") return null;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost === null || originHost !== hostOf(request.headers)) return { status: 403, message: "Förfrågan kom från en annan webbplats och togs inte emot." };
  }
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > ACTION_BODY_LIMIT_BYTES) return { status: 413, message: "Det som skickades är för stort. Skriv kortare och försök igen." };
  if (request.headers.has("next-action") && !isFormOrEmptyCall(request.headers, length)) {
    return { status: 400, message: "Det som skickades är inte ett formulär. Ladda om sidan och försök igen." };
  }
  return null;
}
