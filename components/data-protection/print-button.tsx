"use client";

/** Opens the browser's print dialog; the page's print styles leave out navigation and buttons. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
      Skriv ut
    </button>
  );
}
