import * as vite from 'vite';
import react from '@vitejs/plugin-react';

// Plugins plugin-react adds only for rolldown-powered vite (8+).
const ROLLDOWN_ONLY_REACT_PLUGINS = new Set([
  'vite:react:refresh-wrapper',
  'vite:react:config-post',
  'vite:react-refresh-fbm',
]);

/**
 * plugin-react, fitted to the vite that actually runs. npm hoists vitest's vite 8 to the repository root,
 * where plugin-react resolves it and so believes it runs on rolldown-vite; on this app's vite 7 its native
 * refresh plugin then fails every request ("Missing field `moduleType`"). When the running vite is not
 * rolldown-based those plugins are dropped: JSX is compiled by esbuild from tsconfig's `react-jsx`, and the
 * dev server reloads the page on edits instead of fast-refreshing. Once plugin-react sees vite 7 (or the
 * app moves to vite 8) this filter removes nothing.
 */
function reactPlugins(): vite.PluginOption[] {
  // The two vite type trees differ (7 here, 8 beside plugin-react); the objects are plain plugins either way.
  const plugins = react() as unknown as vite.PluginOption[];
  if ('rolldownVersion' in vite) return plugins;
  return plugins.filter(
    (p) => !(p && typeof p === 'object' && 'name' in p && ROLLDOWN_ONLY_REACT_PLUGINS.has(p.name)),
  );
}

// Two heavy antd parts that only lazily loaded pages use (the table, the date pickers) get chunks of their
// own so the first load carries less. Only leaves of antd's module graph may move out: anything the rest
// of antd imports (tooltip's table context, locales) must stay in the antd chunk or the chunks import
// each other in a circle.
const ANTD_TABLE = /\/node_modules\/(antd\/es\/table\/(?!TableMeasureRowContext)|@rc-component\/table\/)/;
const ANTD_PICKER =
  /\/node_modules\/(antd\/es\/(date-picker|calendar|time-picker)|@rc-component\/picker)\/(?!(es\/|lib\/)?locale\/)/;

/** Vendor chunk of a module id: big libraries get files of their own so the app chunk stays small and caches well. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  if (/\/node_modules\/(echarts|zrender)\//.test(id)) return 'echarts';
  if (ANTD_TABLE.test(id)) return 'antd-table';
  if (ANTD_PICKER.test(id)) return 'antd-picker';
  // antd's components, its icons, and the rc-component primitives beneath them, in three files.
  if (/\/node_modules\/@ant-design\/icons(-svg)?\//.test(id)) return 'antd-icons';
  if (/\/node_modules\/antd\//.test(id)) return 'antd';
  if (/\/node_modules\/(@ant-design|@rc-component|rc-[^/]+)\//.test(id)) return 'antd-base';
  if (/\/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
  return 'vendor';
}

/** Vite configuration of the web app; in development `/api` is proxied to the server on port 3000. */
export default vite.defineConfig({
  plugins: reactPlugins(),
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      output: {
        manualChunks: (id) => vendorChunk(id.replace(/\\/g, '/')),
      },
    },
  },
});
