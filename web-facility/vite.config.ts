import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { coverlineViteAppConfig } from '../packages/ui/build/vite-app-config.ts';

export default defineConfig({
  ...coverlineViteAppConfig({ app: 'facility', port: 5174 }),
  plugins: [react()],
});
