import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, useRouteError } from 'react-router';
import { ChangePasswordPage } from '../features/auth/pages/ChangePasswordPage';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { TotpPage } from '../features/auth/pages/TotpPage';
import { HomePage } from '../features/home/pages/HomePage';
// Registers 一企一档's 经济指标 section; imported for that side effect only.
import '../features/economy/file-section';
// Registers 一企一档's 安全环保 section; imported for that side effect only.
import '../features/safety-stats/file-section';
// Registers 一企一档's 投资项目 section; imported for that side effect only.
import '../features/projects/file-section';
import { LoadErrorPage, NotFoundPage } from '../shared/ui/ResultPages';
import { menuEntries, menuEntry } from './menu';
import { RequirePermission, SessionGate } from './SessionGate';

/** Lazily loads a named page export, so each module's pages arrive in their own chunk. */
function lazyPage<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M & string,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const UsersPage = lazyPage(() => import('../features/accounts/pages/UsersPage'), 'UsersPage');
const RolesPage = lazyPage(() => import('../features/accounts/pages/RolesPage'), 'RolesPage');
const SecurityPolicyPage = lazyPage(
  () => import('../features/accounts/pages/SecurityPolicyPage'),
  'SecurityPolicyPage',
);
const DepartmentsPage = lazyPage(
  () => import('../features/organisation/pages/DepartmentsPage'),
  'DepartmentsPage',
);
const SubParksPage = lazyPage(() => import('../features/organisation/pages/SubParksPage'), 'SubParksPage');
const ZonePage = lazyPage(() => import('../features/organisation/pages/ZonePage'), 'ZonePage');
const AuditPage = lazyPage(() => import('../features/audit/pages/AuditPage'), 'AuditPage');
const EnterprisesPage = lazyPage(
  () => import('../features/enterprises/pages/EnterprisesPage'),
  'EnterprisesPage',
);
const EnterpriseFilePage = lazyPage(
  () => import('../features/enterprises/pages/EnterpriseFilePage'),
  'EnterpriseFilePage',
);
const MyEnterpriseRedirect = lazyPage(
  () => import('../features/enterprises/pages/MyEnterpriseRedirect'),
  'MyEnterpriseRedirect',
);
const EconomyDashboardPage = lazyPage(
  () => import('../features/economy/pages/EconomyDashboardPage'),
  'EconomyDashboardPage',
);
const ZoneFiguresPage = lazyPage(
  () => import('../features/economy/pages/ZoneFiguresPage'),
  'ZoneFiguresPage',
);
const IndicatorsPage = lazyPage(() => import('../features/economy/pages/IndicatorsPage'), 'IndicatorsPage');
const TargetsPage = lazyPage(() => import('../features/targets/pages/TargetsPage'), 'TargetsPage');
const MyReportsPage = lazyPage(() => import('../features/reporting/pages/MyReportsPage'), 'MyReportsPage');
const ReportFormPage = lazyPage(() => import('../features/reporting/pages/ReportFormPage'), 'ReportFormPage');
const ReportTasksPage = lazyPage(
  () => import('../features/reporting/pages/ReportTasksPage'),
  'ReportTasksPage',
);
const ReportTaskPage = lazyPage(() => import('../features/reporting/pages/ReportTaskPage'), 'ReportTaskPage');
const InvestmentDashboardPage = lazyPage(
  () => import('../features/investment-stats/pages/InvestmentDashboardPage'),
  'InvestmentDashboardPage',
);
const InvestorsPage = lazyPage(() => import('../features/investment/pages/InvestorsPage'), 'InvestorsPage');
const LeadsPage = lazyPage(() => import('../features/investment/pages/LeadsPage'), 'LeadsPage');
const InvestmentActivitiesPage = lazyPage(
  () => import('../features/investment/pages/InvestmentActivitiesPage'),
  'InvestmentActivitiesPage',
);
const InvestmentAgentsPage = lazyPage(
  () => import('../features/investment/pages/InvestmentAgentsPage'),
  'InvestmentAgentsPage',
);
const ProjectsPage = lazyPage(() => import('../features/projects/pages/ProjectsPage'), 'ProjectsPage');
const ProjectBoardPage = lazyPage(
  () => import('../features/projects/pages/ProjectBoardPage'),
  'ProjectBoardPage',
);
const ProjectPage = lazyPage(() => import('../features/projects/pages/ProjectPage'), 'ProjectPage');
const SchedulingPage = lazyPage(
  () => import('../features/scheduling/pages/SchedulingPage'),
  'SchedulingPage',
);
const SchedulingMeetingsPage = lazyPage(
  () => import('../features/scheduling/pages/SchedulingMeetingsPage'),
  'SchedulingMeetingsPage',
);
const CoordinationIssuesPage = lazyPage(
  () => import('../features/scheduling/pages/CoordinationIssuesPage'),
  'CoordinationIssuesPage',
);
const SafetyDashboardPage = lazyPage(
  () => import('../features/safety-stats/pages/SafetyDashboardPage'),
  'SafetyDashboardPage',
);
const InspectionsPage = lazyPage(
  () => import('../features/inspections/pages/InspectionsPage'),
  'InspectionsPage',
);
const InspectionPage = lazyPage(
  () => import('../features/inspections/pages/InspectionPage'),
  'InspectionPage',
);
const InspectionPlansPage = lazyPage(
  () => import('../features/inspections/pages/InspectionPlansPage'),
  'InspectionPlansPage',
);
const ChecklistsPage = lazyPage(
  () => import('../features/inspections/pages/ChecklistsPage'),
  'ChecklistsPage',
);
const HazardsPage = lazyPage(() => import('../features/hazards/pages/HazardsPage'), 'HazardsPage');
const MyHazardsPage = lazyPage(() => import('../features/hazards/pages/HazardsPage'), 'MyHazardsPage');
const HazardPage = lazyPage(() => import('../features/hazards/pages/HazardPage'), 'HazardPage');
const RectificationNoticesPage = lazyPage(
  () => import('../features/hazards/pages/RectificationNoticesPage'),
  'RectificationNoticesPage',
);
const SafetyAgreementsPage = lazyPage(
  () => import('../features/hazards/pages/SafetyAgreementsPage'),
  'SafetyAgreementsPage',
);
const DischargePermitsPage = lazyPage(
  () => import('../features/environment/pages/DischargePermitsPage'),
  'DischargePermitsPage',
);
const MonitoringPage = lazyPage(
  () => import('../features/environment/pages/MonitoringPage'),
  'MonitoringPage',
);
const MonitoringAlarmsPage = lazyPage(
  () => import('../features/environment/pages/MonitoringAlarmsPage'),
  'MonitoringAlarmsPage',
);

