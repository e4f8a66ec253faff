import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  countryName,
  helplinesFor,
  loadHelplines,
  parseCountry,
  parseHelplines,
  resolveCountry,
  type Helplines,
} from '../../../src/safety/helplines.ts';

const HELPLINES_FILE = fileURLToPath(new URL('../../../src/safety/helplines.yaml', import.meta.url));

/** Countries the bot must always cover. */
const REQUIRED = ['US', 'GB', 'IE', 'CA', 'AU', 'IN', 'DE', 'FR', 'ES', 'IT', 'BR', 'MX', 'RU', 'UA', 'PL', 'TR', 'JP'];

/**
 * Required countries where no national crisis line could be verified: they keep the
 * emergency number, a domestic-violence line and the Find A Helpline page. Türkiye has no
 * national suicide line (112 is the advice; 183 is the ALO social-support line).
 */
const NO_VERIFIED_CRISIS_LINE = new Set(['TR']);

const data: Helplines = await loadHelplines(HELPLINES_FILE);

/** A minimal valid file with `countries` replaced, to test one problem at a time. */
function yamlWith(countries: string): string {
  return `international:
  name: Find A Helpline
  web: https://findahelpline.com
  countryPage: https://findahelpline.com/{country}
  source: https://findahelpline.com/AU
  checked: 2026-12-02
countries:
${countries}`;
}

const okCountry = `  GB:
    name: United Kingdom
    emergency: "999"
    crisis:
      - name: Samaritans
        phone: "116 123"
        source: https://www.samaritans.org
        checked: 2026-12-02
`;

