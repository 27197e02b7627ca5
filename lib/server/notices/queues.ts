// Names only, so the owner's scripts (scripts/db/app-role.ts) can grant on the schema without loading pg-boss.
/** pg-boss's own schema in the app's database. */
export const JOB_QUEUE_SCHEMA = "pgboss";

/**
 * The queues and when each runs (Swedish time). `singleton`: at most one job of the queue is active at
 * a time across every instance, so two app servers never generate or send side by side.
 */
export const NOTICE_QUEUES = {
  daily: { name: "notices-daily", cron: "0 6 * * *", policy: "singleton" },
  send: { name: "digests-send", cron: "*/5 * * * *", policy: "singleton" },
} as const;

export const JOB_TIME_ZONE = "Europe/Stockholm";
