import { defineProject } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineProject({
  // WXT reads its config from the root it is given, not the working directory.
  plugins: [WxtVitest({ root: import.meta.dirname })],
  test: { name: 'extension', environment: 'happy-dom', include: ['lib/**/*.test.ts', 'components/**/*.test.tsx'] },
});