function parseError(countries: string): string {
  try {
    parseHelplines(yamlWith(countries), 'h.yaml');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseHelplines to fail');
}

describe('src/safety/helplines.yaml', () => {
  it('loads, with at least 40 countries', () => {
    expect(Object.keys(data.countries).length).toBeGreaterThanOrEqual(40);
  });

  it.each(REQUIRED)('has %s with an emergency number and a crisis line with a phone', (code) => {
    const entry = data.countries[code];
    expect(entry, code).toBeDefined();
    expect(entry?.emergency).toMatch(/^\d+$/);
    if (NO_VERIFIED_CRISIS_LINE.has(code)) {
      expect(entry?.domesticViolence.some((s) => s.phone !== undefined)).toBe(true);
    } else {
      expect(entry?.crisis.some((s) => s.phone !== undefined), code).toBe(true);
    }
  });

  it('has 988 (call or text) for the US', () => {
    const lifeline = data.countries.US?.crisis.find((s) => s.phone === '988');
    expect(lifeline?.sms).toMatch(/988/);
    expect(data.countries.US?.emergency).toBe('911');
  });

  it.each(['GB', 'IE'])('has Samaritans 116 123 for %s', (code) => {
    const samaritans = data.countries[code]?.crisis.find((s) => s.phone === '116 123');
    expect(samaritans?.name).toMatch(/Samaritans/);
  });

  it('has an https source and a check date on every entry', () => {
    const services = Object.entries(data.countries).flatMap(([code, c]) =>
      [...c.crisis, ...c.domesticViolence].map((s) => ({ code, ...s })),
    );
    expect(services.length).toBeGreaterThan(80);
    for (const s of [data.international, ...services]) {
      expect(s.source, s.name).toMatch(/^https:\/\//);
      expect(s.checked, s.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has a name matching the code for every country', () => {
    for (const [code, entry] of Object.entries(data.countries)) {
      expect(parseCountry(entry.name), entry.name).toBe(code);
    }
  });

  it('has a per-country Find A Helpline page', () => {
    expect(data.international.web).toBe('https://findahelpline.com');
    expect(data.international.countryPage).toContain('{country}');
  });
});

describe('parseHelplines errors', () => {
  it('accepts a minimal valid file and defaults missing lists to empty', () => {
    const parsed = parseHelplines(yamlWith(okCountry), 'h.yaml');
    expect(parsed.countries.GB?.crisis[0]?.phone).toBe('116 123');
    expect(parsed.countries.GB?.domesticViolence).toEqual([]);
  });

  it('names the entry when a phone number is not quoted', () => {
    const message = parseError(okCountry.replace('"116 123"', '116123'));
    expect(message).toBe(
      'h.yaml: countries.GB.crisis[0] (name "Samaritans").phone: must be text (put numbers in quotes: "116 123")',
    );
  });

  it('rejects a phone number with letters', () => {
    expect(parseError(okCountry.replace('"116 123"', '"call 116 123"'))).toMatch(
      /^h\.yaml: countries\.GB\.crisis\[0\] \(name "Samaritans"\)\.phone: must be a phone number/,
    );
  });

  it('requires a way to reach the service', () => {
    expect(parseError(okCountry.replace('        phone: "116 123"\n', ''))).toBe(
      'h.yaml: countries.GB.crisis[0] (name "Samaritans"): needs at least one of phone, sms, chat or web',
    );
  });

  it('requires an https source and a real check date', () => {
    expect(parseError(okCountry.replace('https://www.samaritans.org', 'http://www.samaritans.org'))).toBe(
      'h.yaml: countries.GB.crisis[0] (name "Samaritans").source: must be a full https:// address',
    );
    expect(parseError(okCountry.replace('        source: https://www.samaritans.org\n', ''))).toBe(
      'h.yaml: countries.GB.crisis[0] (name "Samaritans").source: is missing',
    );
    expect(parseError(okCountry.replace('checked: 2026-12-02', 'checked: 2026-02-30'))).toBe(
      'h.yaml: countries.GB.crisis[0] (name "Samaritans").checked: must be a date written YYYY-MM-DD',
    );
  });

  it('rejects unknown keys and country codes', () => {
    expect(parseError(okCountry.replace('        checked:', '        fax: "123"\n        checked:'))).toBe(
      'h.yaml: countries.GB.crisis[0] (name "Samaritans"): has unknown key "fax"',
    );
    expect(parseError(okCountry.replace('  GB:', '  UK:'))).toBe(
      'h.yaml: countries.UK: is not an ISO 3166-1 alpha-2 country code in capitals (e.g. "DE")',
    );
    expect(parseError(okCountry.replace('  GB:', '  gb:'))).toMatch(/^h\.yaml: countries\.gb: is not an ISO/);
  });

  it('counts further problems on the same line', () => {
    const message = parseError(okCountry.replace('"116 123"', '116123').replace('"999"', '999'));
    expect(message).toMatch(/^h\.yaml: countries\.GB\.emergency: must be text .*\(and 1 more problem\)$/);
    expect(message).not.toContain('\n');
  });

  it('reports invalid YAML, an empty file and an unreadable file on one line', async () => {
    const invalid = (() => {
      try {
        parseHelplines('countries: [unclosed', 'h.yaml');
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(invalid).toMatch(/^h\.yaml: invalid YAML: /);
    expect(invalid).not.toContain('\n');
    expect(() => parseHelplines('', 'h.yaml')).toThrow('h.yaml: the file is empty');
    await expect(loadHelplines('/nonexistent/helplines.yaml')).rejects.toThrow(
      '/nonexistent/helplines.yaml: cannot read the file (ENOENT)',
    );
  });
});

describe('helplinesFor', () => {
  it('returns the country entry and its directory page, in any case', () => {
    const result = helplinesFor(data, 'de');
    expect(result.country).toBe('DE');
    expect(result.entry?.name).toBe('Germany');
    expect(result.directoryUrl).toBe('https://findahelpline.com/DE');
  });

  it('falls back to the international entry for a country without data', () => {
    const result = helplinesFor(data, 'BY');
    expect(result.entry).toBeNull();
    expect(result.international.name).toBe('Find A Helpline');
    expect(result.directoryUrl).toBe('https://findahelpline.com/BY');
  });

  it('falls back to the directory home page when no country is known', () => {
    for (const country of [null, undefined, 'zz', 'Germany']) {
      const result = helplinesFor(data, country);
      expect(result.country).toBeNull();
      expect(result.entry).toBeNull();
      expect(result.directoryUrl).toBe('https://findahelpline.com');
    }
  });
});

describe('resolveCountry', () => {
  it('prefers the /country setting', () => {
    expect(resolveCountry({ chosen: 'fr', timeZone: 'Europe/Berlin', languageCode: 'pl' })).toEqual({
      country: 'FR',
      source: 'setting',
    });
  });

  it('ignores an invalid setting and uses the time zone', () => {
    expect(resolveCountry({ chosen: 'ZZ', timeZone: 'Europe/Berlin' })).toEqual({ country: 'DE', source: 'time-zone' });
  });

  it.each([
    ['Europe/Berlin', 'DE'],
    ['Europe/Zurich', 'CH'],
    ['Europe/London', 'GB'],
    ['Europe/Kiev', 'UA'],
    ['Europe/Kyiv', 'UA'],
    ['Asia/Calcutta', 'IN'],
    ['America/Sao_Paulo', 'BR'],
    ['America/New_York', 'US'],
    ['Asia/Dubai', 'AE'],
    ['Africa/Johannesburg', 'ZA'],
  ])('maps the time zone %s to %s', (timeZone, country) => {
    expect(resolveCountry({ timeZone, languageCode: 'ja' })).toEqual({ country, source: 'time-zone' });
  });

  it.each(['UTC', 'Etc/UTC', 'Etc/GMT+3', 'GMT', 'Not/AZone', ''])('skips the time zone %j', (timeZone) => {
    expect(resolveCountry({ timeZone, languageCode: 'de' })).toEqual({ country: 'DE', source: 'language' });
  });

  it.each([
    ['pt-br', 'BR'],
    ['en-gb', 'GB'],
    ['en-GB', 'GB'],
    ['en_US', 'US'],
    ['es-mx', 'MX'],
    ['en-uk', 'GB'],
    ['zh-hant-tw', 'TW'],
    ['de', 'DE'],
    ['it', 'IT'],
    ['pl', 'PL'],
    ['uk', 'UA'],
    ['tr', 'TR'],
    ['ja', 'JP'],
    ['ru', 'RU'],
    ['nl', 'NL'],
    ['ko', 'KR'],
  ])('maps the language %s to %s', (languageCode, country) => {
    expect(resolveCountry({ languageCode })).toEqual({ country, source: 'language' });
  });

  it.each(['en', 'es', 'pt', 'fr', 'ar', 'zh', 'zh-hans', 'es-419', 'xx', '', 'english'])(
    'gives nothing for the language %j',
    (languageCode) => {
      expect(resolveCountry({ timeZone: 'UTC', languageCode })).toEqual({ country: null, source: 'unknown' });
    },
  );

  it('gives nothing when nothing is known', () => {
    expect(resolveCountry({})).toEqual({ country: null, source: 'unknown' });
    expect(resolveCountry({ chosen: null, timeZone: null, languageCode: null })).toEqual({
      country: null,
      source: 'unknown',
    });
  });
});

describe('parseCountry', () => {
  it.each([
    ['de', 'DE'],
    ['DE', 'DE'],
    [' us ', 'US'],
    ['uk', 'GB'],
    ['UK', 'GB'],
    ['Germany', 'DE'],
    ['germany', 'DE'],
    ['Deutschland', 'DE'],
    ['United Kingdom', 'GB'],
    ['Great Britain', 'GB'],
    ['United States', 'US'],
    ['USA', 'US'],
    ['the Netherlands', 'NL'],
    ['Netherlands', 'NL'],
    ['Nederland', 'NL'],
    ['España', 'ES'],
    ['espana', 'ES'],
    ['ESPAÑA', 'ES'],
    ['Brasil', 'BR'],
    ['Россия', 'RU'],
    ['россия', 'RU'],
    ['Україна', 'UA'],
    ['Украина', 'UA'],
    ['Türkiye', 'TR'],
    ['Turkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Polska', 'PL'],
    ['Italia', 'IT'],
    ['Österreich', 'AT'],
    ['osterreich', 'AT'],
    ['Schweiz', 'CH'],
    ['Suisse', 'CH'],
    ['Svizzera', 'CH'],
    ['México', 'MX'],
    ['mexico', 'MX'],
    ['日本', 'JP'],
    ['Éire', 'IE'],
    ['Ireland', 'IE'],
    ['Česko', 'CZ'],
    ['Ελλάδα', 'GR'],
    ['대한민국', 'KR'],
    ['Қазақстан', 'KZ'],
    ['Côte d’Ivoire', 'CI'],
    ["Cote d'Ivoire", 'CI'],
    ['Ivory Coast', 'CI'],
    ['🇧🇷', 'BR'],
  ])('reads %j as %s', (input, code) => {
    expect(parseCountry(input)).toBe(code);
  });

  it.each(['', '  ', 'xx', 'ZZ', 'Narnia', 'Europe', 'germanyy', '123'])('rejects %j', (input) => {
    expect(parseCountry(input)).toBeNull();
  });
});

describe('countryName', () => {
  it('names a code in English', () => {
    expect(countryName('de')).toBe('Germany');
    expect(countryName('US')).toBe('United States');
    expect(countryName('xx')).toBeNull();
  });
});
