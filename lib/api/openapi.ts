// Not "server-only": a pure function of the zod schemas, served by app/api/v1/openapi.json and checked by tests.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { API_RATE_LIMIT_TEXT } from "./limits";
import { placementIdParams, placementListQuery } from "@/lib/validation/api";
import { apiFigures, apiFollowUpList, apiPlacementDetail, apiPlacementPage, problem } from "./contract";

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const problemOf = (description: string) => ({ description, content: { "application/problem+json": { schema: problem } } });

const REFUSALS = {
  401: problemOf("No key, an unknown key or a revoked key."),
  403: problemOf("A key of the other kind."),
  429: problemOf(`Too many requests (${API_RATE_LIMIT_TEXT}); wait as many seconds as Retry-After says.`),
};

/** The API's document, OpenAPI 3.1, generated from the schemas the routes parse and answer with. */
export function openApiDocument() {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "An API key created by an administrator under Administration → API-nycklar.",
  });
  const security = [{ [bearer.name]: [] }];
  registry.registerPath({
    method: "get",
    path: "/placements",
    summary: "A provider key's placements, a page at a time",
    description: "Planned and running placements at the key's provider, and those ended in the last 40 days, in id order.",
    security,
    request: { query: placementListQuery },
    responses: { 200: json(apiPlacementPage, "A page of placements."), 400: problemOf("A parameter that cannot be read; errors names it."), ...REFUSALS },
  });
  registry.registerPath({
    method: "get",
    path: "/placements/{id}",
    summary: "One placement",
    security,
    request: { params: placementIdParams },
    responses: { 200: json(apiPlacementDetail, "The placement."), 404: problemOf("No placement this key may read."), ...REFUSALS },
  });
  registry.registerPath({
    method: "get",
    path: "/placements/{id}/follow-ups",
    summary: "A placement's submitted follow-ups",
    security,
    request: { params: placementIdParams },
    responses: { 200: json(apiFollowUpList, "Submitted follow-ups, newest first."), 404: problemOf("No placement this key may read."), ...REFUSALS },
  });
  registry.registerPath({
    method: "get",
    path: "/figures",
    summary: "A coordinator key's figures of today",
    description: "The dashboard's aggregated figures for the coordinator's scope; counts of 1–4 and what would give them away are hidden.",
    security,
    responses: { 200: json(apiFigures, "The figures."), 404: problemOf("The coordinator has no scope yet."), ...REFUSALS },
  });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Stegvis API", version: "1.0.0", description: "Read-only access for a provider's or a coordinator's own systems. Every read of a participant is logged." },
    servers: [{ url: "/api/v1" }],
  });
}
