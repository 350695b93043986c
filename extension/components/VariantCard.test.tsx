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
});
