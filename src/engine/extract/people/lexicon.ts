/**
 * The word lists person finding reads, kept as data: what a title looks like, which capitalized
 * words name places, organisations and events rather than people, which phrases state a side
 * (a country, a bloc, an institution standing for a country) and which state an absence.
 * All entries are lower case with diacritics folded; matching folds the text the same way.
 * Nothing here names a person: people are found by the shape of the text around them.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Title heads: a role phrase needs one ("Menteri", "envoy"); also evidence for a one-word name. */
export const TITLE_HEADS = words(`
  presiden wapres menteri menlu perdana penasihat penasehat utusan duta dubes juru bicara jubir
  sekretaris sekjen direktur kepala ketua gubernur senator kanselir raja ratu pangeran sultan
  panglima jenderal laksamana komandan wali walikota bupati diplomat ajudan asisten deputi
  pejabat negosiator perunding pemimpin paus kaisar pembantu koordinator anggota
  menko menneg menpora mendagri menkeu menhan menkes mendag wamen wamenlu dirut presdir komisaris
  manajer kapolri kapolda kapolres kapolsek kadis kabag kabid kasubag sekda wagub wawali wabup
  pangdam danrem dandim kasad kasal kasau letjen mayjen brigjen kolonel letkol mayor kapten letnan
  sersan kombes kompol akbp humas pelatih sejarawan pengamat ekonom peneliti dosen guru dokter
  profesor aktor aktris penyanyi sutradara atlet pemain pilot hakim jaksa pengacara wartawan
  editor penulis pendiri dirjen
  president minister secretary adviser advisor aide envoy ambassador spokesman spokeswoman
  spokesperson chancellor premier king queen prince general admiral commander director chief
  head chairman chairwoman chair governor congressman congresswoman lawmaker official
  diplomat negotiator leader counterpart deputy assistant mayor pope emperor lady coordinator
  coach historian analyst economist researcher professor actor actress singer player captain
  pilot judge lawyer attorney prosecutor colonel major lieutenant sergeant journalist reporter
  host anchor author writer founder ceo member manager
`);

/** Words that refine a title but cannot make one on their own ("Luar Negeri", "Foreign"). */
export const TITLE_MODIFIERS = words(`
  luar dalam negeri negara khusus besar urusan internasional nasional keamanan pertahanan
  keuangan perdagangan kabinet umum senior utama mantan kepresidenan eksekutif istimewa tinggi
  staf presidensial politik ekonomi energi kehakiman hukum bidang wakil pelaksana
  foreign affairs special state defense defence security national interior treasury finance
  trade commerce energy homeland international press policy prime vice top former longtime
  presidential executive first staff chief close veteran acting
`);

/** Title words after which a capitalized word names a field, not a person: "Kepala Bidang Informasi". */
export const FIELD_OPENERS = words('bidang urusan');

/** Lower-case words that join parts of one title: "Penasihat Presiden untuk Urusan …". */
export const TITLE_CONNECTORS = words('untuk bidang urusan for of on the');

/** Courtesy titles: evidence that the next word is a name, but not a role. */
export const HONORIFICS = words('mr mrs ms dr pak bu bapak ibu sir madame tuan nyonya');

/** Articles that may open a role after a name: "Yury Ushakov, a Kremlin aide". */
export const ROLE_ARTICLES = words('a an the seorang sang selaku sebagai');

/** Lower-case parts of personal names: "bin", "van der". */
export const NAME_PARTICLES = words('bin binti ibn bint van von der den de del della du');

/**
 * Heads of place, organisation, event and document names: a capitalized run holding one is not
 * a person ("Gedung …", "Sidang Umum …", "… House", "Joint Base …", "Undang-Undang …").
 */
