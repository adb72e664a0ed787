import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { coverlineViteAppConfig } from '../packages/ui/build/vite-app-config.ts';

export default defineConfig({
  ...coverlineViteAppConfig({ app: 'agency', port: 5173 }),
  plugins: [react()],
});
