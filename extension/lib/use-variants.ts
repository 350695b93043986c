/**
 * The variants on screen and what the SDR does with them: generate, regenerate one, insert into
 * the page (recording the pick), and re-open a request from History.
 */
import {
  type Channel,
  type MessageSlot,
  PersonalizeRequest,
  type PersonalizeRequestInput,
  type RiskFlagCode,
  type Variant,
} from '@personalizer/shared';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type ApiClient, describeError } from './api.ts';
import type { LinkedInTarget } from './length.ts';
import { sendToTab } from './tab.ts';

/** How the variants were asked for: their length is measured against this, not the controls now. */
export interface WrittenAs {
  channel: Channel;
  maxWords: number;
  slot: MessageSlot;
  linkedin?: LinkedInTarget;
}

export interface Written extends WrittenAs {
  request_id: string;
  variants: Variant[];
  /** The variant picked last, or null. */
  selected: number | null;
  /** Per variant: how often it was rewritten (a rewritten card starts over). */
  versions: number[];
}

/** What the SDR inserts: the variant's text, maybe edited. */
export interface InsertChoice {
  subject: string | null;
  message: string;
  edited: boolean;
  /** Error flags the SDR saw and inserted anyway (and a confirmed SMS consent). */
  overrode_flags?: RiskFlagCode[];
}

/** A request as the server read it; null when it is not one (an old or failed record). */
export function writtenAs(input: unknown): WrittenAs | null {
  const parsed = PersonalizeRequest.safeParse(input);
  if (!parsed.success) return null;
  const req = parsed.data;
  return {
    channel: req.channel,
    maxWords: req.constraints.max_words,
    slot: req.slot,
    ...(req.channel === 'LINKEDIN'
      ? { linkedin: { format: req.linkedin_format ?? 'MESSAGE', tier: req.linkedin_tier ?? 'FREE' } }
      : {}),
  };
}

type Notify = (text: string, tone?: 'ok' | 'error') => void;

export function useVariants(api: ApiClient, tab: Browser.tabs.Tab | null, notify: Notify) {
  const [written, setWritten] = useState<Written | null>(null);
  const show = (request_id: string, variants: Variant[], as: WrittenAs, selected: number | null = null) =>
    setWritten({ ...as, request_id, variants, selected, versions: variants.map(() => 0) });

  const generate = useMutation({
    mutationFn: (body: PersonalizeRequestInput) => api.personalize(body),
    onSuccess: (data, body) => {
      const as = writtenAs(body);
      if (as) show(data.request_id, data.variants, as);
    },
  });

  const regenerate = useMutation({
    mutationFn: ({ requestId, index }: { requestId: string; index: number }) => api.regenerate(requestId, index),
    onSuccess: (data) =>
      setWritten((w) =>
        w && w.request_id === data.request_id
          ? {
              ...w,
              variants: data.variants,
              versions: data.variants.map((_, i) => (w.versions[i] ?? 0) + (i === data.variant_index ? 1 : 0)),
            }
          : w,
      ),
    onError: (err) => notify(`Could not rewrite the variant. ${describeError(err)}`, 'error'),
  });

  async function insert(index: number, choice: InsertChoice) {
    if (!written) return;
    if (!tab) {
      notify('No LinkedIn or Gmail tab to insert into. Open one, or use Copy.', 'error');
      return;
    }
    try {
      const part = written.slot !== 'FULL';
      const inserted = await sendToTab(tab, {
        type: 'insert',
        subject: choice.subject,
        message: choice.message,
        ...(part ? { at: 'caret' as const } : {}),
      });
      if (!inserted.ok) {
        notify('No compose box is open on the page. Open one, or use Copy.', 'error');
        return;
      }
      await api.select(written.request_id, {
        variant_index: index,
        ...(choice.overrode_flags?.length ? { overrode_flags: choice.overrode_flags } : {}),
        ...(choice.edited
          ? { edited_message: choice.message, ...(choice.subject ? { edited_subject: choice.subject } : {}) }
          : {}),
      });
      setWritten((w) => (w && w.request_id === written.request_id ? { ...w, selected: index } : w));
      const where = part ? 'at the cursor in' : 'into';
      notify(`Inserted variant ${index + 1} ${where} the ${inserted.target.replace('-', ' ')}.`);
    } catch (err) {
      notify(describeError(err), 'error');
    }
  }

  /** Shows a past request's final variants and the one picked; `fallback` when its input no longer parses. */
  async function reopen(requestId: string, fallback: WrittenAs) {
    try {
      const record = await api.record(requestId);
      const final = record.outputs.find((o) => o.final);
      show(
        record.request.request_id,
        final?.parsed_variants ?? [],
        writtenAs(record.request.input) ?? fallback,
        final?.selected_variant_index ?? null,
      );
      notify(`Re-opened request ${record.request.request_id}.`);
    } catch (err) {
      notify(describeError(err), 'error');
    }
  }

  return { written, generate, regenerate, insert, reopen };
}
