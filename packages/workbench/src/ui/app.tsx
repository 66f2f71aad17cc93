import { Button, ConfigProvider, Layout, Menu, Space } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { api, setCsrfToken } from './api-client.js';
import { WORDS, WordsContext } from './i18n.js';
import { CasesPage } from './pages/cases-page.js';
import { ChangePasswordPage } from './pages/change-password-page.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { LeadsPage } from './pages/leads-page.js';
import { LoginPage } from './pages/login-page.js';
import { ScansPage } from './pages/scans-page.js';
import { TypicalCasesPage } from './pages/typical-cases-page.js';
import type { User } from './types.js';

function usePath(): [string, (p: string) => void] {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return [
    path,
    (p) => {
      window.history.pushState(null, '', p);
      setPath(p);
    },
  ];
}

/** The workbench: login, then dashboard, leads, cases and scans; Chinese by default, English switchable. */
export function App() {
  const [lang, setLang] = useState<'zh' | 'en'>((localStorage.getItem('piguard-lang') as 'en' | null) ?? 'zh');
  const [user, setUser] = useState<User | null>();
  const [path, go] = usePath();
  const w = WORDS[lang];
  useEffect(() => {
    api<{ user: User; csrfToken: string }>('GET', '/api/auth/me')
      .then((r) => {
        setCsrfToken(r.csrfToken);
        setUser(r.user);
      })
      .catch(() => setUser(null));
  }, []);
  const switchLang = () => {
    const next = lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('piguard-lang', next);
    setLang(next);
  };
  const logout = () =>
    void api('POST', '/api/auth/logout').finally(() => {
      setCsrfToken(undefined);
      setUser(null);
      go('/');
    });
  const [, section, id] = path.split('/');
  const page =
    section === 'leads' ? (
      <LeadsPage key={path} leadId={id} go={go} />
    ) : section === 'cases' ? (
      <CasesPage key={path} caseId={id} go={go} />
    ) : section === 'scans' ? (
      <ScansPage go={go} />
    ) : section === 'typical-cases' ? (
      <TypicalCasesPage />
    ) : (
      <DashboardPage />
    );
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS}>
      <WordsContext.Provider value={w}>
        {user === undefined ? null : user === null ? (
          <LoginPage onLogin={setUser} />
        ) : user.mustChangePassword ? (
          <ChangePasswordPage onChanged={setUser} onLogout={logout} />
        ) : (
          <Layout style={{ minHeight: '100vh' }}>
            <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
              <b style={{ color: '#fff', whiteSpace: 'nowrap' }}>{w.appName}</b>
              <Menu
                theme="dark"
                mode="horizontal"
                style={{ flex: 1 }}
                selectedKeys={[section || 'dashboard']}
                onClick={(e) => go(e.key === 'dashboard' ? '/' : `/${e.key}`)}
                items={[
                  { key: 'dashboard', label: w.dashboard },
                  { key: 'leads', label: w.leads },
                  { key: 'cases', label: w.cases },
                  { key: 'typical-cases', label: w.typicalCases },
                  { key: 'scans', label: w.scans },
                ]}
              />
              <Space>
                <span style={{ color: '#fff' }}>{user.displayName}</span>
                <Button size="small" onClick={switchLang}>
                  {w.language}
                </Button>
                <Button size="small" onClick={logout}>
                  {w.logout}
                </Button>
              </Space>
            </Layout.Header>
            <Layout.Content style={{ padding: 24 }}>{page}</Layout.Content>
          </Layout>
        )}
      </WordsContext.Provider>
    </ConfigProvider>
  );
}
