import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { api, setCsrfToken } from '../api-client.js';
import { useWords } from '../i18n.js';
import type { User } from '../types.js';

/** The login form. */
export function LoginPage({ onLogin }: { onLogin: (user: User) => void }) {
  const w = useWords();
  const [error, setError] = useState<string>();
  const submit = async (values: { username: string; password: string }) => {
    try {
      const r = await api<{ user: User; csrfToken: string }>('POST', '/api/auth/login', values);
      setCsrfToken(r.csrfToken);
      onLogin(r.user);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120 }}>
      <Card title={w.appName} style={{ width: 360 }}>
        {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={submit}>
          <Form.Item name="username" label={w.username} rules={[{ required: true }]}>
            <Input id="username" autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={w.password} rules={[{ required: true }]}>
            <Input.Password id="password" autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block>
            {w.login}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
