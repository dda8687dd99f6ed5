'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { errorMessage } from '../../lib/http';
import { Button, type ButtonVariant } from './button';
import { ErrorNote } from './states';

/** A destructive action behind a native modal dialog (focus trapped, Escape closes). */
export function ConfirmButton({
  label,
  title,
  children,
  confirmLabel,
  onConfirm,
  variant = 'secondary',
  size = 'sm',
  disabled,
  requireText,
  icon,
  ariaLabel,
}: {
  label: ReactNode;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  disabled?: boolean;
  /** When set, the user must type this to confirm (deleting an organisation). */
  requireText?: string;
  icon?: ReactNode;
  ariaLabel?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [isOpen, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    if (isOpen) dialog.current?.showModal();
    else dialog.current?.close();
  }, [isOpen]);

  return (
    <>
      <Button
        variant={variant}
        size={size}
        disabled={disabled}
        onClick={() => setOpen(true)}
        aria-label={ariaLabel}
      >
        {icon}
        {label}
      </Button>
      <dialog
        ref={dialog}
        onClose={() => {
          setOpen(false);
          setTyped('');
          setError(null);
        }}
        aria-labelledby="confirm-title"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {isOpen ? (
          <>
            <h2 id="confirm-title" className="text-lg font-semibold">
              {title}
            </h2>
            <div className="mt-2 text-sm text-slate-600 dark:text-slate-300">{children}</div>
            {requireText ? (
              <label className="mt-4 block text-sm">
                Type <strong>{requireText}</strong> to confirm
                <input
                  className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-950"
                  value={typed}
                  onChange={(event) => setTyped(event.target.value)}
                />
              </label>
            ) : null}
            {error ? (
              <div className="mt-3">
                <ErrorNote>{error}</ErrorNote>
              </div>
            ) : null}
            <div className="mt-6 flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button
                variant="danger"
                disabled={isBusy || (requireText !== undefined && typed !== requireText)}
                onClick={async () => {
                  setBusy(true);
                  try {
                    await onConfirm();
                    setOpen(false);
                  } catch (caught) {
                    setError(errorMessage(caught));
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                {confirmLabel}
              </Button>
            </div>
          </>
        ) : null}
      </dialog>
    </>
  );
}
