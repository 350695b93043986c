import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The prompt lab: built into lab/dist, which the server serves at /lab (routes/lab.ts). */
export default defineConfig({
  root: import.meta.dirname,
  base: '/lab/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
});
