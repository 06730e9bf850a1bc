import './styles.css';
import { clearSession, loadSession, Session, setUnauthorizedHandler } from './api';
import { h } from './dom';
import { currentLang, Key, onLangChange, setLang, setText, t, tMaybe } from './i18n';
import { SESSION_CHANGED } from './account';
import { renderLogin } from './login';
import { publicScreens, Screen, screensFor } from './screens';

const main = document.getElementById('main') as HTMLElement;
const userBox = document.getElementById('current-user') as HTMLElement;
const signOut = document.getElementById('sign-out') as HTMLButtonElement;
const langToggle = document.getElementById('lang-toggle') as HTMLButtonElement;
const nav = document.getElementById('main-nav') as HTMLElement;

/** Stops the current screen's timers and listeners. */
let leaveScreen: () => void = () => undefined;
let signedIn = false;

function showLogin(notice?: Key): void {
  leaveScreen();
  leaveScreen = () => undefined;
  signedIn = false;
  currentUser = null;
  setText(userBox, null);
  userBox.hidden = true;
  signOut.hidden = true;
  nav.hidden = true;
  nav.replaceChildren();
  const open = publicScreens.find((s) => s.path === location.hash.replace(/^#\/?/, '').split('?')[0]);
  if (open) leaveScreen = open.render(main, showApp);
  else renderLogin(main, showApp, notice);
}

let allowed: Screen[] = [];
let currentUser: Session['user'] | null = null;

/** `#/path?query` → the screen the user may see there (the first of theirs when none matches). */
function route(): void {
  if (!currentUser) return showLogin();
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const screen = allowed.find((s) => s.path === path) ?? allowed[0];
  if (!screen) return;
  leaveScreen();
  for (const link of nav.querySelectorAll('a')) {
    if (link.dataset.path === screen.path) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  leaveScreen = screen.render(main, currentUser, new URLSearchParams(query ?? ''));
  // Put focus at the start of the new screen so keyboard and screen-reader users follow along.
  main.focus();
}

function showApp(session: Session): void {
  leaveScreen();
  const { user } = session;
  setText(userBox, null);
  userBox.replaceChildren(
    h('span', { class: 'user-name' }, user.name),
    ' ', // spaces keep the parts apart for screen readers and copy-paste
    h('span', { class: 'user-role' }),
    ' ',
    h('span', { class: 'user-tenant' }),
  );
  setText(userBox.querySelector('.user-role')!, () => tMaybe(`role.${user.role}`, user.role));
  setText(userBox.querySelector('.user-tenant')!, () => `${t('user.institute')}: ${currentLang() === 'en' && user.tenantNameEn ? user.tenantNameEn : user.tenantName}`);
  userBox.hidden = false;
  signOut.hidden = false;
  signedIn = true;
  currentUser = user;
  allowed = screensFor(user);
  const list = h('ul', {}, ...allowed.map((screen) => {
    const link = h('a', { href: `#/${screen.path}`, 'data-path': screen.path, 'data-testid': `nav-${screen.path}` });
    setText(link, screen.label);
    return h('li', {}, link);
  }));
  nav.replaceChildren(list);
  nav.hidden = allowed.length < 2;
  route();
}

window.addEventListener('hashchange', route);
window.addEventListener(SESSION_CHANGED, () => {
  const changed = loadSession();
  if (changed) showApp(changed);
});

// Several calls may fail with 401 at once; the first one takes the user to sign-in.
setUnauthorizedHandler(() => signedIn && showLogin('login.expired'));
signOut.addEventListener('click', () => {
  clearSession();
  showLogin('login.signedOut');
});
langToggle.addEventListener('click', () => setLang(currentLang() === 'ko' ? 'en' : 'ko'));

// The toggle names the other language, in that language.
setText(langToggle, 'lang.toggle');
setText(signOut, 'user.signOut');
setText(document.getElementById('app-name')!, 'app.name');
setText(document.getElementById('skip-link')!, 'skip');
nav.setAttribute('aria-label', t('nav.label'));
onLangChange(() => nav.setAttribute('aria-label', t('nav.label')));
const syncToggle = () => {
  langToggle.lang = currentLang() === 'ko' ? 'en' : 'ko';
  langToggle.setAttribute('aria-label', t('lang.toggleLabel'));
};
onLangChange(syncToggle);
setLang(currentLang()); // applies <html lang>, the title and the toggle

const session = loadSession();
if (session) showApp(session);
else showLogin();
