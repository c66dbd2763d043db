import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox } from './checkbox';
import { Field } from './field';
import { NativeSelect } from './native-select';
import { TextInput } from './text-input';

type Values = { description: string; kind: string; disabled: boolean };

function RuleForm({ onSubmit }: { onSubmit: (values: Values) => void }) {
  const { register, handleSubmit, formState } = useForm<Values>({
    defaultValues: { description: '', kind: 'grouping', disabled: false },
  });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Field label="Description" hint="Shown on the issue." error={formState.errors.description?.message} required>
        {(control) => <TextInput {...control} {...register('description', { required: 'Describe the rule.' })} />}
      </Field>
      <Field label="Kind">
        {(control) => (
          <NativeSelect {...control} {...register('kind')}>
            <option value="grouping">Grouping</option>
            <option value="suppression">Suppression</option>
          </NativeSelect>
        )}
      </Field>
      <Checkbox label="Disabled" {...register('disabled')} />
      <button type="submit">Save</button>
    </form>
  );
}

describe('Field', () => {
  it('names the control by its label and describes it by the hint only while valid', () => {
    render(<RuleForm onSubmit={vi.fn()} />);
    const input = screen.getByRole('textbox', { name: 'Description' });
    expect(input).toHaveAccessibleDescription('Shown on the issue.');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(screen.getByRole('combobox', { name: 'Kind' })).not.toHaveAttribute('aria-describedby');
  });

  it('marks the control invalid and describes it by hint and error; register()’s ref gets focus on error', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<RuleForm onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const input = screen.getByRole('textbox', { name: 'Description' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Shown on the issue. Describe the rule.');
    expect(input).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('hands react-hook-form the values of TextInput, Select and Checkbox', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<RuleForm onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Chrome noise');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Suppression');
    await user.click(screen.getByRole('checkbox', { name: 'Disabled' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith(
      { description: 'Chrome noise', kind: 'suppression', disabled: true },
      expect.anything(),
    );
    expect(screen.getByRole('textbox', { name: 'Description' })).not.toHaveAttribute('aria-invalid');
  });
});
