import { describe, expect, it } from 'vitest';
import { adfDocument, jqlTextSearch } from './jira-client';

describe('jira helpers', () => {
  it('keeps JQL to a quoted word search, whatever the input', () => {
    expect(jqlTextSearch('checkout crash')).toBe('text ~ "checkout crash" order by created DESC');
    expect(jqlTextSearch('x" OR project = SECRET OR text ~ "y')).toBe(
      'text ~ "x OR project = SECRET OR text y" order by created DESC',
    );
    expect(jqlTextSearch('\\" *?')).toBe('order by created DESC');
  });

  it('writes an empty description as an empty document', () => {
    expect(adfDocument('\n \n')).toEqual({ type: 'doc', version: 1, content: [] });
  });
});
