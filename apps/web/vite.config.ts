import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Vendor code in a few long-cached chunks; every page is its own lazy chunk (see src/components/web-module.tsx), and
 * so is each feature's translation namespace per language (see src/i18n/index.ts).
 * Priorities keep shared dependencies (React) out of the charts chunk, which only the home page loads.
 */
const vendorGroups = [
  {
    name: 'react',
    priority: 3,
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|cookie|set-cookie-parser|use-sync-external-store)[\\/]/,
  },
  {
    name: 'mantine',
    priority: 2,
    test: /node_modules[\\/](@mantine[\\/](core|hooks|notifications|store|form)|@floating-ui|react-number-format|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|tslib|detect-node-es|react-textarea-autosize|clsx)[\\/]/,
  },
  {
    name: 'charts',
    priority: 1,
    test: /node_modules[\\/](recharts|@mantine[\\/]charts|d3-[a-z-]+|victory-vendor|decimal\.js-light|es-toolkit|immer|@reduxjs|react-redux|reselect|eventemitter3|tiny-invariant|internmap|react-is)[\\/]/,
  },
];

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The vendor chunks are large by design and cached for a year; pages stay a few kB each.
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
        // A feature's strings are their own chunk per language (src/i18n/index.ts): `i18n-zone-ru-<hash>.js`.
        chunkFileNames: (chunk) => {
          const strings = chunk.facadeModuleId?.match(/features[\\/]([^\\/]+)[\\/]i18n[\\/](\w+)\.json$/);
          return strings ? `assets/i18n-${strings[1]}-${strings[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
