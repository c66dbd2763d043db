import { screen } from '@testing-library/react';
import { renderApp } from './render-app';

/** The whole app at `path`, once the page's lazily loaded chunk has rendered its heading (slow on a busy machine). */
export async function openPage(path: string) {
  const view = renderApp(path);
  await screen.findByRole('heading', { level: 1 }, { timeout: 8000 });
  return view;
}
