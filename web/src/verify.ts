import { code, firstVerification } from './verify-request.ts';
import { createApp } from 'vue';
import VerifyInspection from './pages/VerifyInspection.vue';

/**
 * The enterprise's page, reached from the QR code (`/verify/<code>`): an entry of its own, without router
 * or sign-in. It mounts once the answer is in (the HTML says 正在核验… until then), so its first render
 * is the verdict.
 */
void firstVerification.finally(() => createApp(VerifyInspection, { code, first: firstVerification }).mount('#app'));
