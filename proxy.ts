import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { refusedRequest } from "./lib/request-guard";
import { contentSecurityPolicy, newNonce } from "./lib/security-headers";
import { sessionHasExpired } from "./lib/server/session-lifetime";

/** Pages anyone may open; every other page wants a session. */
const PUBLIC_PATHS = new Set(["/logga-in", "/logga-in/deltagare"]);

/**
 * Every page gets a Content-Security-Policy with a fresh nonce (set on the request too: Next reads it
 * there to mark its own scripts); next.config.ts adds the headers that never change. Signed-out visitors of other pages go to
 * sign-in, keeping the deep link; the pages still check the session themselves (this check cannot see
 * a sign-out, which lives in the database). A cross-site or oversized POST is refused first (lib/request-guard.ts).
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const refusal = refusedRequest(request);
  let response: NextResponse;
  if (refusal) {
    response = new NextResponse(refusal.message, { status: refusal.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  } else if (PUBLIC_PATHS.has(request.nextUrl.pathname) || (await hasSession(request))) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    // The participant's own view has a sign-in page of its own (a code, not a password).
    const signIn = new URL(request.nextUrl.pathname.startsWith("/mina-sidor") ? "/logga-in/deltagare" : "/logga-in", request.url);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    response = NextResponse.redirect(signIn);
  }
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

async function hasSession(request: NextRequest): Promise<boolean> {
  const token = await getToken({ req: request });
  return Boolean(token && !sessionHasExpired(token.signedInAt));
}

export const config = {
  // Pages only: API answers, static files and prefetches (rendered again on navigation) need no nonce.
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
