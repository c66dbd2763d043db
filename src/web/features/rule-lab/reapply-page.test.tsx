import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { firstExceptionsSchema } from '../../../contract/first-exceptions';
import { capturedProperties, evaluate } from '../../../rule-engine';
import { resetThrottle } from '../../lib/api-client';
import { resetIssueQuerySupport } from '../../data/issues/list-issues';
import { shortId } from '../../lib/short-id';
import {
  all,
  assignRoute,
  cellOf,
  eventUuid,
  firstRoute,
  frontend,
  maya,
  nameOf,
  openReapply,
  priya,
  rowOf,
  rules,
  seeded,
  setup,
} from './reapply.test-support';

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('Re-apply assignment rules', { timeout: 30_000 }, () => {
  it('proposes, for each issue, what the engine gives on its first exception, with the rule and a way to Explain', async () => {
    const api = setup();
    await openReapply('active');

    // The server's first exceptions, through the rule engine directly: what each row must say.
    const ids = all.map(({ issue }) => issue.id);
    const answer = await api.call('GET', `/api/console/environments/1/exceptions/first/?issues=${ids.join(',')}`);
    const firsts = firstExceptionsSchema.parse(answer.json).results;
    const engineRules = api.readRules('assignment').map((rule) => ({
      id: rule.id,
      order_key: rule.order_key,
      filters: rule.filters,
      assignee: rule.assignee,
      disabled_data: rule.disabled_data?.message ?? null,
    }));
    expect(firsts.map((event) => event.uuid).sort()).toEqual(all.map((_, index) => eventUuid(index + 1, 1)).sort());
    for (const { issue } of all) {
      const event = firsts.find((each) => each.issue_id === issue.id)!;
      const trace = evaluate(
        { uuid: event.uuid, properties: capturedProperties(event.properties) },
        { grouping: [], suppression: [], assignment: engineRules },
        {
          resolveIssue: () => ({
            isNew: true,
            reopened: false,
            issue: { id: issue.id, status: 'active', name: issue.name, description: issue.description },
          }),
        },
      );
      const picked = trace.assignment!.assignee;
      const pick = cellOf(issue.name!, 'Rules pick');
      expect(pick, issue.name!).toHaveTextContent(nameOf(picked));
      const by = cellOf(issue.name!, 'Picked by');
      if (trace.assignment!.winner) expect(by).toHaveTextContent(shortId(trace.assignment!.winner));
      else expect(by).toHaveTextContent('No rule matched');
      expect(within(cellOf(issue.name!, 'Explain')).getByRole('link', { name: /^Explain/ })).toHaveAttribute(
        'href',
        `/env/1/rule-lab/explain?event=${event.uuid}`,
      );
    }
    // The earliest event decides, not the latest (which would give every issue to Maya).
    expect(cellOf(seeded.checkout.issue.name!, 'Rules pick')).toHaveTextContent('Frontend');
    expect(cellOf(seeded.checkout.issue.name!, 'Picked by')).toHaveTextContent(`${shortId(rules[1]!.id)}`);
    // One request for every issue's first exception.
    expect(api.requests(firstRoute)).toHaveLength(1);
  });

  it('ticks only the changes; unchanged rows are muted and unticked; nobody picked never unassigns unless asked', async () => {
    setup();
    const { user } = await openReapply('active');
    const box = (name: string) =>
      within(rowOf(name)).getByRole('checkbox', {
        name: `Re-apply to ${name} (${shortId(all.find(({ issue }) => issue.name === name)!.issue.id)})`,
      });

    for (const { issue } of [seeded.typeError, seeded.checkout, seeded.moved, seeded.second, seeded.third]) {
      expect(box(issue.name!)).toBeChecked();
    }
    for (const { issue } of [seeded.syntax, seeded.kept, seeded.orphan]) {
      expect(box(issue.name!)).not.toBeChecked();
      expect(box(issue.name!)).toBeDisabled();
      expect(rowOf(issue.name!)).toHaveClass('reapply-table__row--unchanged');
    }
    expect(cellOf(seeded.orphan.issue.name!, 'Rules pick')).toHaveTextContent('Nobody');
    expect(cellOf(seeded.orphan.issue.name!, 'Change')).toHaveTextContent('Kept');
    const clear = screen.getByRole('checkbox', { name: 'Also clear assignees the rules no longer pick' });
    expect(clear).not.toBeChecked();
    expect(clear).toHaveAccessibleDescription('The rules pick nobody for 1 assigned issue: they keep their assignee.');
    expect(cellOf(seeded.kept.issue.name!, 'Change')).toHaveTextContent('No change');
    expect(screen.getByText(/8 issues checked: 5 would change, 5 selected/)).toBeInTheDocument();

    await user.click(clear);
    expect(box(seeded.orphan.issue.name!)).toBeChecked();
    expect(clear).toHaveAccessibleDescription('The rules pick nobody for 1 assigned issue: they will be unassigned.');
    expect(cellOf(seeded.orphan.issue.name!, 'Change')).toHaveTextContent('Unassign');

    await user.click(box(seeded.second.issue.name!));
    expect(screen.getByRole('button', { name: 'Apply 5 changes' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Select every change' }));
    expect(screen.getByRole('button', { name: 'Apply 6 changes' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Select every change' }));
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
  });

  it('applies in bulk, at most four writes at a time, showing n of N', async () => {
    const api = setup();
    const { user } = await openReapply('active');
    const held = api.hold('PATCH /api/projects/1/error_tracking/issues/*');
    await user.click(screen.getByRole('button', { name: 'Apply 5 changes' }));

    await waitFor(() => expect(held.waitingCount()).toBe(4));
    // The fifth waits for a free slot.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.requests('PATCH')).toHaveLength(4);
    expect(screen.getByText('Applying: 0 of 5 done')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('progressbar', { name: 'Applying changes' })).toHaveAttribute('max', '5');
    expect(screen.getByRole('button', { name: 'Apply 5 changes' })).toHaveAttribute('aria-busy', 'true');

    held.release();
    await waitFor(() => expect(api.requests('PATCH')).toHaveLength(5));
    expect(await screen.findByText('Applying: 1 of 5 done')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Applying changes' })).toHaveAttribute('value', '1');
    for (let n = 0; n < 4; n++) held.release();

    const heading = await screen.findByRole('heading', { name: 'Re-applied the rules to 5 issues.' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(api.readIssue(seeded.moved.issue.id)!.assignee).toEqual(maya);
    expect(api.readIssue(seeded.checkout.issue.id)!.assignee).toEqual(frontend);
    // Re-applying never unassigns unless asked: Priya keeps the issue the rules give nobody.
    expect(api.readIssue(seeded.orphan.issue.id)!.assignee).toEqual(priya);
  });

  it('reports which change failed and why, and retries only that one', async () => {
    const api = setup();
    const { user } = await openReapply('unassigned');
    api.failNext(assignRoute(seeded.checkout.issue.id), 500, 'The database is locked.');
    await user.click(screen.getByRole('button', { name: 'Apply 4 changes' }));

    const heading = await screen.findByRole('heading', { name: 'Re-applied the rules to 3 of 4 issues.' });
    const report = heading.closest('section')!;
    expect(report).toHaveTextContent(
      `Could not be changed (1)RangeError at checkout (${shortId(seeded.checkout.issue.id)}): The database is locked.`,
    );
    expect(api.readIssue(seeded.typeError.issue.id)!.assignee).toEqual(maya);
    expect(api.readIssue(seeded.checkout.issue.id)!.assignee).toBeNull();
    const writes = api.requests('PATCH').length;

    await user.click(within(report).getByRole('button', { name: 'Retry the 1 failed change' }));
    expect(await screen.findByRole('heading', { name: 'Re-applied the rules to 1 issue.' })).toBeInTheDocument();
    expect(
      api
        .requests('PATCH')
        .slice(writes)
        .map((request) => request.path),
    ).toEqual([`/api/projects/1/error_tracking/issues/${seeded.checkout.issue.id}/assign/`]);
    expect(api.readIssue(seeded.checkout.issue.id)!.assignee).toEqual(frontend);
    expect(api.readIssue(seeded.third.issue.id)!.assignee).toEqual(frontend);
    expect(api.readIssue(seeded.second.issue.id)!.assignee).toEqual(maya);
    expect(screen.getByRole('button', { name: 'Undo (4 changes)' })).toBeInTheDocument();
  });

  it('undoes every change, but leaves an issue someone changed meanwhile and says so', async () => {
    const api = setup();
    const { user } = await openReapply('active');
    await user.click(screen.getByRole('checkbox', { name: 'Also clear assignees the rules no longer pick' }));
    await user.click(screen.getByRole('button', { name: 'Apply 6 changes' }));
    await screen.findByRole('heading', { name: 'Re-applied the rules to 6 issues.' });
    expect(api.readIssue(seeded.moved.issue.id)!.assignee).toEqual(maya);
    expect(api.readIssue(seeded.orphan.issue.id)!.assignee).toBeNull();

    // Someone else takes one of them meanwhile.
    await api.call('PATCH', `/api/projects/1/error_tracking/issues/${seeded.typeError.issue.id}/assign/`, {
      assignee: priya,
    });
    await user.click(screen.getByRole('button', { name: 'Undo (6 changes)' }));
    const heading = await screen.findByRole('heading', { name: 'Restored the previous assignee of 5 of 6 issues.' });
    const report = heading.closest('section')!;
    expect(report).toHaveTextContent(
      `Skipped: changed by someone else since the re-apply (1)TypeError in cart (${shortId(seeded.typeError.issue.id)}), now assigned to Priya Raman`,
    );
    expect(api.readIssue(seeded.typeError.issue.id)!.assignee).toEqual(priya);
    expect(api.readIssue(seeded.moved.issue.id)!.assignee).toEqual(priya);
    expect(api.readIssue(seeded.orphan.issue.id)!.assignee).toEqual(priya);
    for (const { issue } of [seeded.checkout, seeded.second, seeded.third]) {
      expect(api.readIssue(issue.id)!.assignee).toBeNull();
    }
    expect(within(report).queryByRole('button', { name: /Undo/ })).toBeNull();
  });
});
