/**
 * Parsing what people type into `/remind`, `/timezone` and `/pause`. Pure: each parser
 * returns a normalized value or a result a command can turn into a friendly reply (the
 * words of that reply, with examples of what works, are in `locales/<language>/reminders.ftl`).
 *
 * @module
 */
import { getCountry } from 'countries-and-timezones';
import { DateTime, FixedOffsetZone } from 'luxon';
import { parseCountry } from '../safety/helplines.ts';

/** The range `/pause` accepts, in days. */
export const PAUSE_DAYS = { min: 1, max: 90 } as const;

/** A time zone as we store it (`zone`) and as we show it back to the person (`label`). */
export interface ParsedTimeZone {
  /** A zone string Luxon and Intl understand: canonical IANA name, `UTC`, or `UTC+5:30`. */
  zone: string;
  /** What to echo back, e.g. `Europe/Berlin`, `Asia/Kolkata (Mumbai)`, `UTC+05:30`. */
  label: string;
  /**
   * The place the person named, to say "Munich time" back to them: their city as typed
   * (`Munich`, `Lyon`), null when they typed a zone name, an abbreviation or an offset (then
   * {@link placeName} derives one from the zone, or there is none).
   */
  place: string | null;
}

/** A near miss of a place we know: its lookup key (for a button) and how to say it. */
export interface PlaceSuggestion {
  key: string;
  name: string;
}

/**
 * Outcome of {@link parseDays}: a day count, or why not: `unreadable` (not a number of days) or
 * `out-of-range` (outside {@link PAUSE_DAYS}).
 */
export type ParsedDays = { ok: true; days: number } | { ok: false; error: 'unreadable' | 'out-of-range' };

/**
 * A typed time of day as `HH:MM` (24 h), or null. Accepts `20:30`, `8:30`, `08:30`, `20.30`,
 * `20h30`, `20h`, `8`, `2030`/`830` (digits only: read as HHMM/HMM), `8pm`, `8 pm`, `8:30pm`,
 * `8.30 p.m.`, `12am` (00:00), `12pm` (12:00), `noon`, `midnight`. Rejects `24:00`, `25:00`,
 * `8:75`, `13pm`, `0am` and words.
 */
export function parseLocalTime(input: string): string | null {
  const text = input
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\b([ap])\.? ?m\.?$/, '$1m');
  if (text === 'noon') return '12:00';
  if (text === 'midnight') return '00:00';

  const match =
    /^(\d{1,2})(?: ?[:.h] ?(\d{2}))?h? ?(am|pm)?$/.exec(text) ??
    /^(\d{1,2})(\d{2}) ?(am|pm)?$/.exec(text);
  if (match === null) return null;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3];
  if (minute > 59) return null;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * A typed time zone, or null. Accepts IANA names in any case (`europe/berlin` ->
 * `Europe/Berlin`, old names upgraded: `Asia/Calcutta` -> `Asia/Kolkata`), the city part of
 * a zone name (`Berlin`, `new york`, `New_York`, `são paulo`), a few big cities and common
 * abbreviations that are not zone names (`Mumbai`, `San Francisco`, `Munich`, `Kyiv`, `EST`),
 * `UTC`/`GMT`, and offsets (`UTC+2`, `UTC-03:00`, `GMT-5:30`, `+02:00`, `+0530`) up to ±14:00,
 * stored as a fixed-offset zone such as `UTC+5:30`.
 *
 * "City, Country" (`Paris, France`, `Dortmund, Germany`, `Lyon, FR`) is read as the city
 * when we know it and it lies in that country, else as the country when all of it keeps one
 * time (`Dortmund, Germany` -> Europe/Berlin, said back as "Dortmund time"); a country with
 * several zones and an unknown or foreign city gives null rather than a guess.
 *
 * Fixed offsets never change for DST, which is why a named zone is preferred when we have one.
 */
export function parseTimeZone(input: string): ParsedTimeZone | null {
  const text = clean(input);
  if (text === '' || text.length > 64) return null;
  const comma = text.indexOf(',');
  if (comma < 0) return parseOne(text);

  const cityPart = text.slice(0, comma).trim();
  const countryPart = text.slice(comma + 1).trim();
  if (cityPart === '' || cityPart.includes('/')) return null;
  const city = parseOne(cityPart);
  const country = countryPart === '' ? null : parseCountry(countryPart);
  if (city !== null && (country === null || countryZones(country).includes(city.zone) || sameTime(city.zone, countryZone(country)))) {
    return city;
  }
  const zone = country === null ? null : countryZone(country);
  if (zone === null) return null;
  return { zone, label: zone, place: asTyped(cityPart) };
}

