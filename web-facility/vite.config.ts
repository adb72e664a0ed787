import { defineConfig } from 'vite';
import { coverlineViteAppConfig } from '../packages/ui/build/vite-app-config.ts';

export default defineConfig(coverlineViteAppConfig('facility'));