/** A route guarded by its menu entry's permissions; `path` serves a page below the entry with the same guard. */
function guarded(key: string, Page: ComponentType, path?: string) {
  const entry = menuEntry(key);
  return {
    path: path ?? entry.path,
    element: (
      <RequirePermission anyOf={entry.anyOf}>
        <Page />
      </RequirePermission>
    ),
  };
}

function RouteErrorPage() {
  const error = useRouteError();
  // A failed lazy chunk (usually a deployment in between) is the common case; reloading fixes it.
  console.error(error);
  return <LoadErrorPage />;
}

/** The app's routes. Add a module's pages here and its menu entries in `menu.ts`. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: <SessionGate />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage links={menuEntries} /> },
      { path: 'change-password', element: <ChangePasswordPage /> },
      { path: 'totp', element: <TotpPage /> },
      guarded('enterprises', EnterprisesPage),
      guarded('myEnterprise', MyEnterpriseRedirect),
      guarded('enterprises', EnterpriseFilePage, '/enterprises/:id'),
      guarded('economyDashboard', EconomyDashboardPage),
      guarded('zoneFigures', ZoneFiguresPage),
      guarded('indicators', IndicatorsPage),
      guarded('targets', TargetsPage),
      guarded('myReports', MyReportsPage),
      guarded('myReports', ReportFormPage, '/reports/:id'),
      guarded('reportTasks', ReportTasksPage),
      guarded('reportTasks', ReportTaskPage, '/report-tasks/:id'),
      guarded('investmentDashboard', InvestmentDashboardPage),
      guarded('projects', ProjectsPage),
      guarded('projectBoard', ProjectBoardPage),
      guarded('projects', ProjectPage, '/projects/:id'),
      guarded('scheduling', SchedulingPage),
      guarded('schedulingMeetings', SchedulingMeetingsPage),
      guarded('coordinationIssues', CoordinationIssuesPage),
      guarded('leads', LeadsPage),
      guarded('investors', InvestorsPage),
      guarded('investmentActivities', InvestmentActivitiesPage),
      guarded('investmentAgents', InvestmentAgentsPage),
      guarded('safetyDashboard', SafetyDashboardPage),
      guarded('inspections', InspectionsPage),
      guarded('inspections', InspectionPage, '/inspections/:id'),
      guarded('inspectionPlans', InspectionPlansPage),
      guarded('checklists', ChecklistsPage),
      guarded('hazards', HazardsPage),
      guarded('hazards', HazardPage, '/hazards/:id'),
      guarded('myHazards', MyHazardsPage),
      guarded('rectificationNotices', RectificationNoticesPage),
      guarded('safetyAgreements', SafetyAgreementsPage),
      guarded('dischargePermits', DischargePermitsPage),
      guarded('monitoring', MonitoringPage),
      guarded('monitoringAlarms', MonitoringAlarmsPage),
      guarded('users', UsersPage),
      guarded('roles', RolesPage),
      guarded('departments', DepartmentsPage),
      guarded('subParks', SubParksPage),
      guarded('zone', ZonePage),
      guarded('securityPolicy', SecurityPolicyPage),
      guarded('audit', AuditPage),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
