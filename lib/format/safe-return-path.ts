/** A same-site path to return to after sign-in; anything else (other hosts, odd schemes) goes to the start page. */
export function safeReturnPath(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/logga-in") || value.startsWith("/api/")) return "/";
  return value;
}
