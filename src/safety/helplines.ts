/**
 * Crisis and domestic-abuse helplines by country, authored in `src/safety/helplines.yaml`
 * and validated here so a wrong or half-written entry fails at start-up with a one-line
 * error naming the entry, instead of reaching a person in crisis as a broken number.
 *
 * Also works out which country's helplines to show: the person's `/country` setting, else
 * their time zone, else their Telegram language (see {@link resolveCountry}), and parses the
 * `/country <input>` argument (see {@link parseCountry}).
 *
 * Everything except {@link loadHelplines} is pure; the caller reads the YAML once and passes
 * the result down.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getAllCountries, getCountriesForTimezone, getCountry } from 'countries-and-timezones';
import { z } from 'zod';
import { readYaml } from '../yaml.ts';

/** One helpline: at least one of `phone`, `sms`, `chat` or `web`. */
export interface HelplineService {
  name: string;
  /** As dialled inside the country, e.g. `116 123`, `1-800-799-7233`, `*4141`. */
  phone?: string | undefined;
  /** How to text, in words: `Text 988`, `Text START to 88788`, `WhatsApp 800 4673`. */
  sms?: string | undefined;
  /** Web chat address. */
  chat?: string | undefined;
  /** The service's own site. */
  web?: string | undefined;
  /** Opening hours where the source states them, e.g. `24/7`. */
  hours?: string | undefined;
  /** ISO 639-1 codes of the languages answered in, where the source states them. */
  languages?: string[] | undefined;
  notes?: string | undefined;
  /** The public page the entry was checked against. */
  source: string;
  /** The day it was checked, `YYYY-MM-DD`. */
  checked: string;
}

/** Everything known for one country. */
export interface CountryHelplines {
  /** English name. */
  name: string;
  /** The main emergency number (ambulance/police). */
  emergency: string;
  /** Other emergency numbers, in words. */
  emergencyNote?: string | undefined;
  /** Suicide-prevention / crisis lines, best first; may be empty. */
  crisis: HelplineService[];
  /** Domestic-abuse / intimate-partner-violence lines, best first; may be empty. */
  domesticViolence: HelplineService[];
}

/** The worldwide directory used when a country has no entry (or no crisis line). */
export interface InternationalHelpline {
  name: string;
  web: string;
  /** Per-country page with `{country}` standing for the ISO code, e.g. `https://findahelpline.com/{country}`. */
  countryPage?: string | undefined;
  notes?: string | undefined;
  source: string;
  checked: string;
}

/** The whole helplines file. */
export interface Helplines {
  international: InternationalHelpline;
  /** Keyed by ISO 3166-1 alpha-2 code (upper case). */
  countries: Record<string, CountryHelplines>;
}

/** What to show a person in a given country. */
export interface HelplinesForCountry {
  /** The ISO code looked up, upper case; null when no valid country was given. */
  country: string | null;
  /** The country's entry; null when the file has none (show {@link international}). */
  entry: CountryHelplines | null;
  international: InternationalHelpline;
  /** The directory page for the country when known, else the directory's home page. */
  directoryUrl: string;
}

/** Where {@link resolveCountry} found the country. */
export type CountrySource = 'setting' | 'time-zone' | 'language' | 'unknown';

/** The result of {@link resolveCountry}. */
export interface ResolvedCountry {
  country: string | null;
  source: CountrySource;
}

/** What is known about a person that hints at their country. */
export interface CountryHints {
  /** Their `/country` setting (ISO code), if any. */
  chosen?: string | null | undefined;
  /** Their IANA time zone, e.g. `Europe/Berlin`. */
  timeZone?: string | null | undefined;
  /** Telegram's `language_code`, an IETF tag such as `pt-br`, `en`, `uk`. */
  languageCode?: string | null | undefined;
}

/** The shipped data file, beside this module's source (also when running the build in `dist/`). */
export const HELPLINES_FILE = fileURLToPath(new URL('../../src/safety/helplines.yaml', import.meta.url));

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Digits with spaces or hyphens, optionally led by `+` or `*`, optionally `ext. N`. */
const PHONE_RE = /^[+*]?\d(?:[\d -]*\d)?(?: ext\. \d+)?$/;

const text = (max: number) =>
  z.string().trim().min(1, 'is empty').max(max, `is longer than ${max} characters`);

