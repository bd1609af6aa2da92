import { ENUMERATION_LABELS } from '@hoilhpn/content/labels';

/** The hook through which the content manager's list view lets the admin change its columns. */
export const LIST_COLUMNS_HOOK = 'Admin/CM/pages/ListView/inject-column-in-table';

/** A list-view column as the hook hands it over (the fields this module reads or sets). */
export interface ListHeader {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: (row: Record<string, unknown>) => string;
  [other: string]: unknown;
}

/** What Strapi's list shows for an empty cell. */
const EMPTY = '-';

/** Years are whole numbers the admin would print as "2.017" in Vietnamese: these fields show their digits. */
const isYear = (name: string) => /Year$/.test(name);

/**
 * List columns an editor can read: an enumeration shows its label
 * ("Chủ tịch", not `chu_tich`) and a year its four digits. The labels are the
 * site's own (@hoilhpn/content/labels), so the admin and the site say the same.
 */
export function humanListCells<T extends { displayedHeaders: ListHeader[] }>(input: T): T {
  const displayedHeaders = input.displayedHeaders.map((header): ListHeader => {
    const type = header.attribute?.type;
    const field = header.name.split('.')[0]!;
    if (type === 'enumeration') {
      return {
        ...header,
        cellFormatter: (row) => (typeof row[field] === 'string' ? (ENUMERATION_LABELS[row[field] as string] ?? (row[field] as string)) : EMPTY),
      };
    }
    if ((type === 'integer' || type === 'biginteger') && isYear(field)) {
      return { ...header, cellFormatter: (row) => (row[field] === null || row[field] === undefined ? EMPTY : String(row[field])) };
    }
    return header;
  });
  return { ...input, displayedHeaders };
}
