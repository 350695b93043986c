import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Personalizer',
    description: 'Grounded outreach drafts for LinkedIn and Gmail, from the page you are on.',
    permissions: ['sidePanel', 'storage', 'tabs', 'scripting'],
    // The pages it reads and the local server; other servers are asked for when saved in Settings.
    host_permissions: [
      'https://www.linkedin.com/*',
      'https://mail.google.com/*',
      'http://localhost/*',
      'http://127.0.0.1/*',
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: {},
  },
});
