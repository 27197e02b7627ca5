import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, refusedRequest } from "@/lib/request-guard";

const post = (headers: Record<string, string>) => refusedRequest({ method: "POST", headers: new Headers({ host: "stegvis.example", ...headers }) });

describe("requests refused before they reach the app", () => {
  it("refuses a POST from another site, an opaque origin and an unreadable one", () => {
    for (const origin of ["https://angripare.example", "null", "https://stegvis.example.angripare.example", "inte en adress"]) expect(post({ origin })?.status, origin).toBe(403);
  });

  it("lets a POST from the site itself through, also behind a proxy that names the host", () => {
    expect(post({ origin: "https://stegvis.example" })).toBeNull();
    expect(refusedRequest({ method: "POST", headers: new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "stegvis.example", origin: "https://stegvis.example" }) })).toBeNull();
  });

  it("refuses a body larger than the limit with 413, whatever its origin", () => {
    expect(post({ origin: "https://stegvis.example", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) })?.status).toBe(413);
    expect(post({ origin: "https://stegvis.example", "content-length": String(ACTION_BODY_LIMIT_BYTES) })).toBeNull();
  });

  it("leaves reads alone", () => {
    expect(refusedRequest({ method: "GET", headers: new Headers({ host: "stegvis.example", origin: "https://angripare.example" }) })).toBeNull();
  });
});

describe("a server action call that is not a form post", () => {
  const action = (contentType: string, length?: number) =>
    post({ origin: "https://stegvis.example", "next-action": "7f".repeat(21), "content-type": contentType, ...(length === undefined ? {} : { "content-length": String(length) }) });

  it("is refused with 400 and a Swedish sentence, whatever it claims to be", () => {
    for (const type of ["text/plain;charset=UTF-8", "application/json", "application/x-www-form-urlencoded", ""]) {
      expect(action(type), type).toEqual({ status: 400, message: "Det som skickades är inte ett formulär. Ladda om sidan och försök igen." });
    }
  });

  it("goes through as the browser posts a form", () => {
    expect(action("multipart/form-data; boundary=----WebKitFormBoundaryx")).toBeNull();
  });

  it("lets the empty call of an action that takes nothing (sign-out) through, and nothing longer in text", () => {
    expect(action("text/plain;charset=UTF-8", 2)).toBeNull();
    expect(action("text/plain;charset=UTF-8", 3)?.status).toBe(400);
    expect(action("application/json", 2)?.status).toBe(400);
  });

  it("leaves a POST that is not an action alone", () => {
    expect(post({ origin: "https://stegvis.example", "content-type": "text/plain" })).toBeNull();
  });
});
