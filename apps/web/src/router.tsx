import { createBrowserRouter, type RouteObject } from 'react-router';
import { CrashPage, NotFoundPage } from './components/ErrorPages.tsx';
import { AppLayout } from './components/layout/AppLayout.tsx';
import { RequireAuth } from './components/RequireAuth.tsx';
import type { WebRoute } from './components/web-module.tsx';
import type { Role } from './lib/session.ts';
import { MODULES } from './modules.ts';

/** A feature's route as react-router wants it; pages that need a session or a role are wrapped in the guard. */
function toRoute({ path, index, page: Page, auth }: WebRoute): RouteObject {
  const element =
    auth === undefined ? (
      <Page />
    ) : (
      <RequireAuth needs={auth === true ? undefined : ([auth].flat() as Role[])}>
        <Page />
      </RequireAuth>
    );
  return index ? { index: true, element } : { path, element };
}

/** Every feature's routes (from modules.ts) inside the frame; each page is its own chunk, loaded on first visit. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <CrashPage />,
        children: [
          ...MODULES.flatMap((m) => m.routes.map(toRoute)),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
