import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExternalLink } from './external-link';

describe('ExternalLink', () => {
  it('opens an http(s) address in a new tab, without opener or referrer', () => {
    render(<ExternalLink url="https://linear.app/acme/issue/ENG-7" />);
    const link = screen.getByRole('link', { name: 'https://linear.app/acme/issue/ENG-7 (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://linear.app/acme/issue/ENG-7');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a url'])('shows %s as text, not a link', (url) => {
    render(<ExternalLink url={url} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(url)).toBeInTheDocument();
    expect(screen.getByText('Unsafe link not opened')).toBeInTheDocument();
  });

  it('says when there is no address', () => {
    render(<ExternalLink url="  " />);
    expect(screen.getByText('No address')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
