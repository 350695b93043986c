import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';

interface Toast {
  id: number;
  text: string;
  tone: 'ok' | 'error';
}

type Show = (text: string, tone?: Toast['tone']) => void;

const ToastContext = createContext<Show>(() => {});

/** Short confirmations that fade (insert, copy); errors stay until closed, since they say what to do. */
export function ToastProvider(props: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(0);
  const close = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback<Show>(
    (text, tone = 'ok') => {
      const id = ++next.current;
      setToasts((all) => [...all.slice(-2), { id, text, tone }]);
      if (tone === 'ok') setTimeout(() => close(id), 4000);
    },
    [close],
  );
  return (
    <ToastContext.Provider value={show}>
      {props.children}
      <div className="toasts" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast ${t.tone}`} role={t.tone === 'error' ? 'alert' : 'status'}>
            <span>{t.text}</span>
            <button type="button" className="ghost small" aria-label="Dismiss" onClick={() => close(t.id)}>
              ✕
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
