/** What the error pages say: plain Swedish, what may have happened, and that nothing was half-saved. */
export function FailureNotice({ onRetry }: { onRetry: () => void }) {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Något gick fel</h1>
      <p className="mt-3">
        Stegvis kunde inte hämta eller spara uppgifterna just nu. Det kan bero på att databasen inte går att nå. Ingenting har sparats till hälften.
      </p>
      <button type="button" onClick={onRetry} className="mt-4 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Försök igen
      </button>
    </div>
  );
}
