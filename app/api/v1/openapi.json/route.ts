import { openApiDocument } from "@/lib/api/openapi";

/** The API's description, OpenAPI 3.1; public, like any API's contract, and the same for everyone. */
export function GET() {
  return Response.json(openApiDocument());
}
