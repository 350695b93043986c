import type { Variant } from '@personalizer/shared';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VariantCard } from './VariantCard.tsx';

const message = 'Hi Dana, <b>not bold</b> — we cut costs by 40% for shippers. Open to a call?';
const variant: Variant = {
  subject: 'Freight visibility',
  message,
  personalization_points: ['Used company keywords: freight visibility'],
  evidence: [],
  risk_flags: [
    {
      code: 'UNSOURCED_NUMBER',
      category: 'number',
      severity: 'error',
      detail: '“40%” is a number that is not in the input',
      field: 'message',
      span: { start: message.indexOf('40%'), end: message.indexOf('40%') + 3 },
    },
  ],
};
const clean: Variant = { ...variant, risk_flags: [] };

afterEach(cleanup);

describe('VariantCard', () => {
  it('shows text as text, with points, flags and counts', () => {
    const { container } = render(
      <VariantCard index={0} variant={variant} channel="EMAIL" maxWords={120} onInsert={() => {}} />,
    );
    expect(container.querySelector('.message')?.textContent).toContain('<b>not bold</b>');
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('Used company keywords: freight visibility')).toBeTruthy();
    expect(screen.getByText(/⚠ “40%” is a number/).className).toBe('error');
    expect(screen.getByText(/^\d+\/120 words$/)).toBeTruthy();
    const meter = screen.getByLabelText('Length in words');
    const words = /^(\d+)\//.exec(screen.getByText(/\/120 words$/).textContent ?? '')?.[1];
    expect([meter.getAttribute('value'), meter.getAttribute('max')]).toEqual([words, '120']);
  });

  it('marks the flagged words, with the reason on hover and keyboard focus', () => {
    const { container } = render(
      <VariantCard index={0} variant={variant} channel="EMAIL" maxWords={120} onInsert={() => {}} />,
    );
    const mark = container.querySelector('.message mark.flagged') as HTMLElement;
    expect(mark.firstChild?.textContent).toBe('40%');
    expect(mark.tabIndex).toBe(0);
    const tip = document.getElementById(mark.getAttribute('aria-describedby') ?? '');
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(tip?.textContent).toBe('“40%” is a number that is not in the input');
  });

  it('asks before inserting unsupported claims and records the override', () => {
    const onInsert = vi.fn();
    render(<VariantCard index={0} variant={variant} channel="EMAIL" maxWords={120} onInsert={onInsert} />);
    fireEvent.click(screen.getByText('Insert'));
    expect(onInsert).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog').textContent).toContain('“40%” is a number that is not in the input');
    fireEvent.click(screen.getByText('Cancel'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByText('Insert'));
    fireEvent.click(screen.getByText('Insert anyway'));
    expect(onInsert).toHaveBeenCalledWith({
      subject: 'Freight visibility',
      message,
      edited: false,
      overrode_flags: ['UNSOURCED_NUMBER'],
    });
  });

  it('inserts the edited text and says it was edited', () => {
    const onInsert = vi.fn();
    render(<VariantCard index={1} variant={clean} channel="EMAIL" maxWords={120} onInsert={onInsert} />);
    fireEvent.click(screen.getByText('Edit'));
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Hi Dana, edited.' } });
    fireEvent.click(screen.getByText('Insert'));
    expect(onInsert).toHaveBeenCalledWith({ subject: 'Freight visibility', message: 'Hi Dana, edited.', edited: true });
  });

  it('inserts clean, unedited text at once', () => {
    const onInsert = vi.fn();
    render(
      <VariantCard index={0} variant={{ ...clean, subject: null }} channel="SMS" maxWords={35} onInsert={onInsert} />,
    );
    expect(screen.getByText(/SMS segment/)).toBeTruthy();
    fireEvent.click(screen.getByText('Insert'));
    expect(onInsert).toHaveBeenCalledWith({ subject: null, message, edited: false });
  });

  describe('an SMS whose consent the request did not confirm', () => {
    const consent = {
      code: 'SMS_CONSENT_UNCONFIRMED',
      category: 'compliance',
      severity: 'warning',
      detail: "the lead's consent to texts is not confirmed (constraints.sms_consent)",
      field: null,
      span: null,
    } as const;
    const text = 'Hi Dana, this is Sam from RouteLoop. Open to a call? Reply STOP to opt out.';
    const sms: Variant = { ...clean, subject: null, message: text, risk_flags: [consent] };
    const renderSms = (v: Variant, onInsert = vi.fn()) => {
      render(<VariantCard index={0} variant={v} channel="SMS" maxWords={35} onInsert={onInsert} />);
      return onInsert;
    };

    it('counts words without the opt-out line and says when an edit dropped it', () => {
      renderSms(sms);
      expect(screen.getByText(/^11\/35 words · 75 chars, 1 SMS segment \(GSM-7\)$/)).toBeTruthy();
      fireEvent.click(screen.getByText('Edit'));
      fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Hi Dana, open to a call?' } });
      expect(screen.getByText(/no opt-out line$/)).toBeTruthy();
    });

    it('asks the SDR to confirm consent before Insert, records it, and asks once', () => {
      const onInsert = renderSms(sms);
      expect(screen.getByText(/ℹ the lead's consent to texts is not confirmed/)).toBeTruthy();
      fireEvent.click(screen.getByText('Insert'));
      expect(onInsert).not.toHaveBeenCalled();
      const dialog = screen.getByRole('alertdialog', { name: 'Confirm SMS consent' });
      expect(dialog.textContent).toContain('Did this lead agree to get texts from you?');
      fireEvent.click(screen.getByText('Cancel'));
      expect(onInsert).not.toHaveBeenCalled();
      fireEvent.click(screen.getByText('Insert'));
      fireEvent.click(screen.getByText('They opted in: Insert'));
      const confirmed = { subject: null, message: text, edited: false, overrode_flags: ['SMS_CONSENT_UNCONFIRMED'] };
      expect(onInsert).toHaveBeenCalledWith(confirmed);
      fireEvent.click(screen.getByText('Insert'));
      expect(screen.queryByRole('alertdialog')).toBeNull();
      expect(onInsert).toHaveBeenLastCalledWith(confirmed);
    });

    it('asks before Copy too, and copies once confirmed', async () => {
      const writeText = vi.fn(async () => {});
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      renderSms(sms);
      fireEvent.click(screen.getByText('Copy'));
      expect(writeText).not.toHaveBeenCalled();
      fireEvent.click(screen.getByText('They opted in: Copy'));
      expect(writeText).toHaveBeenCalledWith(text);
      expect(await screen.findByText('Copied')).toBeTruthy();
    });

    it('asks for consent first, then about unsupported claims, and records both', () => {
      const onInsert = renderSms({ ...sms, risk_flags: [consent, ...variant.risk_flags] });
      fireEvent.click(screen.getByText('Insert'));
      fireEvent.click(screen.getByText('They opted in: Insert'));
      expect(onInsert).not.toHaveBeenCalled();
      fireEvent.click(screen.getByText('Insert anyway'));
      expect(onInsert).toHaveBeenCalledWith(
        expect.objectContaining({ overrode_flags: ['UNSOURCED_NUMBER', 'SMS_CONSENT_UNCONFIRMED'] }),
      );
    });
  });
});
