import {
  IconBuildingSkyscraper,
  IconChartBar,
  IconClipboardList,
  IconFileCertificate,
  IconFileReport,
  IconFiles,
  IconListCheck,
  IconPercentage,
  IconReportMoney,
  IconShieldExclamation,
} from '@tabler/icons-react';
import { lazyPage, type WebModule } from '../../components/web-module.tsx';
import { hasRole } from '../../lib/session.ts';

const page = lazyPage('zone');
const RegisterPage = page(() => import('./routes/RegisterPage.tsx'), 'RegisterPage');
const ResidentPage = page(() => import('./routes/ResidentPage.tsx'), 'ResidentPage');
const RatesPage = page(() => import('./routes/RatesPage.tsx'), 'RatesPage');
const LeasePage = page(() => import('./routes/LeasePage.tsx'), 'LeasePage');
const ResidentLedgerPage = page(() => import('./routes/ResidentLedgerPage.tsx'), 'ResidentLedgerPage');
const StatsPage = page(() => import('./routes/StatsPage.tsx'), 'StatsPage');
const SpacePage = page(() => import('./routes/SpacePage.tsx'), 'SpacePage');
const OccupancyPage = page(() => import('./routes/OccupancyPage.tsx'), 'OccupancyPage');
const ApplyPage = page(() => import('./routes/ApplyPage.tsx'), 'ApplyPage');
const MyApplicationsPage = page(() => import('./routes/MyApplicationsPage.tsx'), 'MyApplicationsPage');
const ApplicationPage = page(() => import('./routes/ApplicationPage.tsx'), 'ApplicationPage');
const ApplicationEditPage = page(() => import('./routes/ApplicationEditPage.tsx'), 'ApplicationEditPage');
const ReviewQueuePage = page(() => import('./routes/ReviewQueuePage.tsx'), 'ReviewQueuePage');
const ReportsPage = page(() => import('./routes/ReportsPage.tsx'), 'ReportsPage');
const ReportFormPage = page(() => import('./routes/ReportFormPage.tsx'), 'ReportFormPage');
const CompliancePage = page(() => import('./routes/CompliancePage.tsx'), 'CompliancePage');
const LedgerPage = page(() => import('./routes/LedgerPage.tsx'), 'LedgerPage');

const benefitItems = [
  { to: '/zone/ledger', label: 'zone.nav.ledger', icon: IconReportMoney },
  { to: '/zone/rates', label: 'zone.nav.rates', icon: IconPercentage },
];

/** The special economic zone: the register, applications, leases, reports, compliance and the benefit ledger. */
export const zoneModule: WebModule = {
  name: 'zone',
  namespace: 'zone',
  routes: [
    { path: 'zone/residents', page: RegisterPage },
    { path: 'zone/residents/:id', page: ResidentPage },
    { path: 'zone/residents/:id/lease', page: LeasePage, auth: true },
    { path: 'zone/residents/:id/ledger', page: ResidentLedgerPage, auth: true },
    { path: 'zone/stats', page: StatsPage },
    { path: 'zone/space', page: SpacePage },
    { path: 'zone/space/buildings/:buildingId', page: OccupancyPage, auth: 'zone_admin' },
    { path: 'zone/apply', page: ApplyPage, auth: true },
    { path: 'zone/applications', page: MyApplicationsPage, auth: true },
    { path: 'zone/applications/:id', page: ApplicationPage, auth: true },
    { path: 'zone/applications/:id/edit', page: ApplicationEditPage, auth: true },
    { path: 'zone/review', page: ReviewQueuePage, auth: 'zone_admin' },
    // The same application page, opened from the reviewer queue (navigation and crumbs follow it).
    { path: 'zone/review/:id', page: ApplicationPage, auth: 'zone_admin' },
    { path: 'zone/reports', page: ReportsPage, auth: true },
    { path: 'zone/reports/:reportId', page: ReportFormPage, auth: true },
    { path: 'zone/compliance', page: CompliancePage, auth: 'zone_admin' },
    { path: 'zone/rates', page: RatesPage, auth: ['zone_admin', 'analyst'] },
    { path: 'zone/ledger', page: LedgerPage, auth: ['zone_admin', 'analyst'] },
  ],
  navigation: [
    {
      group: 'explore',
      items: [
        { to: '/zone/residents', label: 'zone.nav.register', icon: IconFileCertificate },
        { to: '/zone/stats', label: 'zone.nav.stats', icon: IconChartBar },
        { to: '/zone/space', label: 'zone.nav.space', icon: IconBuildingSkyscraper },
      ],
    },
    {
      group: 'mine',
      items: [
        { to: '/zone/apply', label: 'zone.nav.apply', icon: IconClipboardList },
        { to: '/zone/applications', label: 'zone.nav.myApplications', icon: IconFiles },
        { to: '/zone/reports', label: 'zone.nav.reports', icon: IconFileReport },
      ],
    },
    {
      group: { id: 'zone-admin', title: 'zone.nav.group' },
      visible: (me) => hasRole(me, 'zone_admin'),
      items: [
        { to: '/zone/review', label: 'zone.nav.review', icon: IconListCheck },
        { to: '/zone/compliance', label: 'zone.nav.compliance', icon: IconShieldExclamation },
        ...benefitItems,
      ],
    },
    {
      // Regional analysts read the benefit ledger and the rates it uses (the API allows them both).
      group: { id: 'zone-analyst', title: 'zone.nav.analystGroup' },
      visible: (me) => hasRole(me, 'analyst') && !hasRole(me, 'zone_admin'),
      items: benefitItems,
    },
  ],
};
