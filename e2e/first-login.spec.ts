import { expect, test, type Page } from '@playwright/test';

const DEMO_PASSWORD = 'Kfq#Demo2026';

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

test('a new account gets a one-time password and must change it at first login', async ({
  page,
  browser,
}) => {
  await signIn(page, 'sysadmin', DEMO_PASSWORD);
  await page.getByRole('menu').first().getByText('账号管理').click();
  await page.getByRole('button', { name: '新建账号' }).click();
  const username = `e2e${Date.now().toString(36)}`;
  await page.locator('#username').fill(username);
  await page.locator('#displayName').fill('首次登录测试');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  const initialPassword = (await page.getByTestId('initial-password').textContent())?.trim() ?? '';
  expect(initialPassword).toHaveLength(16);

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await signIn(newcomer, username, initialPassword);
  await expect(newcomer).toHaveURL(/\/change-password/);
  await expect(newcomer.getByText('首次登录或密码已过期,请修改密码')).toBeVisible();
  await newcomer.goto('/');
  await expect(newcomer).toHaveURL(/\/change-password/); // every other page stays closed
  await newcomer.locator('#currentPassword').fill(initialPassword);
  await newcomer.locator('#newPassword').fill('short');
  await newcomer.locator('#confirmPassword').fill('short');
  await newcomer.getByRole('button', { name: '修改密码' }).click();
  await expect(newcomer.getByText('密码长度不能少于 8 位').first()).toBeVisible();
  await newcomer.locator('#newPassword').fill('Brand-New#Pass7');
  await newcomer.locator('#confirmPassword').fill('Brand-New#Pass7');
  await newcomer.getByRole('button', { name: '修改密码' }).click();
  await expect(newcomer).toHaveURL(/\/$/);
  await expect(newcomer.getByText('首次登录测试').first()).toBeVisible();
  await newcomer.screenshot({ path: 'e2e/artifacts/first-login-home.png' });
  await context.close();
});
