import { useId, type ReactNode } from 'react';
import { cx } from '../../lib/class-names';

/** What Field hands its control: spread it onto the input (`<TextInput {...control} {...register('x')} />`). */
export type FieldControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
};

export type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  /** The validation message; when set the control is aria-invalid and described by it. */
  error?: string;
  required?: boolean;
  /** The control's id; generated when omitted. */
  id?: string;
  /** More ids that describe the control (a reason it is disabled). */
  describedBy?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
};

/** The ids and aria-* a control needs to be named, described by its hint and error, and marked invalid. */
export function fieldControlProps(
  id: string,
  parts: { hintId?: string; errorId?: string; describedBy?: string; required?: boolean },
): FieldControlProps {
  const describedBy = [parts.hintId, parts.errorId, parts.describedBy].filter(Boolean).join(' ');
  return {
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': parts.errorId ? true : undefined,
    'aria-required': parts.required || undefined,
  };
}

/** A labelled form field: label (htmlFor), optional hint, error text, and a control wired to all three. */
export function Field({ label, hint, error, required, id, describedBy, className, children }: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? `${generatedId}-control`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;

  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label htmlFor={controlId} className="field__label">
        {label}
        {required && (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children(fieldControlProps(controlId, { hintId, errorId, describedBy, required }))}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
