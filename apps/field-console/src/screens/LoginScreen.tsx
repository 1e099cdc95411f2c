import { useState } from 'react';
import { Button, Form, Input } from 'antd-mobile';
import { request } from '../api/client';
import { LoginDocument } from '../api/documents';
import type { Session } from '../api/session';
import { ErrorNotice } from '../components/ErrorNotice';

/** 登录: the hub's own `login` mutation; the session it answers is kept for this tab only. */
export function LoginScreen({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      const { login } = await request(LoginDocument, { input: { username: values.username.trim(), password: values.password } });
      onSignedIn({
        accessToken: login.accessToken,
        expiresAt: login.expiresAt,
        username: login.user.username,
        displayName: login.user.displayName,
        unitCode: login.user.unitCode,
        roles: login.user.roles,
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-screen">
      <div className="login-banner">
        <div className="login-emblem" aria-hidden="true">
          执
        </div>
        <h1>执法终端</h1>
        <p>晋江市综合行政执法协调联动数据枢纽</p>
      </div>
      <Form
        layout="horizontal"
        onFinish={(values: { username: string; password: string }) => void submit(values)}
        footer={
          <Button block type="submit" color="primary" size="large" loading={busy} loadingText="正在登录">
            登录
          </Button>
        }
      >
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input placeholder="请输入用户名" autoComplete="username" clearable />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input placeholder="请输入密码" type="password" autoComplete="current-password" clearable />
        </Form.Item>
      </Form>
      {error ? <ErrorNotice error={error} /> : null}
      <p className="login-hint">登录状态仅保存在当前标签页，关闭后需重新登录。</p>
    </div>
  );
}
