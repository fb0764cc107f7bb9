import { useId, type ReactNode } from 'react';

/** What a control needs to be labelled and tied to its error message. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface Props {
  label: string;
  /** The message under the control, or null when it is fine. */
  error: string | null | undefined;
  children: (control: FieldControlProps) => ReactNode;
  className?: string;
}

/** A labelled control with its error below it, announced with the control (not by colour alone: the text says it). */
export function Field({ label, error, children, className }: Props) {
  const id = useId();
  return (
    <div className={`admin-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? `${id}-error` : undefined,
      })}
      {error && (
        <p id={`${id}-error`} className="admin-field__error">
          {error}
        </p>
      )}
    </div>
  );
}
