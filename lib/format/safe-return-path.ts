const ORIGIN = "http://stegvis.invalid";

/**
 * A same-site path to return to after sign-in; anything else goes to the start page.
 * The value is resolved as a browser would (browsers drop tabs and newlines, so "/\t/evil.example"
 * would leave the site), and only a result on our own origin is kept.
 */
export function safeReturnPath(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return "/";
  }
  const path = url.pathname + url.search + url.hash;
  // Resolving "." and ".." segments can itself produce "//host" (from "/.//host"), which leaves the site.
  if (url.origin !== ORIGIN || path.startsWith("//") || url.pathname.startsWith("/logga-in") || url.pathname.startsWith("/api/")) return "/";
  return path;
}
