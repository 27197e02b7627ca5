"use client";

import { useEffect, useState } from "react";

/**
 * Whether the health check says the database cannot be reached. An error page does not know what
 * failed (the server's error reaches the browser without its message), so it asks; until the answer
 * comes, or when the check itself fails, nothing is claimed.
 */
function useDatabaseUnreachable(): boolean {
  const [unreachable, setUnreachable] = useState(false);
  useEffect(() => {
    let current = true;
    fetch("/api/health", { cache: "no-store" })
      .then((response) => response.json() as Promise<{ database?: string }>)
      .then((health) => current && setUnreachable(health.database === "unreachable"))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return unreachable;
}

/** What the error pages say: plain Swedish, that nothing was half-saved, and the cause only when it is known. */
export function FailureNotice({ onRetry }: { onRetry: () => void }) {
  const databaseUnreachable = useDatabaseUnreachable();
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Något gick fel</h1>
      <p className="mt-3">Stegvis kunde inte hämta eller spara uppgifterna just nu. Ingenting har sparats till hälften.</p>
      <p className="mt-2" role="status">
        {databaseUnreachable && "Det beror på att databasen inte går att nå. Försök igen om en stund."}
      </p>
      <button type="button" onClick={onRetry} className="mt-4 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Försök igen
      </button>
    </div>
  );
}
