// One fresh, migrated database per test run: a new database on the server named by
// TEST_DATABASE_URL or DATABASE_URL, otherwise an in-memory embedded PostgreSQL. Never the demo data.
import type { TestProject } from "vitest/node";
import { createScratchDatabase } from "../support/scratch-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The role that ran the migrations (on a server; the same as databaseUrl when embedded). */
    databaseOwnerUrl: string;
    databaseEmbedded: boolean;
  }
}

export default async function setup(project: TestProject) {
  const scratch = await createScratchDatabase("stegvis_it");
  project.provide("databaseUrl", scratch.url);
  project.provide("databaseOwnerUrl", scratch.ownerUrl);
  project.provide("databaseEmbedded", scratch.embedded);
  return scratch.drop;
}
