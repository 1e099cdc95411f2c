import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';
import type { AtRule } from 'postcss';

/**
 * GraphiQL's stylesheet embeds Roboto and Fira Code as data: fonts (300 kB of its 400 kB); the console CSP
 * (font-src 'self') refuses them, and the console's system fonts stand in (src/explorer/explorer.css).
 * Dropping those faces keeps the CSP as it is and the explorer's chunk smaller.
 */
const dropDataFonts = {
  postcssPlugin: 'drop-data-fonts',
  AtRule: {
    'font-face': (rule: AtRule) => {
      if (/url\(\s*["']?data:/.test(rule.toString())) rule.remove();
    },
  },
};

/**
 * The hub serves dist/ at / (apps/hub-api/src/common/http/field-console.ts): hashed files under
 * /assets (cached for a year), index.html never cached, each also as .br and .gz beside it, sent to a
 * browser that accepts them (a phone on 3G loads a third of the bytes). `npm run dev` proxies the API
 * to a local hub.
 */
export default defineConfig({
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  base: '/',
  css: { postcss: { plugins: [dropDataFonts] } },
  // GraphiQL's dialogs would add an inline <style> to lock the scroll, refused by the CSP: see the module.
  resolve: { alias: { 'react-remove-scroll': fileURLToPath(new URL('src/explorer/no-scroll-lock.tsx', import.meta.url)) } },
  build: { outDir: 'dist', assetsDir: 'assets', sourcemap: false, chunkSizeWarningLimit: 800 },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:3000', ws: true },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
