export const pageSizes = [25, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];
export const defaultPageSize: PageSize = 25;

/** `?page=` (1-based); anything that is not a positive integer is page 1. */
export function readPage(params: URLSearchParams): number {
  const value = params.get('page') ?? '';
  return /^\d{1,7}$/.test(value) && Number(value) >= 1 ? Number(value) : 1;
}

/** `?size=`, one of the offered sizes, else the default. */
export function readPageSize(params: URLSearchParams): PageSize {
  const value = Number(params.get('size'));
  return pageSizes.find((size) => size === value) ?? defaultPageSize;
}

/** The API's LimitOffset window of a page. */
export const pageWindow = (page: number, pageSize: number) => ({ limit: pageSize, offset: (page - 1) * pageSize });
