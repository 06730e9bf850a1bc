import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Resolve paths from this file, so the build works from any working directory.
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../../../dist/web', import.meta.url)),
    emptyOutDir: true,
  },
  // `vite --config services/gateway/web/vite.config.ts` for local work against a running gateway.
  server: { proxy: { '/api': process.env.GATEWAY_URL ?? 'http://localhost:3000' } },
});
