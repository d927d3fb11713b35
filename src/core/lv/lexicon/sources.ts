import type { LexiconSource } from "./types";

/**
 * Every source an entry cites. Each was read (in the form noted in docs/sources.md) before its entries
 * were written; an entry without such a source is not in the lexicon.
 */
export const LEXICON_SOURCES: readonly LexiconSource[] = [
  {
    id: "lumii-konstrukciju-kalki",
    title: "Konstrukciju kalki (Latviešu valoda vidusskolai: Sintakse)",
    publisher: "LU Matemātikas un informātikas institūta Mākslīgā intelekta laboratorija",
    url: "http://valoda.ailab.lv/latval/vidusskolai/SINTAKSE/sint12.htm",
    summary:
      "Vārdkopu kalki ar literāriem aizstājējiem: ņemt vārdu → lūgt vārdu, pacelt jautājumu → izvirzīt jautājumu, pieturēties pie instrukcijas → ievērot instrukciju u. c.",
  },
  {
    id: "lasi-okupacijas-valoda",
    title: "Par PSRS okupācijas laika valodas atliekām: šiem vārdiem mūsu valodā nevajadzētu būt",
    publisher: "lasi.lv",
    url: "https://lasi.lv/par-svarigo/latvija/par-psrs-okupacijas-laika-valodas-atliekam-siem-vardiem-musu-valoda-nevajadzetu-but.17788",
    summary:
      "Krievu valodas ietekmes kalki un to latviskie aizstājēji: pazvanīt → piezvanīt, pielaist → atļaut, došu zināt → paziņošu, uz doto brīdi → pašlaik, zem narkozes → narkozē.",
  },
  {
    id: "uzdevumi-lietiskais-stils",
    title: "Lietišķais stils (Latviešu valoda, 12. klase)",
    publisher: "Uzdevumi.lv (pēc V. Skujiņas “Latviešu valoda lietišķajos rakstos”)",
    url: "https://uzdevumi.lv/p/latviesu-valoda/12-klase/valodas-funkcionalie-stili-11433/lietiskais-stils-11551/re-b64eb7ab-a4a1-4c21-a506-20ddb7a8639a",
    summary:
      "Lietišķajā stilā izplatīta “standartizēta liekvārdība”, kas neatbilst literārās valodas normām: atrast par pareizu, iesniegt caurlūkošanai, ievest likumu, nest atbildību, vest sarunas, uzstādīt jautājumu.",
  },
  {
    id: "uzdevumi-barbarismi",
    title: "Leksikoloģija: barbarismi (Latviešu valoda, 11. klase)",
    publisher: "Uzdevumi.lv",
    url: "https://www.uzdevumi.lv/p/latviesu-valoda/11-klase/leksikologija-8091/re-682f7560-0d00-4817-9ad9-a5390e3e7d32",
    summary:
      "Barbarismi ir stilistiski nevēlami aizguvumi; tabulās vāciskie (ģeldēt → derēt, skāde → zaudējums, bode → veikals) un krieviskie (spička → sērkociņš, buntoties → dumpoties).",
  },
  {
    id: "uzdevumi-darbibas-vardi",
    title: "Darbības vārdu stilistiskais lietojums (Latviešu valoda, 9. klase)",
    publisher: "Uzdevumi.lv",
    url: "http://www.uzdevumi.lv/p/latviesu-valoda/9-klase/valodas-kultura-4925/re-b1f305d8-6b63-4122-82d1-a417c9f5ea2f",
    summary:
      "Citu valodu ietekmē darināti atgriezeniskie darbības vārdi (aizpildīties, izmantoties, plānoties, uzrādīties …) ir nepareizi; jālieto ciešamā kārta: tiek aizpildīts, tiek izmantots.",
  },
  {
    id: "vardotava-kludas",
    title: "Valodas likumi un tipiskākās kļūdas",
    publisher: "Vārdotava",
    url: "https://www.vardotava.lv/index.php?id=kludas",
    summary:
      "“Par cik” ir neliterārs — jālieto cēloņa saiklis “tā kā”; “nākošais” ir tas, kas nāk pretī, secībā — “nākamais”; “papildu” lieto kā apzīmētāju pie lietvārda.",
  },
  {
    id: "uzdevumi-saikli",
    title: "Saikļu stilistiskais lietojums (Latviešu valoda, 9. klase)",
    publisher: "Uzdevumi.lv",
    url: "http://www.uzdevumi.lv/p/latviesu-valoda/9-klase/valodas-kultura-4925/re-05ca7ff1-5ba2-4e09-90c9-dbeee3578cde",
    summary: "“Tā kā” ir cēloņa saiklis; tā vietā nedrīkst lietot neliterāro “par cik”.",
  },
  {
    id: "sz-vedro",
    title: "Vai “vedro” ir “vēders”?",
    publisher: "Saldus Zeme (sz.lv)",
    url: "https://sz.lv/kategorijas/kultura/raksti/1361-vai-vedro-ir-veders",
    summary:
      "Burtiski pārcēlumi no krievu valodas: “apdalīt” nozīmē “nedot, atstāt tukšā” ir aplams; “apmācība” lietota “mācību, mācīšanas” vietā.",
  },
  {
    id: "vardotaja-pielietot",
    title: "Kā pareizi lietot vārdu “pielietot”",
    publisher: "Vārdotāja (emuārs; atsaucas uz “Latviešu valodas vārdnīcu”, Avots, 2006)",
    url: "https://vardotaja.blogspot.com/2011/03/ka-pareizi-lietot-vardu-pielietot.html",
    summary: "“Pielietot” vārdnīcā ir nevēlams sarunvalodas vārds; tā vietā “lietot” vai “izmantot”.",
  },
  {
    id: "vardotaja-svinet",
    title: "Svinēšana un atzīmēšana",
    publisher: "Vārdotāja (emuārs)",
    url: "https://vardotaja.blogspot.com/2011/",
    summary: "Svētkus un dienas svin, nevis “atzīmē”; “atzīmēt” ar šo nozīmi vārdnīcā ir tikai trešajā vietā.",
  },
  {
    id: "latvietis-aiz",
    title: "Par prievārdu “aiz” (valodas padomi)",
    publisher: "Latvietis (latvietis.lv)",
    url: "https://latvietis.lv/index.cgi?action=16&id=1891",
    summary:
      "Krievu valodas ietekmē “aiz” lieto aplami: “vienu aiz otras” → “citu pēc citas”, “novāksim traukus aiz sevis” — “aiz sevis” ir lieks.",
  },
  {
    id: "lva-sakara-ar",
    title: "Vai latviešu literārajā valodā var teikt “sakarā ar”?",
    publisher: "Latviešu valodas aģentūra, Valodas konsultācijas",
    url: "https://www.valodaskonsultacijas.lv/en/questions/638",
    summary:
      "Pieļaujams lietišķajā stilā iemesla izteikšanai, bet pārmērīgi vai nevietā lietots padara tekstu neskaidru; iesaka “X dēļ”, “tā kā” vai pārveidot teikumu.",
  },
  {
    id: "lva-konsultacijas",
    title: "Valodas konsultācijas: elektroniskā datubāze (atbildes par “atkarāties”, “širmis”, “spams”, “birste”)",
    publisher: "Latviešu valodas aģentūra",
    url: "https://www.valodaskonsultacijas.lv/en/search?page=60&search%5Bq%5D=Darb%C4%ABbas+v%C4%81rds&search%5Bquestions%5D=1",
    summary:
      "“Atkarāties” nozīmē “būt atkarīgam” nav vēlams; “širmis” ir barbarisms (→ aizslietnis); “spams” nav vēlams (→ surogātpasts); “birste” oficiālos tekstos nav vēlama (→ suka).",
  },
  {
    id: "atbilsmes-saistiba-ar",
    title: "saistībā ar",
    publisher: "Atbilsmes (tulkotāja emuārs)",
    url: "https://atbilsmes.blogspot.com/search/label/purit%C4%81nisms",
    summary:
      "“Saistībā ar” pavirši lieto grūti sasaistāma teksta sastutēšanai (tāpat kā “attiecībā uz”); jānosauc īstā sakarība.",
  },
  {
    id: "lvak-nevardi",
    title: "Gada vārds, nevārds un spārnotais teiciens",
    publisher: "Rīgas Latviešu biedrības Latviešu valodas attīstības kopa (ziņas rlb.lv, lasi.lv, bauskasdzive.lv, valodueksperts.lv)",
    url: "https://rlb.lv/eu-projects/years-2014-word-unword-and-winged-saying-have-been-announced?gads=2015&pp=&page=4",
    summary:
      "Gada nevārdi un to aizstājēji: aplikācija → lietotne (2014), ekrānšāviņš → ekrānuzņēmums, podkāsts → raidieraksts, vaibs → gaisotne (2020), trigerēt → izraisīt (2025); “kā rezultātā” — 2014. gada nevārda finālists.",
  },
  {
    id: "lva-biezak-uzdotie",
    title: "Bieži uzdotie jautājumi: leksika un pareizrakstība",
    publisher: "Latviešu valodas aģentūra (valoda.lv)",
    url: "https://valoda.lv/2008-gads/",
    summary:
      "LZA Terminoloģijas komisija brand vietā iesaka “zīmols” (lēmums Nr. 23); banner latviskais ekvivalents ir “reklāmkarogs”.",
  },
  {
    id: "lza-tk-ekonomika-2004",
    title: "LZA Terminoloģijas komisijas informācija “Par jaunāko ekonomikas terminoloģijā”",
    publisher: "LZA Terminoloģijas komisija, “Latvijas Vēstnesis”, 08.07.2004., Nr. 107",
    url: "https://www.vestnesis.lv/ta/id/90868",
    summary: "Praksē izplatītā “klīringa” (clearing) vietā lietojams jaunvārds “tīrvērte”.",
  },
];
