import { describe, expect, test } from 'vitest';
import { isCountry } from '../../../src/engine/text/countries.js';

describe('isCountry', () => {
  test.each(['Kanada', 'Korea Selatan', 'Amerika Serikat', 'United States', 'Finlandia', 'Germany', 'Jerman', 'Rusia'])('%s is a country', (name) => {
    expect(isCountry(name)).toBe(true);
  });
  test.each(['Toronto', 'Anchorage', 'Kremlin', 'Jawa Tengah', 'AS', 'Seoul National University'])('%s is not', (name) => {
    expect(isCountry(name)).toBe(false);
  });
});
