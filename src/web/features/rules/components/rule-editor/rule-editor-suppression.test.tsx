import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { suppressionRules } from '../../../../test/fixtures';
import { editorTestApi, expectSaveReason, openEditor } from './editor.test-support';
import { errorAnswer } from '../../../../test/start-test-api';

const rule = suppressionRules[0]!;
const listPath = '/env/1/suppression-rules';
const rulePath = `/api/projects/1/error_tracking/suppression_rules/${rule.id}/`;

// Whole-app renders with typing: well over vitest's 5 s default on a busy 2-core machine.
describe('suppression rule editor', { timeout: 20_000 }, () => {
  it('creates a match-all rule, sending the percentage as a share (25 → 0.25)', async () => {
    const server = editorTestApi('suppression');
    const { dialog, user } = await openEditor(`${listPath}/new`, 'New suppression rule');
    const sampling = within(dialog).getByRole('spinbutton', { name: /Sampling rate/ });
    expect(sampling).toHaveValue(100);
    await user.clear(sampling);
    await user.type(sampling, '25');
    await expectSaveReason(dialog, null);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    // No filters: it drops a share of every exception, so it asks first.
    const warning = await screen.findByRole('alertdialog', { name: 'Drop 25% of every exception?' });
    expect(warning).toHaveAccessibleDescription(/^This drops 25% of every exception, picked at random, in Web app: /);
    expect(server.sent('POST')).toEqual([]);
    await user.click(within(warning).getByRole('button', { name: 'Save anyway' }));

    await screen.findByText(/^Created “Every exception → drop 25%” \(\w{8}\) at position 2\.$/);
    expect(server.sent('POST')).toEqual([{ filters: { type: 'AND', values: [] }, sampling_rate: 0.25 }]);
    // PostHog starts it at 0, tied with the first rule: a reorder moves it to the end, where the list shows it.
    expect(server.sent('PATCH', `${server.base}reorder/`)).toEqual([{ orders: { [server.createdRuleId()!]: 1 } }]);
  });

  it('shows the stored share as a percentage (0.25 → 25) and saves a new one', async () => {
    const server = editorTestApi('suppression');
    const { dialog, user } = await openEditor(`${listPath}/${rule.id}`, /^Edit suppression rule “.+” \(00000004\)$/);
    const sampling = await within(dialog).findByRole('spinbutton', { name: /Sampling rate/ });
    expect(sampling).toHaveValue(25);
    await expectSaveReason(dialog, 'No changes to save');

    await user.clear(sampling);
    await user.type(sampling, '150');
    expect(await within(dialog).findByText('Enter a percentage from 0 to 100.')).toBeInTheDocument();
    expect(sampling).toHaveAttribute('aria-invalid', 'true');
    await expectSaveReason(dialog, 'Fix 1 error to save');

    await user.clear(sampling);
    await expectSaveReason(dialog, 'Fix 1 error to save');
    await user.type(sampling, '33.3');
    await expectSaveReason(dialog, null);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Saved “.+” \(00000004\)\.$/);
    expect(server.sent('PATCH')).toEqual([{ sampling_rate: 0.333 }]);
  });

  it('shows a 400 about sampling_rate under the field', async () => {
    editorTestApi('suppression', {
      [`PATCH ${rulePath}`]: errorAnswer(400, 'Ensure this value is less than or equal to 1.', 'sampling_rate'),
    });
    const { dialog, user } = await openEditor(`${listPath}/${rule.id}`, /^Edit suppression rule “.+” \(00000004\)$/);
    const sampling = await within(dialog).findByRole('spinbutton', { name: /Sampling rate/ });
    await user.clear(sampling);
    await user.type(sampling, '50');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await expect.poll(() => sampling.getAttribute('aria-invalid'), { timeout: 5000 }).toBe('true');
    expect(sampling).toHaveAccessibleDescription(
      expect.stringContaining('Ensure this value is less than or equal to 1.'),
    );
  });

  it('keeps the form as typed when the network fails, and names the failure', async () => {
    editorTestApi('suppression', { [`PATCH ${rulePath}`]: 'network' });
    const { dialog, user } = await openEditor(`${listPath}/${rule.id}`, /^Edit suppression rule “.+” \(00000004\)$/);
    const sampling = await within(dialog).findByRole('spinbutton', { name: /Sampling rate/ });
    await user.clear(sampling);
    await user.type(sampling, '60');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^Could not save “.+” \(00000004\): /);
    expect(sampling).toHaveValue(60);
  });

  it('asks before dropping every exception; Cancel keeps the editor open with its values', async () => {
    const server = editorTestApi('suppression');
    const { dialog, user } = await openEditor(`${listPath}/${rule.id}`, /^Edit suppression rule “.+” \(00000004\)$/);
    await user.click(await within(dialog).findByRole('button', { name: /^Remove filter 1/ }));
    const sampling = within(dialog).getByRole('spinbutton', { name: /Sampling rate/ });
    await user.clear(sampling);
    await user.type(sampling, '100');
    await expectSaveReason(dialog, null);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const warning = await screen.findByRole('alertdialog', { name: 'Drop every exception?' });
    expect(warning).toHaveAccessibleDescription(/^This drops every exception in Web app: the rule has no filters/);
    await user.click(within(warning).getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(within(dialog).getByRole('spinbutton', { name: /Sampling rate/ })).toHaveValue(100);
    expect(within(dialog).getByText('No filters yet: the rule matches every exception.')).toBeInTheDocument();
    expect(server.sent('PATCH')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Save anyway' }));
    await screen.findByText(/^Saved “.+” \(00000004\)\.$/);
    expect(server.sent('PATCH')).toEqual([{ filters: { type: 'AND', values: [] }, sampling_rate: 1 }]);
  });

  it('asks before dropping all of a match only an “is set” filter narrows', async () => {
    editorTestApi('suppression');
    const { dialog, user } = await openEditor(`${listPath}/${rule.id}`, /^Edit suppression rule “.+” \(00000004\)$/);
    const sampling = await within(dialog).findByRole('spinbutton', { name: /Sampling rate/ });
    await user.clear(sampling);
    await user.type(sampling, '100');
    await expectSaveReason(dialog, null);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const warning = await screen.findByRole('alertdialog', { name: 'Drop almost every exception?' });
    expect(warning).toHaveAccessibleDescription(/“Exception message is set”/);
  });
});
