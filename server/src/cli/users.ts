/**
 * `pnpm users add "Dana Reyes" [--admin]` | `pnpm users list` | `pnpm users revoke <user_id or name>`:
 * the team's access tokens, on the database the server uses (same environment variables).
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { openConfiguredStores } from './connect.ts';

const USAGE = `usage:
  pnpm users add "<name>" [--admin]   new user; prints their access token once
  pnpm users list                     every user, role and state
  pnpm users revoke <user_id|name>    revokes the user's tokens (their requests stay theirs)`;

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { admin: { type: 'boolean' } },
  });
  const [command, ...rest] = positionals;
  const name = rest.join(' ').trim();
  if (!command || !['add', 'list', 'revoke'].includes(command) || (command !== 'list' && !name)) {
    console.error(USAGE);
    return 2;
  }
  const stores = await openConfiguredStores(loadConfig());
  try {
    if (command === 'add') {
      const { token, user } = await stores.users.add(name, values.admin ? 'admin' : 'member');
      console.log(`Added ${user.role} "${user.name}" (${user.user_id}).`);
      console.log("Access token (shown once; paste it in the extension's Settings):");
      console.log(token);
    } else if (command === 'list') {
      for (const u of await stores.users.list()) {
        const state = u.revoked_at ? `revoked ${u.revoked_at.toISOString()}` : 'active';
        console.log(`${u.user_id}  ${u.role.padEnd(6)}  ${state.padEnd(32)}  ${u.name}`);
      }
    } else {
      const result = await stores.users.revoke(name);
      if (!result.ok) {
        console.error(
          result.reason === 'AMBIGUOUS'
            ? `Several users are called "${name}": revoke by user_id (pnpm users list).`
            : `No user "${name}".`,
        );
        return 1;
      }
      console.log(`Revoked ${result.tokens} token(s) of "${result.user.name}" (${result.user.user_id}).`);
    }
    return 0;
  } finally {
    await stores.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof ConfigError ? err.message : `users: ${(err as Error).message}`);
    process.exit(1);
  },
);
