import { describe, expect, it } from 'vitest';
import { serverFieldOf } from './server-field';

describe('serverFieldOf', () => {
  it('maps the assignee’s nested attrs to the assignee field', () => {
    for (const attr of ['assignee', 'assignee__id', 'assignee__type']) {
      expect(serverFieldOf(attr, 'assignment', 'edit')).toEqual({ field: 'assignee', path: 'assignee' });
    }
  });

  it('puts a top-level filter row’s message on that row’s control, anything deeper on the row', () => {
    expect(serverFieldOf('filters', 'grouping', 'create')).toEqual({ field: 'filters', path: 'filters' });
    expect(serverFieldOf('filters__values__2__value', 'assignment', 'edit')).toEqual({
      field: 'filters',
      path: 'filters.values.2.value',
    });
    expect(serverFieldOf('filters__values__1__values__0__key', 'suppression', 'edit')).toEqual({
      field: 'filters',
      path: 'filters.values.1',
    });
    expect(serverFieldOf('filters__type', 'assignment', 'create')).toEqual({ field: 'filters', path: 'filters' });
  });

  it('maps sampling_rate and description to their fields where the form has them', () => {
    expect(serverFieldOf('sampling_rate', 'suppression', 'edit')).toEqual({
      field: 'samplingPercent',
      path: 'samplingPercent',
    });
    expect(serverFieldOf('description', 'grouping', 'create')).toEqual({ field: 'description', path: 'description' });
  });

  it('leaves to the general message what no field of this form shows', () => {
    expect(serverFieldOf(null, 'assignment', 'edit')).toBeNull();
    expect(serverFieldOf('order_key', 'assignment', 'create')).toBeNull();
    expect(serverFieldOf('sampling_rate', 'assignment', 'edit')).toBeNull();
    // A grouping rule's assignee and description are locked while editing: nothing there to show it on.
    expect(serverFieldOf('assignee__id', 'grouping', 'edit')).toBeNull();
    expect(serverFieldOf('description', 'grouping', 'edit')).toBeNull();
  });
});
