import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseDays, parseLocalTime, parseTimeZone, placeName, suggestPlace } from '../../../src/reminders/parse.ts';
import { text } from '../../helpers/texts.ts';

describe('parseLocalTime', () => {
  it.each([
    ['20:30', '20:30'],
    ['8:30', '08:30'],
    ['08:30', '08:30'],
    [' 7:05 ', '07:05'],
    ['8pm', '20:00'],
    ['8 pm', '20:00'],
    ['8PM', '20:00'],
    ['8:30pm', '20:30'],
    ['8:30 PM', '20:30'],
    ['8.30 p.m.', '20:30'],
    ['8am', '08:00'],
    ['12am', '00:00'],
    ['12:15am', '00:15'],
    ['12pm', '12:00'],
    ['12:45pm', '12:45'],
    ['20.30', '20:30'],
    ['20h30', '20:30'],
    ['20h', '20:00'],
    ['2030', '20:30'],
    ['0830', '08:30'],
    ['830', '08:30'],
    ['8', '08:00'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
    ['noon', '12:00'],
    ['Midnight', '00:00'],
    ['８:３０', '08:30'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseLocalTime(input)).toBe(expected);
  });

  it.each(['25:00', '24:00', '8:75', '8:5', 'eight', 'eight thirty', 'tomorrow', '', '13pm', '0am', '2560', '8:30:00', '-8', 'at 8'])(
    'rejects %j',
    (input) => {
      expect(parseLocalTime(input)).toBeNull();
    },
  );

  it('offers a hint with examples', () => {
    expect(text('remind-bad-time')).toMatch(/e\.g\. \/remind 20:30/);
  });
});

describe('parseTimeZone', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin', 'Europe/Berlin'],
    ['europe/berlin', 'Europe/Berlin', 'Europe/Berlin'],
    ['AMERICA/NEW_YORK', 'America/New_York', 'America/New_York'],
    ['Asia/Calcutta', 'Asia/Kolkata', 'Asia/Kolkata'],
    ['asia/kolkata', 'Asia/Kolkata', 'Asia/Kolkata'],
    ['Europe/Kyiv', 'Europe/Kyiv', 'Europe/Kyiv'],
    ['US/Eastern', 'America/New_York', 'America/New_York'],
    ['Berlin', 'Europe/Berlin', 'Europe/Berlin'],
    ['new york', 'America/New_York', 'America/New_York'],
    ['New_York', 'America/New_York', 'America/New_York'],
    ['sao paulo', 'America/Sao_Paulo', 'America/Sao_Paulo'],
    ['São Paulo', 'America/Sao_Paulo', 'America/Sao_Paulo'],
    ['London', 'Europe/London', 'Europe/London'],
    ['kyiv', 'Europe/Kyiv', 'Europe/Kyiv'],
    ['Kiev', 'Europe/Kyiv', 'Europe/Kyiv'],
    ['Buenos Aires', 'America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['port au prince', 'America/Port-au-Prince', 'America/Port-au-Prince'],
    ['Mumbai', 'Asia/Kolkata', 'Asia/Kolkata (Mumbai)'],
    ['delhi', 'Asia/Kolkata', 'Asia/Kolkata (Delhi)'],
    ['Bangalore', 'Asia/Kolkata', 'Asia/Kolkata (Bangalore)'],
    ['San Francisco', 'America/Los_Angeles', 'America/Los_Angeles (San Francisco)'],
    ['los angeles', 'America/Los_Angeles', 'America/Los_Angeles'],
    ['Seattle', 'America/Los_Angeles', 'America/Los_Angeles (Seattle)'],
    ['Boston', 'America/New_York', 'America/New_York (Boston)'],
    ['Washington', 'America/New_York', 'America/New_York (Washington)'],
    ['Munich', 'Europe/Berlin', 'Europe/Berlin (Munich)'],
    ['Beijing', 'Asia/Shanghai', 'Asia/Shanghai (Beijing)'],
    ['Shenzhen', 'Asia/Shanghai', 'Asia/Shanghai (Shenzhen)'],
    ['Saint Petersburg', 'Europe/Moscow', 'Europe/Moscow (Saint Petersburg)'],
    ['nyc', 'America/New_York', 'America/New_York (NYC)'],
    ['UTC', 'UTC', 'UTC'],
    ['gmt', 'UTC', 'UTC'],
    ['UTC+0', 'UTC', 'UTC'],
    ['UTC+2', 'UTC+2', 'UTC+02:00'],
    ['utc +2', 'UTC+2', 'UTC+02:00'],
    ['UTC-03:00', 'UTC-3', 'UTC-03:00'],
    ['GMT-5:30', 'UTC-5:30', 'UTC-05:30'],
    ['+02:00', 'UTC+2', 'UTC+02:00'],
    ['+0530', 'UTC+5:30', 'UTC+05:30'],
    ['UTC+5:45', 'UTC+5:45', 'UTC+05:45'],
    ['UTC+14', 'UTC+14', 'UTC+14:00'],
    ['UTC−12', 'UTC-12', 'UTC-12:00'],
  ])('reads %j as %s', (input, zone, label) => {
    expect(parseTimeZone(input)).toMatchObject({ zone, label });
  });

  it.each(['Mars', 'Europe/Atlantis', '', '   ', 'UTC+15', 'UTC-14:30', 'GMT+3:75', 'local', 'system', 'berlin berlin', '5'])(
    'rejects %j',
    (input) => {
      expect(parseTimeZone(input)).toBeNull();
    },
  );

  it('produces zones Luxon accepts, with the expected offsets', () => {
    const at = { zone: 'utc' } as const;
    const instant = DateTime.fromISO('2025-01-15T12:00:00Z', at);
    for (const [input, offset] of [
      ['UTC+5:30', 330],
      ['GMT-5:30', -330],
      ['UTC-3', -180],
      ['Mumbai', 330],
      ['Berlin', 60],
    ] as const) {
      const parsed = parseTimeZone(input);
      expect(parsed).not.toBeNull();
      expect(instant.setZone(parsed?.zone).offset).toBe(offset);
    }
  });

  it('only maps to zones the runtime knows', () => {
    for (const city of ['Mumbai', 'Hanoi', 'Kharkiv', 'Cape Town', 'Calgary', 'Wellington', 'Porto', 'EST', 'CET']) {
      const parsed = parseTimeZone(city);
      expect(parsed, city).not.toBeNull();
      expect(DateTime.now().setZone(parsed?.zone).isValid, city).toBe(true);
    }
  });

  it('offers a hint with examples', () => {
    expect(text('remind-bad-zone')).toMatch(/Europe\/Berlin/);
  });
});

