import Link from "next/link";

/**
 * Previous and next links for a list paged on the server. `query` is the list's other parameters,
 * so the filters stay when the page changes.
 */
export function Pagination({ path, query, page, pageCount }: { path: string; query: Record<string, string | undefined>; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
    if (target > 1) params.set("sida", String(target));
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };
  return (
    <nav aria-label="Sidor" className="mt-4 flex items-center gap-6">
      {page > 1 ? (
        <Link href={href(page - 1)} className="underline">
          ← Föregående sida
        </Link>
      ) : null}
      <p>
        Sida {page} av {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="underline">
          Nästa sida →
        </Link>
      ) : null}
    </nav>
  );
}
