import type { ThemeConfig } from 'antd';

/** The header colour: a deep official blue, sober next to the white work area. */
export const HEADER_COLOR = '#0f2f5c';

/** antd theme of the app: one primary blue, slightly rounder corners, calm layout colours. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    colorInfo: '#1f5fbf',
    borderRadius: 6,
    colorBgLayout: '#f3f5f9',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  },
  components: {
    Layout: { headerBg: HEADER_COLOR, headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff' },
    Table: { headerBg: '#f5f7fb' },
  },
};
