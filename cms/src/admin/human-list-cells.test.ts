import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENUMERATION_LABELS } from '@hoilhpn/content/labels';
import { humanListCells, type ListHeader } from './human-list-cells';
import { vi } from './translations/vi';

const API = path.join(__dirname, '..', 'api');

/** Every enumeration attribute of the CMS's content types: [type, field, values]. */
function enumerations(): [string, string, string[]][] {
  return readdirSync(API).flatMap((api) => {
    const dir = path.join(API, api, 'content-types');
    return readdirSync(dir).flatMap((type) => {
      const schema = JSON.parse(readFileSync(path.join(dir, type, 'schema.json'), 'utf8')) as { attributes: Record<string, { type: string; enum?: string[] }> };
      return Object.entries(schema.attributes)
        .filter(([, attribute]) => attribute.type === 'enumeration')
        .map(([field, attribute]): [string, string, string[]] => [`api::${api}.${type}`, field, attribute.enum ?? []]);
    });
  });
}

describe('enumeration labels in the admin', () => {
  it('has a Vietnamese label for every value of every enumeration, in the admin’s messages too', () => {
    const found = enumerations();
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const [type, field, values] of found) {
      for (const value of values) {
        expect(ENUMERATION_LABELS[value], `${type}.${field}: ${value}`).toMatch(/\S/);
        expect(vi[value], `${type}.${field}: ${value}`).toBe(ENUMERATION_LABELS[value]);
      }
    }
  });
});

describe('humanListCells', () => {
  const headers: ListHeader[] = [
    { name: 'fullName', attribute: { type: 'string' } },
    { name: 'position', attribute: { type: 'enumeration' } },
    { name: 'startYear', attribute: { type: 'integer' } },
    { name: 'classCount', attribute: { type: 'integer' } },
  ];
  const { displayedHeaders, layout } = humanListCells({ displayedHeaders: headers, layout: { kept: true } });
  const cell = (name: string, row: Record<string, unknown>) => displayedHeaders.find((header) => header.name === name)!.cellFormatter?.(row);

  it('shows an enumeration’s label instead of its code, and the code when it has none', () => {
    expect(cell('position', { position: 'chu_tich' })).toBe('Chủ tịch');
    expect(cell('position', { position: 'gia_tri_moi' })).toBe('gia_tri_moi');
    expect(cell('position', { position: null })).toBe('-');
  });

  it('shows a year’s four digits, without the thousands separator', () => {
    expect(cell('startYear', { startYear: 2017 })).toBe('2017');
    expect(cell('startYear', { startYear: null })).toBe('-');
  });

  it('leaves every other column and the layout to Strapi', () => {
    expect(displayedHeaders.find((header) => header.name === 'fullName')!.cellFormatter).toBeUndefined();
    expect(displayedHeaders.find((header) => header.name === 'classCount')!.cellFormatter).toBeUndefined();
    expect(layout).toEqual({ kept: true });
  });
});
