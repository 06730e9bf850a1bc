import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { $api, api, asApiError, unwrap } from '../api/client';
import { overloadWait } from '../api/overload';
import { type Session, sessionStore } from '../api/session';
import { currentLanguage, setLanguage } from '../i18n/i18n';
import { KoName, problemOf, problemText, useLocalName } from '../kit';
import { useSession } from './App';
import { InboxBell } from './inbox-bell';
import { SCREENS } from './registry';
import { isFor, mayOpen, type NavGroup, type ScreenDef } from './screens';

const GROUP_ORDER: NavGroup[] = ['curriculum', 'enrollment', 'examination', 'finance', 'admin', 'platform', 'account'];

/** The frame of every page: skip link, masthead, header with the menu, the page, and the footer. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a navigation, focus goes to the new page, so keyboard and screen-reader users follow.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
  }, [location.pathname]);

  return (
    <div className="baeum-app">
      <div id="krds-skip-link">
        <a href="#main-content">{t('frame.skip')}</a>
      </div>
      <div id="krds-masthead">
        <div className="toggle-wrap">
          <div className="toggle-head">
            <div className="inner">
              <span className="nuri-txt">{t('frame.masthead')}</span>
            </div>
          </div>
        </div>
      </div>
      <Header session={session} />
      <OverloadNotice />
      <main id="main-content" ref={main} tabIndex={-1} className="baeum-main">
        <div className="inner">{children}</div>
      </main>
      <Footer session={session} />
    </div>
  );
}

/** Said while a call waits to be sent again after the server shed it (a live region, so it is also heard). */
function OverloadNotice() {
  const { t } = useTranslation();
  const waiting = useSyncExternalStore(overloadWait.subscribe, overloadWait.get);
  return (
    <p className={waiting ? 'overload-notice' : 'sr-only'} role="status" data-testid="overload-notice">
      {waiting ? t('frame.busy') : ''}
    </p>
  );
}