const httpsUrl = z.string().refine(
  (s) => /^https:\/\/[^\s/]+\.[^\s/]+(?:[/?#]\S*)?$/.test(s) && URL.canParse(s),
  'must be a full https:// address',
);

const phone = z
  .string()
  .regex(PHONE_RE, 'must be a phone number as dialled: digits, spaces and hyphens (e.g. "116 123")');

const checked = z.string().refine((s) => DATE_RE.test(s) && isRealDate(s), 'must be a date written YYYY-MM-DD');

const serviceSchema = z
  .strictObject({
    name: text(100),
    phone: phone.optional(),
    sms: text(100).optional(),
    chat: httpsUrl.optional(),
    web: httpsUrl.optional(),
    hours: text(100).optional(),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/, 'must be a lower-case ISO 639 language code like "en"'))
      .min(1, 'is empty')
      .optional(),
    notes: text(300).optional(),
    source: httpsUrl,
    checked,
  })
  .refine((s) => s.phone !== undefined || s.sms !== undefined || s.chat !== undefined || s.web !== undefined, {
    message: 'needs at least one of phone, sms, chat or web',
  });

const countrySchema = z.strictObject({
  name: text(100),
  emergency: phone,
  emergencyNote: text(200).optional(),
  crisis: z.array(serviceSchema).default([]),
  domesticViolence: z.array(serviceSchema).default([]),
});

const helplinesSchema = z.strictObject({
  international: z.strictObject({
    name: text(100),
    web: httpsUrl,
    countryPage: httpsUrl
      .refine((s) => s.includes('{country}'), 'must contain {country} where the country code goes')
      .optional(),
    notes: text(300).optional(),
    source: httpsUrl,
    checked,
  }),
  countries: z
    .record(z.string(), countrySchema)
    .superRefine((countries, ctx) => {
      for (const code of Object.keys(countries)) {
        if (isoCode(code) !== code) {
          ctx.addIssue({
            code: 'custom',
            path: [code],
            message: 'is not an ISO 3166-1 alpha-2 country code in capitals (e.g. "DE")',
          });
        }
      }
    }),
});

/**
 * Reads and validates the helplines file. The only I/O in this module; call it once at
 * start-up and pass the result down.
 *
 * @throws Error with one line: `<file>: <where>: <problem>`.
 */
export async function loadHelplines(path: string): Promise<Helplines> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseHelplines(source, path);
}

/**
 * Validates helplines from YAML text; `fileName` only labels errors. Split from
 * {@link loadHelplines} so tests and tools can check text without a file.
 *
 * @throws Error with one line: `<file>: <where>: <problem>` (plus how many more problems),
 * e.g. `helplines.yaml: countries.GB.crisis[0] (name "Samaritans").phone: must be text`.
 */
