import vue from '@vitejs/plugin-vue';
import path from 'node:path';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig, type Plugin } from 'vite';
import { apiPaths, htmlFor, pageEntries } from '../infra/web-entries.ts';

const root = import.meta.dirname;

/** `npm run dev:web`: page paths answered by their entry, as the local server and CloudFront answer them (infra/web-entries.ts). */
const pageEntriesInDev = (): Plugin => ({
  name: 'page-entries',
  configureServer: (server) => {
    server.middlewares.use((request, _response, next) => {
      const pathname = request.url?.split('?')[0] ?? '/';
      if (!path.extname(pathname) && pageEntries.some((entry) => pathname.startsWith(entry.prefix))) request.url = `/${htmlFor(pathname)}`;
      next();
    });
  },
});

export default defineConfig({
  root,
  base: '/',
  plugins: [
    vue(),
    pageEntriesInDev(),
    // Element Plus components (and their styles) imported where a template uses them, not the whole library.
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
  ],
  // Every component here uses the Composition API (Element Plus's too): Vue's Options API code is left out.
  define: { __VUE_OPTIONS_API__: 'false' },
  resolve: { alias: { '#shared': path.resolve(root, '..', 'shared') } },
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      input: Object.fromEntries(['index.html', ...pageEntries.map((entry) => entry.html)].map((html) => [html.replace('.html', ''), path.join(root, html)])),
    },
  },
  // `npm run dev:web`: hot reload on 5173, API and sign-in proxied to a running `npm start`.
  server: {
    port: 5173,
    // The API's paths (as CloudFront routes them), and the pages' sign-in settings the local server writes.
    proxy: Object.fromEntries([...new Set([...apiPaths.map((p) => p.replace(/\/\*$/, '')), '/config.json'])].map((prefix) => [prefix, `http://127.0.0.1:${process.env.PORT ?? 3000}`])),
  },
});
