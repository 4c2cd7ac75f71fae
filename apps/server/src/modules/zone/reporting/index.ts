// Resident reporting (DOMAIN §1.4, §6.4): calendar, obligations, forms, reminders, overdue gate, facts.
export { annualPeriod, dueDate, parsePeriod, quarterPeriod, reminderStage } from './calendar.ts';
export { runReportingJobs } from './jobs.ts';
export { registerReportingRoutes } from './routes.ts';
export {
  assertNoOverdueReports,
  factsByResidentYear,
  generateObligations,
  hasOverdueReports,
  overdueReports,
  planVsFact,
  sendReportReminders,
  startReporting,
  type YearFacts,
} from './service.ts';
