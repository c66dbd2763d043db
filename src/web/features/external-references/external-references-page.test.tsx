import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { backendRoutes, externalReferences, page } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { stubFetch } from '../../test/stub-fetch';

beforeEach(() => resetThrottle());

describe('external references page', () => {
  it('links tickets by their http(s) URL only', async () => {
    const unsafe = {
      ...externalReferences[0]!,
      id: '0190f4c4-8d2a-7a3b-9c1d-000000000031',
      external_url: 'javascript:alert(1)',
    };
    stubFetch({
      ...backendRoutes(),
      '/api/environments/1/error_tracking/external_references/': page([externalReferences[0]!, unsafe]),
    });
    renderApp('/env/1/external-references');

    expect(await screen.findByText('2 references')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /github\.com\/acme\/web\/issues\/12/ })).toHaveAttribute(
      'href',
      'https://github.com/acme/web/issues/12',
    );
    expect(screen.getByText('javascript:alert(1)').closest('a')).toBeNull();
  });
});
