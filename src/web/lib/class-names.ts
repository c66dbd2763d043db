/** Joins the truthy class names: `cx('button', primary && 'button--primary')`. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
