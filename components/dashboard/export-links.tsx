/** Download links for one view, with the page's filters, so the file holds the numbers on screen. */
export function ExportLinks({ view, query, label }: { view: string; query: string; label: string }) {
  const href = (format: string) => `/koordinator/export/${view}?${query ? `${query}&` : ""}format=${format}`;
  return (
    <p className="mt-3 flex flex-wrap gap-4 text-sm">
      <a href={href("csv")} className="underline" download>
        Ladda ner {label} som CSV
      </a>
      <a href={href("xlsx")} className="underline" download>
        Ladda ner {label} som Excel (XLSX)
      </a>
    </p>
  );
}
