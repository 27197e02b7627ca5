import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded on these machines; generate and
// validate do not need it. Migrations go through scripts/db (see docs/decisions/0001).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
