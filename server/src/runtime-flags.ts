/**
 * V8 settings for a server that runs the same few hundred patterns all day. Imported first by the
 * entry points (the server and the benchmarks), before any pattern runs.
 */
import { setFlagsFromString } from 'node:v8';

// Compile each pattern to machine code on its first run. V8 otherwise starts a pattern in its
// interpreter (to save memory on patterns run once) and goes back there after garbage collections;
// for the guardrails' long patterns that costs about a fifth of checkVariant (0.39 against 0.31 ms).
setFlagsFromString('--no-regexp-tier-up');
