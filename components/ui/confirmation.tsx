import { confirmationText } from "@/lib/format/confirmations";

/** The short confirmation after a command, from the `klart` key in the address; nothing for an unknown key. */
export function Confirmation({ code }: { code: string | string[] | undefined }) {
  const text = confirmationText(code);
  if (!text) return null;
  return (
    <p role="status" className="mb-6 rounded border border-brand-700 bg-brand-50 p-3 font-medium text-brand-900">
      {text}
    </p>
  );
}
