import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router.ts';

// Every page but the sign-in callback needs a signed-in caller, and the role its operation needs.
router.beforeEach(async (to) => {
  if (to.meta.public) {
    document.title = `${to.meta.title ?? '登录'} · 检查与整改平台`;
    return true;
  }
  // Sign-in and the signed-in pages' modules load only for them: the enterprise's page stays small.
  const [{ signIn, startSignIn }, { loadMe, may, session }] = await Promise.all([import('./lib/auth.ts'), import('./lib/session.ts')]);
  const user = await (await signIn()).getUser();
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
