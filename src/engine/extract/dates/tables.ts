/**
 * The words time expressions are made of, Indonesian and English side by side. They are data, not
 * code: there is no maintained Indonesian date parser to lean on, and news in either language
 * quotes dates in the other's style, so both vocabularies are always active. Keys are lower case;
 * no word here means one thing in one language and another thing in the other.
 */

/** Full month names (and Indonesian spelling variants). */
export const MONTHS: Record<string, number> = {
  januari: 1, january: 1,
  februari: 2, pebruari: 2, february: 2,
  maret: 3, march: 3,
  april: 4,
  mei: 5, may: 5,
  juni: 6, june: 6,
  juli: 7, july: 7,
  agustus: 8, august: 8,
  september: 9, oktober: 10, october: 10,
  november: 11, nopember: 11,
  desember: 12, december: 12,
};

/** Abbreviations, read only next to a day or a year ("Aug. 15", "Agu 2025"). */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, agu: 8, agt: 8, ags: 8, aug: 8,
  sep: 9, sept: 9, okt: 10, oct: 10, nov: 11, des: 12, dec: 12,
};

/** English words that are months only when capitalized ("in May" vs "may", "March" vs "march"). */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar']);

/** Weekday names. "Minggu" is also "week": it is read as Sunday only when capitalized. */
export const WEEKDAYS = [
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'jum’at', 'sabtu', 'minggu', 'ahad',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];
/** English weekday abbreviations, read only before a date ("Fri., Aug. 15"). */
export const WEEKDAY_ABBREVIATIONS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];

