import { Sender, type SenderInput } from '@personalizer/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type ApiClient, describeError, describeIssues } from '@/lib/api';

const EMPTY = { name: '', company: '', role: '', offer: '', proof_points: '' };

/**
 * Who the messages are written as, kept by the server for this user: the offer and the approved
 * proof points are the only claims about the sender a message may make.
 */
export function SenderProfileForm(props: { api: ApiClient }) {
  const queryClient = useQueryClient();
  const profile = useQuery({ queryKey: ['sender-profile'], queryFn: () => props.api.senderProfile(), retry: false });
  const [form, setForm] = useState(EMPTY);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    const sender = profile.data?.sender;
    if (sender) {
      setForm({
        name: sender.name ?? '',
        company: sender.company ?? '',
        role: sender.role ?? '',
        offer: sender.offer ?? '',
        proof_points: sender.proof_points.join('\n'),
      });
    }
  }, [profile.data]);

  const save = useMutation({
    mutationFn: (sender: SenderInput) => props.api.saveSenderProfile(sender),
    onSuccess: (saved) => {
      queryClient.setQueryData(['sender-profile'], saved);
      setStatus('Sender profile saved. New messages are written as this sender.');
    },
    onError: (err) => setStatus(describeError(err)),
  });

  function submit() {
    const body: SenderInput = {
      name: form.name,
      company: form.company,
      role: form.role,
      offer: form.offer,
      proof_points: form.proof_points
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean),
    };
    const checked = Sender.safeParse(body);
    if (!checked.success) {
      setStatus(describeIssues(checked.error));
      return;
    }
    save.mutate(body);
  }

  const field = (key: keyof typeof EMPTY) => ({
    name: `sender_${key}`,
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
  });

  return (
    <fieldset>
      <legend>Sender profile</legend>
      <div className="row">
        <label>
          Your name
          <input {...field('name')} />
        </label>
        <label>
          Company
          <input {...field('company')} />
        </label>
      </div>
      <label>
        Role
        <input {...field('role')} />
      </label>
      <label>
        What you offer
        <textarea rows={2} {...field('offer')} />
      </label>
      <label>
        Approved proof points (one per line)
        <textarea rows={4} placeholder="Used by 400 logistics teams" {...field('proof_points')} />
      </label>
      <p className="length">Messages may claim customers or results only from these lines.</p>
      <div className="actions">
        <button type="button" onClick={submit} disabled={save.isPending}>
          Save sender profile
        </button>
      </div>
      {profile.isError && <p className="notice">{describeError(profile.error)}</p>}
      {status && (
        <p className="notice" role="status">
          {status}
        </p>
      )}
    </fieldset>
  );
}