export const PLACE_ORG_HEADS = words(`
  undang-undang nomor surat keputusan peraturan konstitusi protokol konvensi perjanjian nobel
  award penghargaan festival kejuaraan olimpiade universiade liga gerakan front revolusi komite
  pesawat kapal satelit pasar desa dusun kecamatan kelurahan distrik kampung polda polres
  polsek kodam pihak taman muara waduk bendungan pegunungan kepulauan suaka cagar patung
  monumen tugu candi stasiun terminal laboratorium balai sistem program proyek indeks unit
  grup orkestra yayasan koperasi asosiasi himpunan perhimpunan ikatan persatuan serikat dinas
  subdinas direktorat kejaksaan kepolisian pengadilan sekretariat bursa harian majalah koran
  tabloid televisi film album topan badai puskesmas rsu
  prize championship championships olympics league movement revolution program programme
  project system index unit orchestra band association society fund exchange market service
  services orbiter satellite mission hurricane typhoon storm law act protocol convention
  heritage organization organisation science health medicine magazine newspaper television
  gedung istana sidang dewan kementerian kemenlu departemen universitas partai bank majelis
  mahkamah komisi badan lembaga pasukan angkatan tentara perserikatan organisasi perusahaan
  kantor pemerintah pemerintahan konferensi ktt forum piala perang operasi kota kabupaten
  provinsi teluk gunung pulau selat laut samudra samudera sungai danau jalan jl bandara bandar
  pelabuhan pangkalan bagian negara-negara hotel museum stadion masjid gereja katedral alun-alun
  lapangan kedutaan konsulat parlemen kongres senat tahun hari federasi republik kerajaan
  house council base university ministry department party union congress senate parliament
  court assembly committee commission agency bureau office army navy forces force
  administration group company corp inc institute foundation center centre summit conference
  times post news press journal network airport port street avenue square bay mount island
  lake river sea ocean county province city state states republic kingdom federation war
  operation hotel museum stadium church cathedral embassy consulate hall palace cup games
  airlines airways bridge tower station school college academy hospital club treaty accord
`);

/** Words that open a place name in English: "New York", "North Korea", "Fort Worth". */
export const PLACE_PREFIXES = words(`
  north south east west central middle northern southern eastern western new san santa saint st
  los las fort port upper lower greater
`);

/** Words that close a place name in Indonesian: "Timur Tengah", "Korea Utara", "Jakarta Pusat". */
export const PLACE_SUFFIXES = words('utara selatan timur barat tengah tenggara daya laut raya pusat');

/** Months and weekdays, which are capitalized in both languages. */
export const CALENDAR = words(`
  januari februari maret april mei juni juli agustus september oktober november desember
  senin selasa rabu kamis jumat sabtu minggu
  january february march may june july august october december
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Capitalized phrases that look like names but are figures of speech. */
export const NON_PERSON_PHRASES = new Set([
  'paman sam', 'uncle sam', 'beruang merah', 'big apple', 'tirai besi', 'iron curtain',
  'perang dingin', 'cold war', 'tuhan', 'allah', 'god',
]);

/** Prepositions of place: a capitalized phrase after one, with no title, is a place. */
export const LOCATIVES = words('di ke menuju in at near outside inside');

/** Words that open a new clause: a side or an absence stated before one does not reach past it. */
export const CLAUSE_BREAKS = words('sementara sedangkan namun tetapi tapi whereas while but meanwhile however');

/** Titles of the principals of a meeting (heads of state or government), listed first by /who. */
export const PRINCIPAL_TITLES = words(`
  presiden perdana kanselir raja ratu kaisar sultan paus
  president prime chancellor premier king queen emperor pope
`);

/** Words that make a title someone else's or a lesser one: "Wakil Presiden", "adviser to the President". */
export const SUBORDINATE_WORDS = words(`
  wakil mantan penasihat penasehat asisten ajudan staf utusan juru deputi sekretaris kepala
  vice deputy former adviser advisor aide assistant staff envoy spokesman spokeswoman secretary chief
`);

/**
 * Words that open sentences but never names, beyond stop words: a capital on them proves
 * nothing ("Meanwhile Washington waited" names no one). Indonesian openers are mostly stop
 * words or derived words already ("Sementara", "Menurut", "Kunjungan").
 */
export const SENTENCE_OPENERS = words(`
  meanwhile later earlier however still yet instead afterwards afterward separately elsewhere
  overall today yesterday tomorrow tonight now then thus hence indeed nonetheless nevertheless
  furthermore moreover asked speaking according despite amid following ahead since until
  kemudian lalu namun kini nanti kemarin besok
`);
