import closeWithGrace from 'close-with-grace';
import { buildWebApp } from './app.js';
import { loadWebEnv } from './config.js';

const env = loadWebEnv();
const app = await buildWebApp(env);
closeWithGrace({ delay: 10_000 }, async ({ err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  await app.close();
});
await app.listen({ host: env.WEB_HOST, port: env.WEB_PORT });
