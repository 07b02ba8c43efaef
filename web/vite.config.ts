import vue from '@vitejs/plugin-vue';
import path from 'node:path';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/** The web pages: built into web/dist, served from the API's origin (npm start; CloudFront in AWS). */
export default defineConfig({
  root,
  base: '/',
  plugins: [
    vue(),
    // Element Plus components (and their styles) imported where a template uses them, not the whole library.
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
  ],
  resolve: { alias: { '#shared': path.resolve(root, '..', 'shared') } },
  build: { outDir: path.join(root, 'dist'), emptyOutDir: true, sourcemap: true, manifest: true, chunkSizeWarningLimit: 700 },
  // `npm run dev:web`: hot reload on 5173, API and sign-in proxied to a running `npm start`.
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/v1', '/oidc', '/openapi.json', '/docs', '/health', '/config.json'].map((prefix) => [prefix, `http://127.0.0.1:${process.env.PORT ?? 3000}`])),
  },
});