/** Number words that stand alone or start a compound; "a"/"an" are handled apart (see numbers.ts). */
export const NUMBER_WORDS: Record<string, number> = {
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
  sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000,
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

/** Words that scale what precedes them: "dua puluh" = 20, "tiga ratus" = 300, "two hundred". */
export const MULTIPLIERS: Record<string, number> = { puluh: 10, ratus: 100, ribu: 1000, hundred: 100, thousand: 1000 };
/** Indonesian teens: "dua belas" = 12. */
export const TEEN = 'belas';

/** Quantities without a number: the expression is a time span, but no ISO value follows. */
export const VAGUE_QUANTITIES = [
  'beberapa', 'belasan', 'puluhan', 'ratusan', 'several', 'a few', 'a couple of', 'dozens of', 'hundreds of', 'many',
];

/** Time units → ISO 8601 designator and how many of it one unit is. */
export type Designator = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S';
export const UNITS: Record<string, { unit: Designator; count: number }> = {
  detik: { unit: 'S', count: 1 }, second: { unit: 'S', count: 1 }, seconds: { unit: 'S', count: 1 },
  menit: { unit: 'MIN', count: 1 }, minute: { unit: 'MIN', count: 1 }, minutes: { unit: 'MIN', count: 1 },
  jam: { unit: 'H', count: 1 }, hour: { unit: 'H', count: 1 }, hours: { unit: 'H', count: 1 },
  hari: { unit: 'D', count: 1 }, day: { unit: 'D', count: 1 }, days: { unit: 'D', count: 1 },
  minggu: { unit: 'W', count: 1 }, pekan: { unit: 'W', count: 1 }, week: { unit: 'W', count: 1 }, weeks: { unit: 'W', count: 1 },
  fortnight: { unit: 'W', count: 2 }, fortnights: { unit: 'W', count: 2 },
  bulan: { unit: 'M', count: 1 }, month: { unit: 'M', count: 1 }, months: { unit: 'M', count: 1 },
  tahun: { unit: 'Y', count: 1 }, year: { unit: 'Y', count: 1 }, years: { unit: 'Y', count: 1 },
  windu: { unit: 'Y', count: 8 },
  dekade: { unit: 'Y', count: 10 }, dasawarsa: { unit: 'Y', count: 10 }, decade: { unit: 'Y', count: 10 }, decades: { unit: 'Y', count: 10 },
  abad: { unit: 'Y', count: 100 }, century: { unit: 'Y', count: 100 }, centuries: { unit: 'Y', count: 100 },
};
/** Units that may take the Indonesian prefix "se-" (= one): "sejam", "setahun", "sepekan". */
export const SE_UNITS = ['detik', 'menit', 'jam', 'hari', 'minggu', 'pekan', 'bulan', 'tahun', 'windu', 'dekade', 'abad'];
/** Units long enough to stand without a number before "terakhir" ("dekade terakhir" = the last ten years). */
export const BARE_LONG_UNITS = ['dekade', 'dasawarsa', 'abad'];

/** Words before a span that bound or approximate it; they stay in the text because they change its meaning. */
export const QUALIFIERS = [
  'lebih dari', 'kurang dari', 'kurang lebih', 'lebih kurang', 'sekitar', 'hampir', 'nyaris', 'setidaknya',
  'sedikitnya', 'paling tidak', 'paling lama', 'paling sedikit', 'tidak sampai', 'tak sampai',
  'tidak kurang dari', 'tak kurang dari', 'tidak lebih dari', 'tak lebih dari', 'hingga', 'sampai',
  'more than', 'less than', 'fewer than', 'over', 'under', 'about', 'around', 'nearly', 'almost', 'roughly',
  'approximately', 'some', 'at least', 'at most', 'up to', 'just over', 'just under', 'well over',
  'no more than', 'no less than', 'barely',
];

/** Words after a span that anchor it to now ("dua tahun lalu", "a decade ago"): a relative expression. */
export const RELATIVE_TAILS = [
  'terakhir', 'belakangan ini', 'belakangan', 'yang lalu', 'lalu', 'silam', 'mendatang', 'ke depan', 'lagi',
  'kemudian', 'sebelumnya', 'ago', 'later', 'earlier', 'from now', 'hence',
];
/** English openers that anchor a span to now: "the past two years", "over the next decade". */
export const RELATIVE_LEADS = ['past', 'last', 'next', 'coming', 'previous', 'following', 'preceding'];

/** Fixed relative expressions: deictic words with no length, so no ISO value. */
export const RELATIVE_PHRASES = [
  'kemarin lusa', 'kemarin', 'hari ini', 'besok', 'esok hari', 'esok', 'lusa', 'tadi pagi', 'tadi siang',
  'tadi sore', 'tadi malam', 'pagi ini', 'malam ini', 'dalam waktu dekat', 'baru-baru ini', 'belum lama ini',
  'beberapa waktu lalu', 'beberapa waktu yang lalu',
  'yesterday', 'today', 'tomorrow', 'tonight', 'last night', 'this morning', 'this afternoon', 'this evening',
  'earlier today', 'later today', 'in the near future', 'recently', 'the day before', 'the next day',
  'the following day', 'the previous day', 'the day after',
];
/** Calendar units that, with lalu/depan/ini or last/next/this, name a period relative to now. */
export const RELATIVE_PERIODS_ID = ['pekan', 'minggu', 'bulan', 'tahun', 'akhir pekan', 'awal pekan', 'awal bulan', 'akhir bulan', 'awal tahun', 'akhir tahun', 'pertengahan tahun'];
export const RELATIVE_PERIOD_TAILS_ID = ['lalu', 'depan', 'ini', 'mendatang', 'kemarin'];
export const RELATIVE_PERIODS_EN = ['week', 'weekend', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter'];
export const RELATIVE_PERIOD_LEADS_EN = ['earlier this', 'later this', 'early next', 'late last', 'early this', 'late this', 'last', 'next', 'this'];

/** Words that make a bare 4-digit number a year ("pada 2015", "since 2014"). */
export const YEAR_CUES = [
  'tahun', 'thn.', 'pada', 'sejak', 'semenjak', 'hingga', 'sampai', 'sebelum', 'setelah', 'sesudah', 'menjelang',
  'jelang', 'medio', 'selama', 'in', 'since', 'until', 'till', 'through', 'by', 'before', 'after', 'during', 'circa',
];
/** Cues that make a year only when a range follows ("dari 2014 hingga 2022", "between 2014 and 2022"). */
export const YEAR_RANGE_CUES = ['dari', 'antara', 'from', 'between'];
/** Parts of a period, kept in the text: "awal 2025", "late August". */
export const PERIOD_PARTS = ['awal', 'akhir', 'pertengahan', 'early', 'late', 'mid'];

/** Clock cues and parts of the day (Indonesian counts hours 1–12 with a part of the day). */
export const CLOCK_CUES = ['pukul', 'pkl.', 'jam'];
export const DAY_PARTS: Record<string, 'am' | 'pm' | 'noon' | 'night'> = {
  'dini hari': 'am', pagi: 'am', siang: 'noon', sore: 'pm', petang: 'pm', malam: 'night',
};
/** Time zones kept in a time's text. "waktu <Place>" is read too (see calendar.ts). */
export const ZONES = [
  'WIB', 'WITA', 'WIT', 'GMT', 'UTC', 'ET', 'EDT', 'EST', 'PT', 'PDT', 'PST', 'AKDT', 'AKST', 'MSK',
  'waktu setempat', 'local time',
];

/** Words before a number that make it an age ("berusia 72 tahun"), not a time span. */
export const AGE_CUES = ['berusia', 'usia', 'umur', 'berumur', 'aged', 'age', 'age of'];
