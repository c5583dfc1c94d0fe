import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export interface ToastInput {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  /** Called when the toast closes without its action being chosen. */
  onExpire?: () => void;
  timeoutMs?: number;
}

interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast outside <ToastProvider>');
  return show;
}

/** Short-lived notices, announced politely to screen readers; the undo after delete lives here. */
export function ToastProvider({ children, dismissLabel }: { children: ReactNode; dismissLabel: string }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const close = useCallback((id: number, acted: boolean) => {
    const timer = timers.current.get(id);
    if (timer) clearTimeout(timer);
    timers.current.delete(id);
    setToasts((current) => {
      const toast = current.find((t) => t.id === id);
      if (toast && !acted) toast.onExpire?.();
      return current.filter((t) => t.id !== id);
    });
  }, []);

  const show = useCallback(
    (input: ToastInput) => {
      const id = nextId.current++;
      setToasts((current) => [...current, { ...input, id }]);
      timers.current.set(
        id,
        setTimeout(() => close(id, false), input.timeoutMs ?? 6000),
      );
    },
    [close],
  );

  const value = useMemo(() => show, [show]);
  // A burst of steps (undo pressed five times) shows the three newest notices, not a wall over the
  // work; one that offers an action (undo a deletion) stays until it is used or expires.
  const shown = toasts.filter((t, i) => t.actionLabel || i >= toasts.length - 3);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {shown.map((t) => (
          <div key={t.id} className="toast">
            <span>{t.message}</span>
            {t.actionLabel && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  t.onAction?.();
                  close(t.id, true);
                }}
              >
                {t.actionLabel}
              </button>
            )}
            <button type="button" className="button button-quiet" aria-label={dismissLabel} onClick={() => close(t.id, false)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