/** One place, zone name, abbreviation or offset (no "City, Country"). */
function parseOne(text: string): ParsedTimeZone | null {
  const offset = parseOffsetMinutes(text);
  if (offset !== undefined) return offset === null ? null : fixedOffsetZone(offset);

  if (text.includes('/')) {
    const zone = canonicalIanaName(text);
    return zone === null ? null : { zone, label: zone, place: null };
  }

  const key = cityKey(text);
  const alias = ALIASES[key];
  if (alias !== undefined) {
    const sameCity = cityKey(alias.slice(alias.lastIndexOf('/') + 1)) === key;
    const place = ABBREVIATIONS.has(key) ? null : asTyped(text);
    return { zone: alias, label: sameCity ? alias : `${alias} (${displayName(key)})`, place };
  }
  const zone = cityIndex().get(key);
  return zone === undefined ? null : { zone, label: zone, place: asTyped(text) };
}

/**
 * A place we know that is one or two letters away from what was typed (`Berlim` -> Berlin,
 * `Pariss, France` -> Paris), for a "Did you mean …?" button; null when nothing is close, when
 * two different zones are equally close, or when the text is too short to guess from.
 */
export function suggestPlace(input: string): PlaceSuggestion | null {
  const text = clean(input);
  const typed = cityKey(text.includes(',') ? text.slice(0, text.indexOf(',')) : text);
  if (typed.length < 4 || typed.length > 40) return null;
  const allowed = typed.length >= 8 ? 2 : 1;
  const candidates = new Map<string, string>(cityIndex());
  for (const [key, zone] of Object.entries(ALIASES)) if (!ABBREVIATIONS.has(key)) candidates.set(key, zone);
  let best: { key: string; zone: string; distance: number } | null = null;
  let tied = false;
  for (const [key, zone] of candidates) {
    if (key.length < 4 || Math.abs(key.length - typed.length) > allowed) continue;
    const distance = editDistance(typed, key, allowed);
    if (distance > allowed || distance === 0) continue;
    if (best === null || distance < best.distance) {
      best = { key, zone, distance };
      tied = false;
    } else if (distance === best.distance && zone !== best.zone) {
      tied = true;
    }
  }
  if (best === null || tied || !/^[a-z0-9 .'-]+$/.test(best.key)) return null;
  return { key: best.key, name: displayName(best.key) };
}

/**
 * How to name a person's zone in a sentence ("every day at 20:00, <b>Munich</b> time"): the
 * place they typed, else the city of the zone name (`America/New_York` -> `New York`); null
 * for UTC and fixed offsets, which have no place.
 */
export function placeName(timeZone: string, place: string | null): string | null {
  if (place !== null && place.trim() !== '') return place;
  if (!timeZone.includes('/') || timeZone.startsWith('Etc/')) return null;
  return timeZone.slice(timeZone.lastIndexOf('/') + 1).replaceAll('_', ' ');
}

function clean(input: string): string {
  return input.normalize('NFKC').trim().replace(/\s+/g, ' ').replace(/[\u2212\u2013]/g, '-');
}

/** The place as the person wrote it, capitalised if they typed it all in lower case. */
function asTyped(text: string): string {
  const trimmed = text.trim().slice(0, 40);
  return trimmed === trimmed.toLowerCase() ? displayName(trimmed) : trimmed;
}

/**
 * The zone of a country that keeps one time everywhere (its zones agree in January and
 * July), or null for one with several (the United States, Spain with the Canaries).
 */
function countryZone(country: string): string | null {
  const zones = countryZones(country);
  const first = zones[0];
  if (first === undefined) return null;
  return zones.every((z) => sameTime(z, first)) ? (canonicalIanaName(first) ?? null) : null;
}

function countryZones(country: string): readonly string[] {
  return getCountry(country as Parameters<typeof getCountry>[0])?.timezones ?? [];
}

/** Whether two zones show the same time in January and in July of this year. */
function sameTime(a: string, b: string | null): boolean {
  if (b === null) return false;
  const year = DateTime.utc().year;
  return [1, 7].every((month) => {
    const at = DateTime.utc(year, month, 15, 12);
    return at.setZone(a).offset === at.setZone(b).offset;
  });
}

/**
 * The optimal-string-alignment distance (edits, with swaps of neighbours as one), giving up
 * early once it exceeds `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/**
 * The argument of `/pause <days>`: `7`, `7d`, `7 days`, `1 day`, `2w`, `2 weeks` -> days,
 * within {@link PAUSE_DAYS}; otherwise why not (the reply never echoes the input).
 */
export function parseDays(input: string): ParsedDays {
  const text = input.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  const match = /^(\d{1,4})(?: ?(d|days?|w|wks?|weeks?))?$/.exec(text);
  if (match === null) return { ok: false, error: 'unreadable' };
  const unit = match[2] ?? 'd';
  const days = Number(match[1]) * (unit.startsWith('w') ? 7 : 1);
  if (days < PAUSE_DAYS.min || days > PAUSE_DAYS.max) return { ok: false, error: 'out-of-range' };
  return { ok: true, days };
}

const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * `undefined` when the text is not an offset at all, `null` when it is one but out of range,
 * else the offset in minutes east of UTC.
 */
function parseOffsetMinutes(text: string): number | null | undefined {
  const lower = text.toLowerCase();
  if (lower === 'utc' || lower === 'gmt' || lower === 'z' || lower === 'etc/utc' || lower === 'etc/gmt') return 0;
  const match = /^(?:(?:utc|gmt) ?)?([+-]) ?(\d{1,2})(?:(?::|\.|h)?(\d{2}))?$/.exec(lower);
  if (match === null) return undefined;
  const hours = Number(match[2]);
  const minutes = match[3] === undefined ? 0 : Number(match[3]);
  if (minutes > 59) return null;
  const total = hours * 60 + minutes;
  if (total > MAX_OFFSET_MINUTES) return null;
  return match[1] === '-' ? -total : total;
}

function fixedOffsetZone(offsetMinutes: number): ParsedTimeZone {
  if (offsetMinutes === 0) return { zone: 'UTC', label: 'UTC', place: null };
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const label = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  // Luxon's own name for the zone (`UTC+5:30`), so what we store round-trips through Luxon.
  return { zone: FixedOffsetZone.instance(offsetMinutes).name, label, place: null };
}

/**
 * ICU (and so Intl) still reports some zones by their pre-rename names; people and the IANA
 * database use the new ones. Both are valid for Intl and Luxon.
 */
const MODERN_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** The IANA name with its canonical casing, or null if Intl does not know it. */
function canonicalIanaName(name: string): string | null {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  // Intl also folds links into their target (`US/Eastern` -> `America/New_York`), as we want.
  return MODERN_NAMES[resolved] ?? resolved;
}

/**
 * Big cities, countries with a single zone, and abbreviations people type, that are not the
 * city part of a zone name. Keys are {@link cityKey}s.
 */
const ALIASES: Readonly<Record<string, string>> = {
  // India
  mumbai: 'Asia/Kolkata', bombay: 'Asia/Kolkata', delhi: 'Asia/Kolkata', 'new delhi': 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata', bengaluru: 'Asia/Kolkata', chennai: 'Asia/Kolkata', hyderabad: 'Asia/Kolkata',
  pune: 'Asia/Kolkata', india: 'Asia/Kolkata', ist: 'Asia/Kolkata',
  // United States and Canada
  'san francisco': 'America/Los_Angeles', sf: 'America/Los_Angeles', 'los angeles': 'America/Los_Angeles',
  la: 'America/Los_Angeles', seattle: 'America/Los_Angeles', 'san diego': 'America/Los_Angeles',
  'san jose': 'America/Los_Angeles', 'las vegas': 'America/Los_Angeles', pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles', pacific: 'America/Los_Angeles',
  boston: 'America/New_York', washington: 'America/New_York', 'washington dc': 'America/New_York',
  dc: 'America/New_York', nyc: 'America/New_York', 'new york city': 'America/New_York', miami: 'America/New_York', atlanta: 'America/New_York',
  philadelphia: 'America/New_York', est: 'America/New_York', edt: 'America/New_York', eastern: 'America/New_York',
  dallas: 'America/Chicago', houston: 'America/Chicago', austin: 'America/Chicago', 'new orleans': 'America/Chicago',
  cst: 'America/Chicago', cdt: 'America/Chicago', central: 'America/Chicago',
  'salt lake city': 'America/Denver', mst: 'America/Denver', mountain: 'America/Denver',
  montreal: 'America/Toronto', ottawa: 'America/Toronto', calgary: 'America/Edmonton',
  // Europe
  munich: 'Europe/Berlin', munchen: 'Europe/Berlin', muenchen: 'Europe/Berlin', koln: 'Europe/Berlin', hamburg: 'Europe/Berlin', frankfurt: 'Europe/Berlin', cologne: 'Europe/Berlin',
  germany: 'Europe/Berlin', cet: 'Europe/Berlin', cest: 'Europe/Berlin',
  manchester: 'Europe/London', edinburgh: 'Europe/London', birmingham: 'Europe/London', uk: 'Europe/London',
  england: 'Europe/London', bst: 'Europe/London',
  lyon: 'Europe/Paris', marseille: 'Europe/Paris', france: 'Europe/Paris',
  barcelona: 'Europe/Madrid', valencia: 'Europe/Madrid', seville: 'Europe/Madrid',
  milan: 'Europe/Rome', naples: 'Europe/Rome', florence: 'Europe/Rome', italy: 'Europe/Rome',
  geneva: 'Europe/Zurich', krakow: 'Europe/Warsaw', poland: 'Europe/Warsaw', porto: 'Europe/Lisbon',
  'the hague': 'Europe/Amsterdam', rotterdam: 'Europe/Amsterdam', netherlands: 'Europe/Amsterdam',
  kharkiv: 'Europe/Kyiv', lviv: 'Europe/Kyiv', odesa: 'Europe/Kyiv',
  odessa: 'Europe/Kyiv', ukraine: 'Europe/Kyiv',
  'saint petersburg': 'Europe/Moscow', 'st petersburg': 'Europe/Moscow', 'st. petersburg': 'Europe/Moscow',
  msk: 'Europe/Moscow',
  // Asia and Oceania
  beijing: 'Asia/Shanghai', shenzhen: 'Asia/Shanghai', guangzhou: 'Asia/Shanghai', china: 'Asia/Shanghai',
  osaka: 'Asia/Tokyo', kyoto: 'Asia/Tokyo', japan: 'Asia/Tokyo', jst: 'Asia/Tokyo',
  'ho chi minh city': 'Asia/Ho_Chi_Minh', hanoi: 'Asia/Ho_Chi_Minh', 'abu dhabi': 'Asia/Dubai',
  'tel aviv': 'Asia/Jerusalem', israel: 'Asia/Jerusalem',
  canberra: 'Australia/Sydney', aest: 'Australia/Sydney', wellington: 'Pacific/Auckland',
  'new zealand': 'Pacific/Auckland',
  // Latin America and Africa
  rio: 'America/Sao_Paulo', 'rio de janeiro': 'America/Sao_Paulo', brasilia: 'America/Sao_Paulo',
  'cape town': 'Africa/Johannesburg',
};

/** Aliases that name a time, not a place: "EST time" is not said back; the zone's city is. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ist', 'pst', 'pdt', 'pacific', 'est', 'edt', 'eastern', 'cst', 'cdt', 'central', 'mst', 'mountain',
  'cet', 'cest', 'bst', 'msk', 'jst', 'aest',
]);

/** Lower case, no accents, `_`/`-`/spaces folded: `São_Paulo` -> `sao paulo`. */
function cityKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\s-]+/g, ' ')
    .trim();
}

/**
 * City part of every zone Intl knows -> the zone (`new york` -> `America/New_York`), old names
 * included (`calcutta`). Rebuilt per call (a few hundred names, well under a millisecond)
 * rather than cached in module state.
 */
function cityIndex(): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  const names = [...Intl.supportedValuesOf('timeZone'), ...Object.values(MODERN_NAMES)];
  // Shorter names first, so `America/Indiana/Indianapolis`-style duplicates do not win.
  names.sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  for (const name of names) {
    if (!name.includes('/') || name.startsWith('Etc/')) continue;
    const city = name.slice(name.lastIndexOf('/') + 1);
    const key = cityKey(city);
    if (!index.has(key)) index.set(key, MODERN_NAMES[name] ?? name);
  }
  return index;
}

/** `san francisco` -> `San Francisco`; short keys are abbreviations: `nyc` -> `NYC`. */
function displayName(key: string): string {
  if (key.length <= 3) return key.toUpperCase();
  return key.replace(/(^|[\s.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