function Header({ session }: { session: Session | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const lang = currentLanguage();
  const localName = useLocalName();

  useEffect(() => setMenuOpen(false), [location.pathname]);

  const signOut = () => {
    sessionStore.clear('signedOut');
    queryClient.clear();
    navigate('/login');
  };

  // A public screen shows in a signed-in menu only for the roles it names ('all': every role's).
  const screens = SCREENS.filter(
    (s) =>
      s.nav &&
      (session
        ? (s.public ? isFor(s, session.user.role) : mayOpen(s, session.user.role)) &&
          (!session.user.mustChangePassword || s.path === 'account')
        : s.public),
  );
  const groups = GROUP_ORDER.map((group) => ({ group, screens: screens.filter((s) => s.group === group) })).filter(
    (g) => g.screens.length > 0,
  );
  const institute = session ? localName(session.user.tenantName, session.user.tenantNameEn) : null;

  return (
    <header id="krds-header" className="baeum-header">
      <div className="header-in">
        <div className="header-container">
          <div className="inner">
            <div className="header-branding">
              <p className="brand">
                <Link to="/" className="brand-link" data-testid="brand">
                  <span className="brand-name">{t('app.name')}</span>
                  {institute && session?.user.role !== 'applicant' && <span className="brand-institute">{institute}</span>}
                </Link>
              </p>
              <div className="header-actions">
                <button
                  type="button"
                  className="krds-btn small text lang-switch"
                  lang={lang === 'ko' ? 'en' : 'ko'}
                  onClick={() => setLanguage(lang === 'ko' ? 'en' : 'ko')}
                  data-testid="lang-toggle"
                >
                  {t('frame.languageOther')}
                </button>
                {session ? (
                  <>
                    <InboxBell session={session} />
                    <UserBox session={session} />
                    {(session.user.roles?.length ?? 0) > 1 && <RoleSwitch session={session} />}
                    <button type="button" className="krds-btn small secondary" onClick={signOut} data-testid="sign-out">
                      {t('frame.signOut')}
                    </button>
                  </>
                ) : (
                  location.pathname !== '/login' && (
                    <Link to="/login" className="krds-btn small secondary" data-testid="sign-in-link">
                      {t('frame.signIn')}
                    </Link>
                  )
                )}
                {groups.length > 0 && (
                  <button
                    type="button"
                    className="krds-btn small text menu-toggle"
                    aria-expanded={menuOpen}
                    aria-controls="baeum-nav"
                    onClick={() => setMenuOpen((open) => !open)}
                    data-testid="menu-toggle"
                  >
                    {menuOpen ? t('frame.closeMenu') : t('frame.menu')}
                  </button>
                )}
              </div>
            </div>
          </div>
        </div>
        {groups.length > 0 && (
          <nav
            id="baeum-nav"
            className={`krds-main-menu baeum-nav${menuOpen ? ' open' : ''}`}
            aria-label={t('frame.nav')}
            data-testid="main-nav"
          >
            <div className="inner">
              <ul className="gnb-menu">
                {groups.map(({ group, screens: items }) => (
                  <li key={group} className="nav-group">
                    <span className="nav-group-label">{t(`nav.group.${group}`)}</span>
                    <ul>
                      {items.map((screen) => (
                        <NavItem key={screen.path} screen={screen} />
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        )}
      </div>
    </header>
  );
}

function NavItem({ screen }: { screen: ScreenDef }) {
  const { t } = useTranslation('nav');
  return (
    <li>
      <NavLink to={`/${screen.path}`} className="nav-link" data-testid={`nav-${screen.path}`} end={false}>
        {t(screen.nav as never)}
      </NavLink>
    </li>
  );
}

/**
 * 역할 전환: a person holding several roles acts in one at a time; choosing another asks the gateway for
 * a session in it (only the person's own roles are offered, and the gateway checks them again).
 */
function RoleSwitch({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const switchTo = async (role: Session['user']['role']) => {
    setProblem(null);
    try {
      const answer = await unwrap(api.POST('/api/auth/switch-role', { body: { role } }));
      queryClient.clear();
      sessionStore.start(answer);
      navigate('/');
    } catch (error) {
      setProblem(problemText(t, problemOf(asApiError(error))));
    }
  };
  return (
    <div className="role-switch">
      <label htmlFor={id} className="sr-only">
        {t('frame.switchRole')}
      </label>
      <select
        id={id}
        className="krds-form-select small"
        value={session.user.role}
        onChange={(e) => void switchTo(e.target.value as Session['user']['role'])}
        data-testid="role-switch"
      >
        {session.user.roles.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}`)}
          </option>
        ))}
      </select>
      <p role="alert" className="role-switch-problem">
        {problem ?? ''}
      </p>
    </div>
  );
}

interface AgencyName {
  code: string;
  nameKo: string;
  nameEn?: string | null;
}

/**
 * Who is signed in, as they would say it: their name, role and affiliation. A trainee or agency
 * admin belongs to their agency (마포구청), staff to the institute, an applicant to no institute.
 */
function UserBox({ session }: { session: Session }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { user } = session;
  const agencies = $api.useQuery('get', '/api/enrollment/agencies' as never, {} as never, {
    enabled: Boolean(user.agencyCode),
    staleTime: Infinity,
  });
  const agency = (agencies.data as unknown as AgencyName[] | undefined)?.find((a) => a.code === user.agencyCode);
  const affiliation =
    user.role === 'applicant'
      ? null
      : user.agencyCode
        ? agency
          ? localName(agency.nameKo, agency.nameEn)
          : user.agencyCode
        : localName(user.tenantName, user.tenantNameEn);
  return (
    <p className="user-box" data-testid="current-user">
      <span className="sr-only">{t('frame.user')}: </span>
      <span className="user-name">
        <KoName>{user.name}</KoName>
      </span>{' '}
      <span className="user-role" data-testid="current-role">
        {t(`role.${user.role}`)}
      </span>
      {affiliation && (
        <>
          {' '}
          <span className="user-affiliation" data-testid="current-affiliation">
            <span className="sr-only">{t('frame.affiliation')}: </span>
            {affiliation}
          </span>
        </>
      )}
    </p>
  );
}

function Footer({ session }: { session: Session | null }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const institute = session && session.user.role !== 'applicant' ? localName(session.user.tenantName, session.user.tenantNameEn) : null;
  return (
    <footer id="krds-footer" className="baeum-footer">
      <div className="inner">
        <div className="f-btm">
          <div className="f-btm-text">
            <p className="f-copy">{t('frame.copyright')}</p>
          </div>
          <div className="krds-identifier">
            <span className="ban-txt" data-testid="identifier">
              {institute ? t('frame.identifier', { institute }) : t('frame.identifierPublic')}
            </span>
          </div>
        </div>
      </div>
    </footer>
  );
}
