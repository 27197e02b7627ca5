/** How an account stands with the organisation's sign-in, in a few words for the administrator. */
export function describeOidcLink(user: { oidcSubject: string | null; oidcEmailMatchAllowed: boolean }): string {
  if (user.oidcSubject) return `Kopplat till användar-id ${user.oidcSubject}`;
  if (user.oidcEmailMatchAllowed) return "Kopplas vid nästa inloggning med verifierad e-postadress";
  return "Inte kopplat";
}
