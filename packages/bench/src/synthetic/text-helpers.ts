/** Fills {name} placeholders; an unknown name is a bug in the templates, not something to print. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template "${template}" needs {${name}}`);
    return String(value);
  });
}

/** 1250 → "1.250": Vietnamese groups thousands with dots (and no ICU data needed for it). */
export function formatVietnameseNumber(value: number): string {
  const [whole = '0', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** The first letter in upper case, the rest as written ("huyện Lạc Sơn" → "Huyện Lạc Sơn"). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A wall-clock time in Vietnam (UTC+7, no daylight saving) as ISO 8601 with its offset. */
export function vietnamIso(year: number, month: number, day: number, hour = 8, minute = 0): string {
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+07:00`;
}

/** "2023-11-21" → "21/11/2023", as the Union writes dates. */
export function vietnameseDate(year: number, month: number, day: number): string {
  return `${pad(day)}/${pad(month)}/${year}`;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}
