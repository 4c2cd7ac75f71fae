// Resident reporting (docs/domain/zone.md, "reporting calendar"): calendar, obligations, forms,
// reminders, the overdue gate, reported facts and plan vs fact.
export { annualPeriod, dueDate, parsePeriod, quarterPeriod, reminderStage } from './calendar.ts';
export { factsFromReports, type YearFacts } from './facts.ts';
export { runReportingJobs } from './jobs.ts';
export { generateObligations, startReporting } from './obligations.ts';
export { assertNoOverdueReports, hasOverdueReports, overdueReports } from './overdue.ts';
export { sendReportReminders } from './reminders.ts';
export { registerReportingRoutes } from './routes.ts';
export { factsByResidentYear, planVsFact } from './service.ts';
