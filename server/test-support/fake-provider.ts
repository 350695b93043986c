/**
 * A scripted model server on 127.0.0.1 for tests and browser tests: it speaks enough of the OpenAI
 * Chat Completions API (POST /v1/chat/completions or /chat/completions) and of the Anthropic
 * Messages API (POST /v1/messages) for the real SDKs, so the real client code runs end to end.
 *
 *   const fake = await startFakeProvider();
 *   // OPENAI_BASE_URL=fake.openaiBaseURL, or ANTHROPIC_BASE_URL=fake.anthropicBaseURL
 *   fake.script([{ kind: 'status', status: 429, headers: { 'retry-after-ms': '10' } }, { kind: 'json', variants }]);
 *   … fake.requests[0].body.messages …
 *   await fake.close();
 *
 * Each request takes the next scripted step, whichever API it uses (SDK retries take steps too).
 * With the script empty, the responder answers: by default the offline writer's grounded variants
 * for the prompt's data block, so an unscripted server behaves like a well-behaved model.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readPromptData } from '../src/generation/prompt.ts';
import { writeOffline } from '../src/providers/offline.ts';

export type Step =
  /** The model's answer text, as given. */
  | { kind: 'text'; text: string; delayMs?: number }
  /** The answer {"variants": [...]} as JSON text; items are sent as given ({subject?, message}, or odd ones). */
  | { kind: 'json'; variants: readonly unknown[]; delayMs?: number }
  /** An HTTP error; `body` defaults to the API's error shape. Add retry-after(-ms) to headers for SDK retries. */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Never answers: the client times out (or the server closes the socket on close()). */
  | { kind: 'hang' };

export type Api = 'openai' | 'anthropic';

export interface RecordedRequest {
  api: Api;
  method: string;
  path: string;
  /** Lower-case names; authorization and x-api-key values are replaced by "[redacted]". */
  headers: Record<string, string>;
  /** The parsed JSON body (undefined when it was not JSON). */
  body: unknown;
  /** The system and user prompts as the model received them (either API). */
  system: string;
  user: string;
}

/** Answers a request when the script is empty. */
export type Responder = (request: RecordedRequest) => Step | Promise<Step>;

export interface FakeProvider {
  /** Base URL of the server, e.g. http://127.0.0.1:PORT */
  url: string;
  /** For the OpenAI SDK / OPENAI_BASE_URL: `${url}/v1`. */
  openaiBaseURL: string;
  /** For the Anthropic SDK / ANTHROPIC_BASE_URL (the SDK adds /v1/messages). */
  anthropicBaseURL: string;
  /** Replaces the queue of steps and clears `requests`. */
  script(steps: Step[]): void;
  /** Sets the responder used once the script is empty; null restores the offline writer. */
  reply(responder: Responder | null): void;
  /** Every model request since the last script() call, oldest first. */
  requests: RecordedRequest[];
  /** Steps not yet used. */
  remaining(): number;
  close(): Promise<void>;
}

const REDACTED = new Set(['authorization', 'x-api-key']);

/** The offline writer's variants for the prompt, or an empty answer when it has no data block. */
export const groundedResponder: Responder = (request) => {
  const data = readPromptData(request.user);
  return { kind: 'json', variants: data ? writeOffline(data) : [] };
};

export async function startFakeProvider(): Promise<FakeProvider> {
  let steps: Step[] = [];
  let responder: Responder = groundedResponder;
  const requests: RecordedRequest[] = [];
  let served = 0;

  const server = createServer(async (req, res) => {
    const api = apiOf(req);
    if (!api) return send(res, 404, { error: { message: `no fake route for ${req.method} ${req.url}` } });
    const recorded = record(api, req, await readBody(req));
    requests.push(recorded);
    if (!recorded.body || (recorded.body as { stream?: unknown }).stream) {
      return send(res, 400, errorBody(api, 400, 'the fake provider needs a JSON body and does not stream'));
    }
    try {
      const step = steps.shift() ?? (await responder(recorded));
      await answer(res, api, step, recorded, ++served);
    } catch (err) {
      send(res, 500, errorBody(api, 500, `the fake provider's responder failed: ${(err as Error).message}`));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    openaiBaseURL: `${url}/v1`,
    anthropicBaseURL: url,
    requests,
    script(next) {
      steps = [...next];
      requests.length = 0;
    },
    reply(next) {
      responder = next ?? groundedResponder;
    },
    remaining: () => steps.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Hanging requests and idle keep-alive sockets would hold close() open.
        server.closeAllConnections();
      }),
  };
}

function apiOf(req: IncomingMessage): Api | null {
  if (req.method !== 'POST') return null;
  const path = new URL(req.url ?? '/', 'http://fake').pathname;
  if (path === '/v1/chat/completions' || path === '/chat/completions') return 'openai';
  if (path === '/v1/messages') return 'anthropic';
  return null;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

interface ChatBody {
  system?: string | { text?: string }[];
  messages?: { role?: string; content?: string | { text?: string }[] }[];
}

const textOf = (content: ChatBody['system']) =>
  typeof content === 'string' ? content : (content ?? []).map((part) => part.text ?? '').join('');

function record(api: Api, req: IncomingMessage, body: unknown): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = REDACTED.has(name) ? '[redacted]' : String(value);
  }
  const chat = (body ?? {}) as ChatBody;
  const messages = chat.messages ?? [];
  const system = api === 'anthropic' ? textOf(chat.system) : textOf(messages.find((m) => m.role === 'system')?.content);
  const user = textOf(messages.findLast((m) => m.role === 'user')?.content);
  const path = new URL(req.url ?? '/', 'http://fake').pathname;
  return { api, method: req.method ?? 'POST', path, headers, body, system, user };
}

async function answer(res: ServerResponse, api: Api, step: Step, request: RecordedRequest, n: number) {
  switch (step.kind) {
    case 'hang':
      return;
    case 'status':
      return send(res, step.status, step.body ?? errorBody(api, step.status, 'scripted error'), step.headers);
    case 'text':
    case 'json': {
      if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
      const text = step.kind === 'text' ? step.text : JSON.stringify({ variants: step.variants });
      const model = (request.body as { model?: string }).model ?? 'fake-model';
      return send(res, 200, api === 'openai' ? openAiCompletion(model, text, n) : anthropicMessage(model, text, n));
    }
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function errorBody(api: Api, status: number, message: string) {
  const type = status === 429 ? 'rate_limit_error' : status >= 500 ? 'api_error' : 'invalid_request_error';
  return api === 'openai' ? { error: { message, type, code: null } } : { type: 'error', error: { type, message } };
}

/** Roughly 4 characters a token: usage numbers only need to look plausible. */
const tokens = (text: string) => Math.ceil(text.length / 4);

function openAiCompletion(model: string, content: string, n: number) {
  return {
    id: `chatcmpl-fake-${n}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null },
    ],
    usage: { prompt_tokens: 0, completion_tokens: tokens(content), total_tokens: tokens(content) },
  };
}

function anthropicMessage(model: string, text: string, n: number) {
  return {
    id: `msg_fake_${n}`,
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'text', text }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: 0, output_tokens: tokens(text) },
  };
}
