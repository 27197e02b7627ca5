// The coordinator dashboard's services: plain async functions of (user, filter) returning plain, suppressed data.
export { ENDING_SOON_DAYS, dashboardNow, type DashboardNow } from "./now";
export { WORK_OR_STUDIES_GOAL, dashboardPeriod, type DashboardPeriod, type StageTimeRow, type StageTimes } from "./period";
export { susReport, type SusReport } from "./report";
export type { FigureTable } from "./figure-table";
