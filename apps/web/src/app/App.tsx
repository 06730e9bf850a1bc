import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation } from 'react-router';
import { asApiError } from '../api/client';
import { type Session, sessionStore } from '../api/session';
import { SignInScreen } from '../screens/auth/sign-in-screen';
import { ForbiddenScreen, NotFoundScreen } from './fallback-screens';
import { ROLE_HOMES, SCREENS } from './registry';
import { mayOpen, type ScreenDef } from './screens';
import { Shell } from './shell';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A 4xx will not change by asking again; a network blip or a 503 may.
      retry: (count, error) => count < 2 && (asApiError(error).status === 0 || asApiError(error).status >= 500),
      refetchOnWindowFocus: false,
    },
  },
});

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, () => sessionStore.get());
}

/** The first screen a role's menu offers: where it lands after signing in, and on `/`. */
export function homePath(session: Session | null): string {
  if (!session) return '/login';
  if (session.user.mustChangePassword) return '/account';
  const role = session.user.role;
  const home =
    SCREENS.find((s) => s.path === ROLE_HOMES[role] && mayOpen(s, role)) ?? SCREENS.find((s) => s.nav && !s.public && mayOpen(s, role));
  return `/${home?.path ?? 'account'}`;
}

/** Opens a screen for whoever may: signs in first when needed, says so when the role may not. */
function Guard({ screen }: { screen: ScreenDef }) {
  const session = useSession();
  const location = useLocation();
  const Component = screen.component;
  if (!screen.public) {
    if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
    if (session.user.mustChangePassword && screen.path !== 'account') return <Navigate to="/account" replace />;
    if (!mayOpen(screen, session.user.role)) return <ForbiddenScreen />;
  }
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="state-line" role="status">
      {t('state.loading')}
    </p>
  );
}

function Home() {
  return <Navigate to={homePath(useSession())} replace />;
}

const router = createBrowserRouter([
  {
    element: (
      <Shell>
        <Outlet />
      </Shell>
    ),
    children: [
      { path: '/', element: <Home /> },
      { path: '/login', element: <SignInScreen /> },
      ...SCREENS.map((screen) => ({ path: `/${screen.path}`, element: <Guard screen={screen} /> })),
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

export { router };
