import "server-only";
import { forbidden, notFound } from "next/navigation";
import { getProvider } from "@/lib/server/providers";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";

/** The provider a case officer's page shows; 404 when there is none by that id. */
export async function providerForPage(id: string, path: string) {
  const user = await requirePolicy("viewProviders", path);
  const provider = isUuid(id) ? await getProvider(user, id) : null;
  if (!provider) notFound();
  return provider;
}

/** The same, for a page that changes the provider: 403 for an officer of another unit. */
export async function editableProviderForPage(id: string, path: string) {
  const provider = await providerForPage(id, path);
  if (!provider.canEdit) forbidden();
  return provider;
}
