/** The entries that share one value of a field: the value's key (its page's address is made from it), its label, the entries. */
export interface Group<Key, Entry> {
  key: Key;
  label: string;
  entries: Entry[];
}

/** Entries grouped by the value `valueOf` finds in each (null: the entry is in no group), groups in the order first met. */
export function groupBy<Key, Entry>(entries: readonly Entry[], valueOf: (entry: Entry) => { key: Key; label: string } | null): Group<Key, Entry>[] {
  const groups = new Map<Key, Group<Key, Entry>>();
  for (const entry of entries) {
    const value = valueOf(entry);
    if (!value) continue;
    const group = groups.get(value.key) ?? { ...value, entries: [] };
    group.entries.push(entry);
    groups.set(value.key, group);
  }
  return [...groups.values()];
}
