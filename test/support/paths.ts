import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(REPO_ROOT, 'extension/.output/chrome-mv3');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test/artifacts');
export const CHROMIUM = '/usr/bin/chromium';
