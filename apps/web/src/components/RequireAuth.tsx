import { Navigate, useLocation } from 'react-router';
import { hasRole, type Role, useMe } from '../lib/session.ts';
import { ForbiddenPage } from './ErrorPages.tsx';
import { ErrorState, LoadingState } from './QueryStatus.tsx';

/** Pages for signed-in people: a visitor is sent to sign in and brought back afterwards. */
export function RequireAuth({ needs, children }: { needs?: Role | Role[]; children: React.ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingState rows={6} />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data)
    return (
      <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
    );
  // Any one of the roles opens the page.
  if (needs && ![needs].flat().some((r) => hasRole(me.data, r))) return <ForbiddenPage />;
  return children;
}
