import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The hub serves dist/ at / (apps/hub-api/src/common/http/field-console.ts): hashed files under
 * /assets (cached for a year), index.html never cached. `npm run dev` proxies the API to a local hub.
 */
export default defineConfig({
  plugins: [react()],
  base: '/',
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