export function parseHelplines(source: string, fileName: string): Helplines {
  let data: unknown;
  try {
    data = readYaml(source);
  } catch (error) {
    throw new Error(`${fileName}: invalid YAML: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) throw new Error(`${fileName}: the file is empty`);
  const result = helplinesSchema.safeParse(data, { error: plainTypeMessage });
  if (result.success) return result.data;

  const [issue, ...rest] = result.error.issues;
  if (issue === undefined) throw new Error(`${fileName}: invalid helplines`);
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  throw new Error(`${fileName}: ${describePath(issue.path, data)}: ${issue.message}${more}`);
}

/**
 * The helplines to show for `country` (an ISO code, any case). When the file has no entry
 * for it, or no country is known, `entry` is null and the caller shows the international
 * directory: `directoryUrl` is its page for the country when the code is valid.
 */
export function helplinesFor(data: Helplines, country: string | null | undefined): HelplinesForCountry {
  const code = country === null || country === undefined ? null : isoCode(country);
  const { international } = data;
  const directoryUrl =
    code !== null && international.countryPage !== undefined
      ? international.countryPage.replace('{country}', code)
      : international.web;
  const entry = code === null ? null : (data.countries[code] ?? null);
  return { country: code, entry, international, directoryUrl };
}

/**
 * Which country a person is probably in: their `/country` setting first, else their IANA
 * time zone (a zone shared by several countries gives its main one; `UTC` and `Etc/*` give
 * nothing), else a region in their Telegram language tag (`pt-br` → BR), else a language
 * spoken mainly in one country (`de` → DE, `uk` → UA; not `en`, `es`, `pt`, `fr`, `ar`...).
 */
export function resolveCountry(hints: CountryHints): ResolvedCountry {
  const chosen = hints.chosen === null || hints.chosen === undefined ? null : isoCode(hints.chosen);
  if (chosen !== null) return { country: chosen, source: 'setting' };
  const fromZone = countryForTimeZone(hints.timeZone);
  if (fromZone !== null) return { country: fromZone, source: 'time-zone' };
  const fromLanguage = countryForLanguage(hints.languageCode);
  if (fromLanguage !== null) return { country: fromLanguage, source: 'language' };
  return { country: null, source: 'unknown' };
}

/**
 * The country named by a `/country` argument: an ISO code in any case (`de`, `GB`, also
 * `UK`), an English name (`Germany`, `the Netherlands`, `USA`), a common native name
 * (`Deutschland`, `España`, `Россия`, `日本`), or a flag emoji; case and accents are ignored.
 * Returns the upper-case ISO code, or null when the input names no country.
 */
export function parseCountry(input: string): string | null {
  const trimmed = input.trim();
  if (/^\p{Regional_Indicator}{2}$/u.test(trimmed)) {
    // A flag emoji is two regional-indicator letters: 🇩🇪 = D E.
    return isoCode(String.fromCharCode(...[...trimmed].map((c) => (c.codePointAt(0) ?? 0) - 0x1f1e6 + 65)));
  }
  const key = normalizeName(trimmed);
  if (key === '') return null;
  if (/^[a-z]{2}$/.test(key)) return isoCode(key);
  return COUNTRY_NAMES.get(key) ?? null;
}

/** The English name of an ISO code (any case), or null if it is not a country code. */
export function countryName(code: string): string | null {
  const iso = isoCode(code);
  return iso === null ? null : (NAME_OVERRIDES[iso] ?? getCountry(iso)?.name ?? null);
}

/** `2026-12-02` is; `2026-02-30` is not. */
function isRealDate(ymd: string): boolean {
  const date = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === ymd;
}

/** `de`, ` DE ` → `DE`; `UK` → `GB`; anything that is not a known alpha-2 code → null. */
function isoCode(value: string): string | null {
  const upper = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return null;
  const code = upper === 'UK' ? 'GB' : upper;
  return getCountry(code) === null ? null : code;
}

function countryForTimeZone(timeZone: string | null | undefined): string | null {
  const zone = timeZone?.trim() ?? '';
  if (zone === '' || /^(?:Etc\/|UTC$|UCT$|GMT|Universal$|Zulu$|Greenwich$)/i.test(zone)) return null;
  const [first] = getCountriesForTimezone(zone, { deprecated: true });
  return first === undefined ? null : isoCode(first.id);
}

function countryForLanguage(languageCode: string | null | undefined): string | null {
  const parts = (languageCode ?? '').trim().toLowerCase().split(/[-_]/);
  const [language, ...subtags] = parts;
  if (language === undefined || !/^[a-z]{2,3}$/.test(language)) return null;
  for (const subtag of subtags) {
    if (/^[a-z]{4}$/.test(subtag)) continue; // script, e.g. zh-hant-tw, sr-latn-rs
    if (/^[a-z]{2}$/.test(subtag)) {
      const region = isoCode(subtag);
      if (region !== null) return region;
    }
    break; // a numeric region (es-419) or a variant: no single country
  }
  return LANGUAGE_COUNTRY[language] ?? null;
}

/** Lower case, accents and other marks removed, punctuation as single spaces, no leading "the". */
function normalizeName(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * Languages spoken mainly in one country, so a bare Telegram language code points there.
 * Left out on purpose: languages of many countries (en, es, pt, fr, ar, zh, sw, bn, ur...).
 */
const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = {
  am: 'ET', az: 'AZ', be: 'BY', bg: 'BG', cs: 'CZ', da: 'DK', de: 'DE', el: 'GR', et: 'EE',
  fa: 'IR', fi: 'FI', fil: 'PH', ga: 'IE', he: 'IL', hi: 'IN', hr: 'HR', hu: 'HU', hy: 'AM',
  id: 'ID', in: 'ID', is: 'IS', it: 'IT', iw: 'IL', ja: 'JP', ka: 'GE', kk: 'KZ', km: 'KH',
  ko: 'KR', ky: 'KG', lb: 'LU', lo: 'LA', lt: 'LT', lv: 'LV', mk: 'MK', mn: 'MN', ms: 'MY',
  mt: 'MT', my: 'MM', nb: 'NO', ne: 'NP', nl: 'NL', nn: 'NO', no: 'NO', pl: 'PL', ro: 'RO',
  ru: 'RU', si: 'LK', sk: 'SK', sl: 'SI', sq: 'AL', sr: 'RS', sv: 'SE', tg: 'TJ', th: 'TH',
  tk: 'TM', tl: 'PH', tr: 'TR', uk: 'UA', uz: 'UZ', vi: 'VN',
};

/** Shorter English names than the library's (`United States of America`). */
const NAME_OVERRIDES: Readonly<Record<string, string>> = { US: 'United States' };

/** English aliases and common native names (and Russian/Ukrainian ones, common among our users). */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  AE: ['UAE', 'Emirates', 'الإمارات', 'الإمارات العربية المتحدة', 'ОАЭ', 'Эмираты'],
  AM: ['Հայաստան', 'Армения', 'Вірменія'],
  AR: ['Аргентина', 'Argentine', 'Argentinien'],
  AT: ['Österreich', 'Oesterreich', 'Австрия', 'Австрія', 'Autriche'],
  AU: ['Австралия', 'Австралія', 'Australie', 'Australien'],
  AZ: ['Azərbaycan', 'Азербайджан'],
  BE: ['België', 'Belgique', 'Belgien', 'Бельгия', 'Бельгія'],
  BG: ['България', 'Болгария'],
  BR: ['Brasil', 'Бразилия', 'Бразилія', 'Brésil', 'Brasilien', 'Brasile', 'Brazylia', 'Brezilya'],
  BY: ['Беларусь', 'Білорусь', 'Белоруссия', 'Byelorussia', 'Weißrussland', 'Biélorussie'],
  CA: ['Канада', 'Kanada'],
  CH: ['Schweiz', 'Suisse', 'Svizzera', 'Svizra', 'Швейцария', 'Швейцарія', 'Suiza', 'Suíça'],
  CL: ['Чили', 'Чилі', 'Chili'],
  CI: ["Côte d'Ivoire"],
  CN: ['中国', '中國', 'Китай', 'PRC'],
  CO: ['Колумбия', 'Колумбія', 'Colombie', 'Kolumbien'],
  CZ: ['Česko', 'Česká republika', 'Czech Republic', 'Чехия', 'Чехія'],
  DE: [
    'Deutschland', 'Германия', 'Німеччина', 'Allemagne', 'Alemania', 'Germania', 'Niemcy', 'Almanya', 'Alemanha',
    'ドイツ',
  ],
  DK: ['Danmark', 'Дания', 'Данія'],
  EE: ['Eesti', 'Эстония', 'Естонія'],
  EG: ['مصر', 'Египет', 'Єгипет', 'Égypte', 'Egipto'],
  ES: ['España', 'Испания', 'Іспанія', 'Espagne', 'Spanien', 'Spagna', 'Hiszpania', 'İspanya', 'Espanha'],
  FI: ['Suomi', 'Финляндия', 'Фінляндія'],
  FR: ['Франция', 'Франція', 'Francia', 'Frankreich', 'Francja', 'Fransa', 'França'],
  GB: [
    'UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
    'Великобритания', 'Великобританія', 'Британия', 'Англия', 'Англія', 'Royaume-Uni', 'Reino Unido',
    'Regno Unito', 'Wielka Brytania', 'Großbritannien', 'Vereinigtes Königreich', 'Birleşik Krallık',
  ],
  GE: ['საქართველო', 'Sakartvelo', 'Грузия', 'Грузія'],
  GR: ['Ελλάδα', 'Ελλάς', 'Hellas', 'Греция', 'Греція'],
  HR: ['Hrvatska', 'Хорватия'],
  HU: ['Magyarország', 'Венгрия', 'Угорщина'],
  ID: ['Индонезия'],
  IE: ['Éire', 'Eire', 'Republic of Ireland', 'Ирландия', 'Ірландія'],
  IL: ['ישראל', 'Израиль', 'Ізраїль', 'إسرائيل'],
  IN: ['भारत', 'Bharat', 'Индия', 'Індія'],
  IR: ['ایران', 'Иран', 'Іран', 'Persia'],
  IT: ['Italia', 'Италия', 'Італія', 'Italie', 'Italien', 'Włochy', 'İtalya', 'Itália'],
  JP: ['日本', 'Nippon', 'Nihon', 'Япония', 'Японія', 'Japon', 'Giappone', 'Japonia', 'Japão', 'Japonya'],
  KG: ['Кыргызстан', 'Киргизия', 'Kirghizia'],
  KR: ['대한민국', '한국', 'Korea', 'Republic of Korea', 'Южная Корея', 'Південна Корея', 'Корея'],
  KZ: ['Казахстан', 'Қазақстан', 'Qazaqstan'],
  LB: ['لبنان', 'Liban', 'Líbano', 'Ливан', 'Ліван'],
  LT: ['Lietuva', 'Литва'],
  LV: ['Latvija', 'Латвия', 'Латвія'],
  MA: ['المغرب', 'Maroc', 'Marruecos', 'Марокко'],
  MD: ['Молдова', 'Молдавия'],
  MX: ['México', 'Мексика', 'Mexique', 'Mexiko', 'Messico', 'Meksyk', 'Meksika'],
  MY: ['Малайзия'],
  NL: [
    'Nederland', 'Holland', 'Нидерланды', 'Нідерланди', 'Голландия', 'Pays-Bas', 'Niederlande', 'Países Bajos',
    'Paesi Bassi',
  ],
  NO: ['Norge', 'Noreg', 'Норвегия', 'Норвегія'],
  NZ: ['Aotearoa', 'Новая Зеландия', 'Нова Зеландія'],
  PE: ['Perú', 'Перу'],
  PH: ['Pilipinas', 'Филиппины'],
  PL: ['Polska', 'Польша', 'Польща', 'Pologne', 'Polen', 'Polonia', 'Polonya', 'Polónia'],
  PT: ['Португалия', 'Португалія', 'Portogallo'],
  RO: ['România', 'Румыния', 'Румунія'],
  RS: ['Србија', 'Srbija', 'Сербия', 'Сербія'],
  RU: [
    'Russian Federation', 'Россия', 'Российская Федерация', 'РФ', 'Росія', 'Russie', 'Russland',
    'Rusia', 'Rosja', 'Rusya', 'Rússia', 'ロシア',
  ],
  SA: ['Saudi', 'KSA', 'السعودية', 'المملكة العربية السعودية', 'Саудовская Аравия'],
  SE: ['Sverige', 'Швеция', 'Швеція'],
  SG: ['Singapura', '新加坡', 'Сингапур'],
  SI: ['Slovenija', 'Словения'],
  SK: ['Slovensko', 'Словакия'],
  TH: ['ประเทศไทย', 'Таиланд'],
  TR: [
    'Türkiye', 'Turkiye', 'Turkey', 'Турция', 'Туреччина', 'Turquie', 'Türkei', 'Turchia', 'Turquía', 'Turcja',
    'Turquia',
  ],
  UA: ['Україна', 'Украина', 'Ucrania', 'Ucraina', 'Ukraina', 'Ukrayna', 'Ucrânia'],
  US: [
    'USA', 'America', 'United States', 'США', 'Соединённые Штаты', 'Америка', 'États-Unis',
    'Estados Unidos', 'EEUU', 'Stati Uniti', 'Vereinigte Staaten', 'Stany Zjednoczone', 'ABD', 'アメリカ',
  ],
  UZ: ['Oʻzbekiston', "O'zbekiston", 'Ўзбекистон', 'Узбекистан'],
  VN: ['Việt Nam', 'Viet Nam', 'Вьетнам'],
  ZA: ['RSA', 'Suid-Afrika', 'ЮАР', 'Южная Африка', 'Південна Африка'],
};

/** Normalized name → ISO code: the library's English names, then {@link EXTRA_NAMES}. */
const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ...Object.values(getAllCountries()).map((c) => [normalizeName(c.name), c.id] as const),
  ...Object.entries(EXTRA_NAMES).flatMap(([code, names]) => names.map((n) => [normalizeName(n), code] as const)),
]);

/** Author-facing wording for wrong or missing YAML values (zod's default names JS types). */
function plainTypeMessage(issue: {
  code?: string;
  input?: unknown;
  expected?: unknown;
  keys?: readonly string[];
}): string | undefined {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys ?? [];
    return `has unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined || issue.input === null) return 'is missing';
  const mapping = 'a mapping (key: value lines)';
  const expected = { array: 'a list', object: mapping, record: mapping, string: 'text' }[String(issue.expected)];
  const hint =
    issue.expected === 'string' && typeof issue.input === 'number' ? ' (put numbers in quotes: "116 123")' : '';
  return `must be ${expected ?? String(issue.expected)}${hint}`;
}

/** `countries.GB.crisis.0.phone` -> `countries.GB.crisis[0] (name "Samaritans").phone`. */
function describePath(path: readonly PropertyKey[], data: unknown): string {
  if (path.length === 0) return 'top level';
  let where = '';
  let node: unknown = data;
  for (const key of path) {
    where += typeof key === 'number' ? `[${key}]` : `${where === '' ? '' : '.'}${String(key)}`;
    node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && typeof node === 'object' && node !== null) {
      const name = (node as { name?: unknown }).name;
      if (typeof name === 'string') where += ` (name "${name}")`;
    }
  }
  return where;
}
