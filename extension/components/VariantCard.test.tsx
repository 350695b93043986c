import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VariantCard } from './VariantCard.tsx';

const variant = {
  subject: 'Freight visibility',
  message: 'Hi Dana, <b>not bold</b> — open to a call?',
  personalization_points: [{ source: 'keyword' as const, value: 'freight visibility' }],
  risk_flags: [
    { code: 'UNSOURCED_NUMBER' as const, severity: 'error' as const, detail: 'the number 40% is not in the input' },
  ],
};

afterEach(cleanup);

describe('VariantCard', () => {
  it('shows text as text, with points, flags and counts', () => {
    const { container } = render(
      <VariantCard index={0} variant={variant} channel="EMAIL" maxWords={120} onInsert={() => {}} />,
    );
    expect(screen.getByText(/<b>not bold<\/b>/)).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('keyword: freight visibility')).toBeTruthy();
    expect(screen.getByText(/UNSOURCED_NUMBER: the number 40% is not in the input/).className).toBe('error');
    expect(screen.getByText('10/120 words')).toBeTruthy();
  });

  it('inserts the edited text and says it was edited', () => {
    const onInsert = vi.fn();
    render(<VariantCard index={1} variant={variant} channel="EMAIL" maxWords={120} onInsert={onInsert} />);
    fireEvent.click(screen.getByText('Edit'));
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Hi Dana, edited.' } });
    fireEvent.click(screen.getByText('Insert'));
    expect(onInsert).toHaveBeenCalledWith({ subject: 'Freight visibility', message: 'Hi Dana, edited.', edited: true });
  });

  it('inserts unedited text as not edited', () => {
    const onInsert = vi.fn();
    render(
      <VariantCard index={0} variant={{ ...variant, subject: null }} channel="SMS" maxWords={35} onInsert={onInsert} />,
    );
    expect(screen.getByText(/SMS segment/)).toBeTruthy();
    fireEvent.click(screen.getByText('Insert'));
    expect(onInsert).toHaveBeenCalledWith({ subject: null, message: variant.message, edited: false });
  });
});