describe('parseDays', () => {
  it.each([
    ['1', 1],
    ['7', 7],
    [' 7 days ', 7],
    ['1 day', 1],
    ['3d', 3],
    ['2w', 14],
    ['2 weeks', 14],
    ['90', 90],
  ])('reads %j as %i days', (input, days) => {
    expect(parseDays(input)).toEqual({ ok: true, days });
  });

  it.each(['0', '91', '13 weeks', '1000'])('refuses %j as out of range', (input) => {
    expect(parseDays(input)).toEqual({ ok: false, error: 'out-of-range' });
  });

  it.each(['', 'abc', '-3', '3.5', 'a week', '<b>7</b>'])('refuses %j as unreadable', (input) => {
    expect(parseDays(input)).toEqual({ ok: false, error: 'unreadable' });
  });

  it('says what works, without echoing the input', () => {
    expect(text('remind-days-out-of-range', { min: 1, max: 90 })).toMatch(/1 to 90 days/);
    expect(text('remind-days-unreadable', { min: 1, max: 90 })).toContain('from 1 to 90, e.g. /pause 7');
  });
});

describe('"City, Country" and the place said back', () => {
  it.each([
    ['Paris, France', 'Europe/Paris', 'Paris'],
    ['paris, france', 'Europe/Paris', 'Paris'],
    ['Munich, Germany', 'Europe/Berlin', 'Munich'],
    ['Dortmund, Germany', 'Europe/Berlin', 'Dortmund'],
    ['Lyon, FR', 'Europe/Paris', 'Lyon'],
    ['New York, USA', 'America/New_York', 'New York'],
    ['Kyiv, Ukraine', 'Europe/Kyiv', 'Kyiv'],
    ['São Paulo, Brazil', 'America/Sao_Paulo', 'São Paulo'],
    ['Leeds, UK', 'Europe/London', 'Leeds'],
    ['Berlin,', 'Europe/Berlin', 'Berlin'],
    ['Paris, Texas', 'Europe/Paris', 'Paris'], // not a country we know: the city wins
    ['Pairs, France', 'Europe/Paris', 'Pairs'], // an unknown town in a country with one time
    ['München', 'Europe/Berlin', 'München'],
  ])('reads %j as %s, said back as %j', (input, zone, place) => {
    expect(parseTimeZone(input)).toMatchObject({ zone, place });
  });

  it.each(['Springfield, USA', 'London, Canada', 'Nowhere, Narnia', ', France', 'Europe/Berlin, Germany'])(
    'gives no guess for %j (several zones, a city elsewhere, or nothing known)',
    (input) => {
      expect(parseTimeZone(input)).toBeNull();
    },
  );

  it('keeps the place the person typed, never a time abbreviation or an offset', () => {
    expect(parseTimeZone('Munich')?.place).toBe('Munich');
    expect(parseTimeZone('munich')?.place).toBe('Munich');
    expect(parseTimeZone('Mumbai')).toMatchObject({ zone: 'Asia/Kolkata', place: 'Mumbai' });
    expect(parseTimeZone('NYC')).toMatchObject({ zone: 'America/New_York', place: 'NYC' });
    expect(parseTimeZone('CET')).toMatchObject({ zone: 'Europe/Berlin', place: null });
    expect(parseTimeZone('Europe/Berlin')?.place).toBeNull();
    expect(parseTimeZone('UTC+2')?.place).toBeNull();
    expect(parseTimeZone('UTC')?.place).toBeNull();
  });

  it('names a zone by its place, or its city, or not at all', () => {
    expect(placeName('Europe/Berlin', 'Munich')).toBe('Munich');
    expect(placeName('Europe/Berlin', null)).toBe('Berlin');
    expect(placeName('America/New_York', null)).toBe('New York');
    expect(placeName('America/Argentina/Buenos_Aires', null)).toBe('Buenos Aires');
    expect(placeName('UTC', null)).toBeNull();
    expect(placeName('UTC+5:30', null)).toBeNull();
  });
});

describe('suggestPlace', () => {
  it.each([
    ['Berlim', 'berlin', 'Berlin'],
    ['berln', 'berlin', 'Berlin'],
    ['Pariss', 'paris', 'Paris'],
    ['Pairs', 'paris', 'Paris'],
    ['Chicgo, USA', 'chicago', 'Chicago'],
    ['Amsterdm', 'amsterdam', 'Amsterdam'],
    ['Barcelonna', 'barcelona', 'Barcelona'],
  ])('suggests %j -> %s', (input, key, name) => {
    expect(parseTimeZone(input)).toBeNull();
    const suggestion = suggestPlace(input);
    expect(suggestion).toEqual({ key, name });
    expect(parseTimeZone(suggestion!.key)).not.toBeNull(); // the button's key reads back as the place
  });

  it.each(['Narnia', 'xyz', 'Bln', 'qwertyuiop', 'Hogwarts'])('suggests nothing for %j', (input) => {
    expect(suggestPlace(input)).toBeNull();
  });
});
