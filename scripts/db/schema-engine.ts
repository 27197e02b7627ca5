// Prisma's schema engine as WebAssembly, driven through the pg driver adapter.
// The native engine that `prisma migrate` downloads cannot be had on our machines
// (docs/decisions/0001-migrations-without-the-native-engine.md).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

type SchemaEngine = bg.SchemaEngine;

let loaded: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve("@prisma/schema-engine-wasm");
    const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

type PgFactory = PrismaPg;
type PgAdapter = Awaited<ReturnType<PgFactory["connect"]>>;

/**
 * adapter-pg runs a migration script by splitting it on every ";", which breaks
 * function bodies and string literals. Send the script whole instead: PostgreSQL's
 * simple query protocol runs several statements, as one implicit transaction.
 */
function wholeScriptAdapter(connectionString: string): PgFactory {
  // One connection: the engine's work is sequential, and the embedded database serves one session anyway.
  const factory = new PrismaPg({ connectionString, max: 2 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter: PgAdapter = await connect();
    adapter.executeScript = async (script: string) => {
      await (adapter.underlyingDriver() as { query: (sql: string) => Promise<unknown> }).query(script);
    };
    return adapter;
  };
  return factory;
}

/** Runs `work` with an engine on the database at `connectionString`, then frees it and closes its connections. */
export async function withSchemaEngine<T>(connectionString: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const opened: PgAdapter[] = [];
  const factory = wholeScriptAdapter(connectionString);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  };
  const log = () => {};
  let engine: SchemaEngine | undefined;
  try {
    engine = await bg.SchemaEngine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(factory));
    return await work(engine);
  } finally {
    engine?.free();
    // Freeing the engine leaves the adapter's pool open; a script would then wait for its idle timeout.
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}
