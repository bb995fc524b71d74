import { expect, test } from '@playwright/test';

const DEMO_PASSWORD = 'Kfq#Demo2026';

test('a demo user signs in, sees the home page and the menu of their role, and signs out', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.getByText('示范经济开发区').first()).toBeVisible();
  await expect(page.getByText(/演示环境/)).toBeVisible();
  await page.locator('#username').fill('sysadmin');
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('系统管理员').first()).toBeVisible();
  const menu = page.getByRole('menu').first();
  await expect(menu.getByText('账号管理')).toBeVisible();
  await expect(menu.getByText('部门管理')).toBeVisible();
  await expect(menu.getByText('审计日志')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/artifacts/home-sysadmin.png', fullPage: true });

  await page.getByText('系统管理员').first().click();
  await page.getByText('退出登录').click();
  await expect(page).toHaveURL(/\/login/);
  const me = await page.request.get('/api/v1/auth/me');
  expect(me.status()).toBe(401);
});

test('the audit administrator sees only the audit trail', async ({ page }) => {
  await page.goto('/login');
  await page.locator('#username').fill('auditadmin');
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  const menu = page.getByRole('menu').first();
  await expect(menu.getByText('审计日志')).toBeVisible();
  await expect(menu.getByText('账号管理')).toHaveCount(0);
  await menu.getByText('审计日志').click();
  await expect(page.getByText('auth.login').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/audit-trail.png', fullPage: true });
});

test('the 6th wrong password shows the lockout message', async ({ page }) => {
  await page.goto('/login');
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.locator('#username').fill('office');
    await page.locator('#password').fill(`Wrong#Pass${attempt}`);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const alert = page.getByRole('alert').filter({ hasNotText: '演示环境' });
    await expect(alert).toContainText(attempt < 6 ? '用户名或密码错误' : '账号已锁定');
  }
  await page.screenshot({ path: 'e2e/artifacts/lockout.png' });
});
