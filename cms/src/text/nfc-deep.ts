import { toNfc } from '@hoilhpn/vietnamese';

/**
 * Every string in `value`, at any depth (fields, components, dynamic zones,
 * rich-text text nodes, JSON), in Unicode NFC. Returns the same object when
 * nothing changed, so callers can tell whether they must write anything.
 */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') {
    const normalized = toNfc(value);
    return (normalized === value ? value : normalized) as T;
  }
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const normalized = nfcDeep(item);
      if (normalized !== item) changed = true;
      return normalized;
    });
    return (changed ? items : value) as T;
  }
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      const normalized = nfcDeep(item);
      if (normalized !== item) changed = true;
      return [key, normalized] as const;
    });
    return (changed ? Object.fromEntries(entries) : value) as T;
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
