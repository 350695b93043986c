import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ApiClient, ApiClientError } from '@/lib/api';
import { LeadForm } from './LeadForm.tsx';

const sendToTab = vi.fn();
vi.mock('@/lib/tab', () => ({ sendToTab: (...args: unknown[]) => sendToTab(...args) }));

const variants = [0, 1, 2].map((i) => ({
  subject: null,
  message: `Hi Dana, message ${i} about freight visibility?`,
  personalization_points: ['Used company keywords: freight visibility'],
  evidence: [],
  risk_flags: [],
}));

function setup(api: Partial<ApiClient>) {
  sendToTab.mockImplementation(async (_tab, message: { type: string }) =>
    message.type === 'scrape'
      ? { site: 'linkedin', lead: { first_name: 'Dana', company_name: 'Northwind' }, sources: {} }
      : { ok: true, target: 'linkedin-message' },
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <LeadForm
        api={api as ApiClient}
        tab={{ id: 7 } as never}
        site="linkedin"
        reopenId={null}
        onOpenSettings={() => {}}
      />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  sendToTab.mockReset();
});

describe('LeadForm', () => {
  it('shows the scraped lead, generates, inserts the edited variant and records it', async () => {
    const personalize = vi.fn(async () => ({ request_id: 'req_0000000000000000000a', variants }));
    const select = vi.fn(async () => ({}) as never);
    setup({ personalize, select });
    await waitFor(() => expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('Dana'));
    expect((screen.getByLabelText('Channel') as HTMLSelectElement).value).toBe('LINKEDIN');
    fireEvent.change(screen.getByLabelText('Goal'), { target: { value: 'Book a call' } });
    fireEvent.click(screen.getByText('Generate'));
    await screen.findByText(variants[2]?.message as string);
    expect(personalize).toHaveBeenCalledWith(
      expect.objectContaining({
        channel: 'LINKEDIN',
        goal: 'Book a call',
        lead: expect.objectContaining({ company_name: 'Northwind' }),
      }),
    );

    const second = screen.getByTestId('variant-1');
    fireEvent.click(second.querySelector('button') as HTMLButtonElement); // Edit
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Hi Dana, edited.' } });
    fireEvent.click(screen.getAllByText('Insert')[1] as HTMLElement);
    await screen.findByText(/Inserted variant 2/);
    expect(sendToTab).toHaveBeenLastCalledWith(
      { id: 7 },
      { type: 'insert', subject: null, message: 'Hi Dana, edited.' },
    );
    expect(select).toHaveBeenCalledWith('req_0000000000000000000a', {
      variant_index: 1,
      edited_message: 'Hi Dana, edited.',
    });
  });

  it('checks the form before sending and explains API errors with a retry', async () => {
    const personalize = vi.fn(async () => {
      throw new ApiClientError('RATE_LIMITED', 429, 'slow down');
    });
    setup({ personalize });
    await waitFor(() => expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('Dana'));
    fireEvent.click(screen.getByText('Generate'));
    expect(await screen.findByText(/Please check: goal/)).toBeTruthy();
    expect(personalize).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Goal'), { target: { value: 'Book a call' } });
    fireEvent.click(screen.getByText('Generate'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Too many requests/);
    fireEvent.click(screen.getByText('Retry'));
    await waitFor(() => expect(personalize).toHaveBeenCalledTimes(2));
  });

  it('says so when the page has no compose box', async () => {
    setup({ personalize: async () => ({ request_id: 'req_0000000000000000000a', variants }), select: vi.fn() });
    sendToTab.mockImplementation(async (_tab, message: { type: string }) =>
      message.type === 'scrape'
        ? { site: 'linkedin', lead: { first_name: 'Dana' }, sources: {} }
        : { ok: false, reason: 'no-compose-box' },
    );
    await waitFor(() => expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('Dana'));
    fireEvent.change(screen.getByLabelText('Goal'), { target: { value: 'Book a call' } });
    fireEvent.click(screen.getByText('Generate'));
    await screen.findByTestId('variant-0');
    fireEvent.click(screen.getAllByText('Insert')[0] as HTMLElement);
    expect(await screen.findByText(/No compose box is open/)).toBeTruthy();
  });
});
