// `npm start`: serves the demo article page with the flagship explainer, live-reloading
// as stories and components change (Vite compiles what a page asks for on demand).
import { createServer } from 'vite';

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 5173) }
});
await server.listen();
server.printUrls();
console.log('  The flagship explainer is on the article page; stop with Ctrl+C.');
