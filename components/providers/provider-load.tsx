/** "2 av 3 platser används": how many of the provider's places are taken today. */
export function loadText(load: number, capacity: number): string {
  return `${load} av ${capacity} ${capacity === 1 ? "plats" : "platser"} används`;
}

/** Today's load against capacity, marked when every place is taken (or more than that, after capacity was lowered). */
export function ProviderLoad({ load, capacity }: { load: number; capacity: number }) {
  const over = load > capacity;
  const full = load >= capacity;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span>{loadText(load, capacity)}</span>
      {full && (
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${over ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}>
          {over ? "Fler än kapaciteten" : "Fullt"}
        </span>
      )}
    </span>
  );
}
