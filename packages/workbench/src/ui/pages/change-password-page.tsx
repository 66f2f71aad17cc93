import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../api-client.js';
import { useWords } from '../i18n.js';
import type { User } from '../types.js';

/** The form a user with a temporary password (one an admin set) must fill in before anything else. */
export function ChangePasswordPage({ onChanged, onLogout }: { onChanged: (user: User) => void; onLogout: () => void }) {
  const w = useWords();
  const [error, setError] = useState<string>();
  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    try {
      const r = await api<{ user: User }>('POST', '/api/auth/password', values);
      onChanged(r.user);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120 }}>
      <Card title={w.changePassword} style={{ width: 400 }}>
        <Alert type="info" title={w.mustChangePassword} style={{ marginBottom: 16 }} />
        {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} data-testid="password-error" />}
        <Form layout="vertical" onFinish={submit}>
          <Form.Item name="currentPassword" label={w.currentPassword} rules={[{ required: true }]}>
            <Input.Password id="currentPassword" autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={w.newPassword} rules={[{ required: true, min: 12, message: w.passwordRule }]}>
            <Input.Password id="newPassword" autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={w.confirmPassword}
            dependencies={['newPassword']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_, v) =>
                  v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(w.passwordsDiffer)),
              }),
            ]}
          >
            <Input.Password id="confirmPassword" autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block data-testid="change-password">
            {w.changePassword}
          </Button>
          <Button type="link" block onClick={onLogout}>
            {w.logout}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
