import 'krds-uiux/resources/css/common/common.css';
import 'krds-uiux/resources/css/component/component.css';
import './styles/fonts.css';
import './styles/app.css';
import './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { whenSessionExpires } from './api/client';
import { App, queryClient, router } from './app/App';

// A call answered 401 ends the session: back to sign-in, saying why, then on to the same page.
whenSessionExpires(() => {
  queryClient.clear();
  void router.navigate('/login', { replace: true, state: { from: router.state.location.pathname } });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
