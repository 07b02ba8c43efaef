import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router.ts';
import { startSignIn, signIn } from './lib/auth.ts';
import { loadMe, may, session } from './lib/session.ts';

// Every page but the sign-in callback needs a signed-in caller, and the role its operation needs.
router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  const user = await signIn.getUser();
  if (!user || user.expired) {
    await startSignIn(to.fullPath);
    return false;
  }
  if (!session.me) await loadMe();
  if (to.meta.operation && !may(to.meta.operation)) return { name: 'forbidden', query: { reason: `「${to.meta.title}」不在您的角色权限内` } };
  document.title = `${to.meta.title ?? ''} · 检查与整改平台`;
  return true;
});

createApp(App).use(router).mount('#app');
