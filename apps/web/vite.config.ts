import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// Paths from this file, so the build works from any working directory.
const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * krds-uiux 1.1.0's component.css points its icons at `../../img/img/…`, one folder too deep; the
 * icons are at `../../img/…`. Fixed here so every icon resolves and is bundled, rather than 404.
 */
function krdsIconPaths(): Plugin {
  return {
    name: 'krds-icon-paths',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('krds-uiux') && id.endsWith('.css')) return code.replaceAll('../../img/img/', '../../img/');
      return null;
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  plugins: [krdsIconPaths(), react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    // Icons stay files (cached, shared by the CSS) rather than inlined into it.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  // `npx vite --config apps/web/vite.config.ts` for local work against a running gateway.
  server: { proxy: { '/api': process.env.GATEWAY_URL ?? 'http://localhost:3000' } },
});
