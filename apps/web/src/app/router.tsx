import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, useRouteError } from 'react-router';
import { ChangePasswordPage } from '../features/auth/pages/ChangePasswordPage';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { TotpPage } from '../features/auth/pages/TotpPage';
import { HomePage } from '../features/home/pages/HomePage';
// Registers 一企一档's 经济指标 section; imported for that side effect only.
import '../features/economy/file-section';
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
