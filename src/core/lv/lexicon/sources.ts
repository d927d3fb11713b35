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
  {
    id: "latvietis-jaundarinajumi",
    title: "Nevēlami jaundarinājumi: režisēt, žūrēt, budžetēt … (sērija “Kas valda valodu, valda prātu”)",
    publisher: "Latvietis (latvietis.lv)",
    url: "https://www.latvietis.lv/index.cgi?action=16&id=2495",
    summary:
      "Pēc “režisēt”, “žūrēt” parauga rodas nevēlami jaundarinājumi (budžetēt, direktorēt, konkursēt, ministrēt, šefot, zemniekot …); latviski jāizsakās citādi: veidot budžetu, būt par direktoru, vadīt.",
  },
  {
    id: "latvietis-centralais-notikums",
    title: "Centrālais notikums?",
    publisher: "Latvietis (latvietis.lv)",
    url: "https://www.latvietis.lv/index.cgi?action=16&id=2502",
    summary:
      "Svešvārdi nevietā tekstos parastiem lasītājiem: “centrālais notikums” → galvenais, “definēsim nozares” → nosauksim, “elementāri zābaki” → parasti, vienkārši; virsrakstā arī “policijas oficieris”, “perkusiju meistars”.",
  },
  {
    id: "latvietis-perfekta-valoda",
    title: "Perfekta latviešu valoda?",
    publisher: "Latvietis (latvietis.lv)",
    url: "https://www.latvietis.lv/index.cgi?action=16&id=2694",
    summary:
      "Krievu valodas atdarinājumi: “notiekošais” → notikums, “mazuļi” → bērni, “pagriezties ar seju pret laukiem” → skatīties arī uz laukiem, “ieeja bez maksas” → ieeja brīva.",
  },
  {
    id: "latvietis-darba-muzs",
    title: "Darba mūžs, ļumka?",
    publisher: "Latvietis (latvietis.lv)",
    url: "https://www.latvietis.lv/index.cgi?action=16&id=1916",
    summary:
      "Krieviskas izteiksmes pārcēlumi: “visu darba mūžu” → “visu mūžu”; “Atbildīgais par izdevumu …” → “Par izdevumu atbild …”; “ļumka” → luminiscence.",
  },
  {
    id: "latvietis-lai-neteiktu",
    title: "Lai neteiktu?",
    publisher: "Latvietis (latvietis.lv)",
    url: "https://latvietis.lv/index.cgi?action=16&id=2660",
    summary:
      "“Lai neteiktu” ir krievu “čtoby ne skazaķ” atdarinājums (“unikāls, lai neteiktu absurds” → “unikāls, gandrīz absurds”); svešvārdu vietā: unikāls → vienreizīgs, absurds → nejēdzīgs.",
  },
  {
    id: "latvietis-likumsakariba",
    title: "Likumsakarība?",
    publisher: "Latvietis (latvietis.lv)",
    url: "https://www.latvietis.lv/index.cgi?action=16&id=1900",
    summary: "“Likumsakarība” un “likumsakarīgs” ir padomju laika krievu valodas atdarinājumi (закономерность, закономерный).",
  },
  {
    id: "latvietis-paligteikums",
    title: "Nelatvisks palīgteikuma sākums",
    publisher: "Latvietis (latvietis.lv)",
    url: "https://www.latvietis.lv/index.cgi?action=16&id=1930",
    summary:
      "Krievu valodas ietekmē palīgteikumu sāk ar lietvārdu: “likumu, saskaņā ar kuru …”; labāk “ar kuru saskaņā” vai “likumu, ar kuru …”.",
  },
  {
    id: "latvietis-piestiprinat",
    title: "Piestiprināt (krievu valodas ietekmē lietots vārds; sērija “Kas valda valodu, valda prātu”)",
    publisher: "Latvietis (latvietis.lv)",
    url: "https://latvietis.lv/index.cgi?action=16&id=2493",
    summary:
      "“Piestiprināt” lieto, savienojot lietas ar skrūvēm, naglām; cilvēkus “nepiestiprina pie deputāta, programmas” — tos norīko, darbus uzdod, trolejbusu nodod lietošanā.",
  },
  {
    id: "vietne-realizet",
    title: "Realizēt (sērija “Kopsim savu valodu”)",
    publisher: "vietne.lv",
    url: "https://www.vietne.lv/realizet/",
    summary:
      "“Realizēt” vārdnīcās nozīmē ‘īstenot’; nozīmē ‘pārdot’ to sāka lietot padomju okupācijas gados internacionalizēšanas dēļ.",
  },
  {
    id: "lvak-gada-vardi",
    title: "Gada vārds, nevārds un spārnotais teiciens (iepriekšējo gadu rezultāti)",
    publisher: "RLB Latviešu valodas attīstības kopa (lvak.wordpress.com)",
    url: "https://lvak.wordpress.com/gada-vards-nevards-teiciens/",
    summary:
      "Gada nevārdi: 2004 — māsterplāns, 2006 — hendlings; gada vārds 2019 — notumse, kas aizstāj vārdu “blekauts”.",
  },
  {
    id: "rlb-nevards-2025",
    title: "Paziņots 2025. gada vārds, nevārds un spārnotais teiciens",
    publisher: "Rīgas Latviešu biedrība (rlb.lv)",
    url: "https://rlb.lv/sakums/pazinots-2025-gada-vards-nevards-un-sparnotais-teiciens-?monthID=8&yearID=2022",
    summary:
      "Nevārda finālistos kalks “mātbūšana” (angļu motherhood), kura vietā jārod labskanīgāks risinājums; uzvarētājs “trigerēt”.",
  },
  {
    id: "fronte-porina",
    title: "Latviešu diskriminācija Latvijā (saruna ar sociolingvisti Vinetu Poriņu)",
    publisher: "fronte.lv",
    url: "https://fronte.lv/2016/03/latviesu-diskriminacija-latvija/",
    summary:
      "Divvalodībā latvieši runā krievu valodas konstrukcijās, to neuztverot kā kļūdu: “da labi”, “pa lielam”, “dzīve ar garšu”, “dzīvot uz kādas ielas”, “dotajā brīdī”, “iziet no ierindas”.",
  },
  {
    id: "solipasolim-prieks",
    title: "Kā izvairīties no vārda “priekš” lietošanas nevietā?",
    publisher: "solipasolim.lv (pēc tviterkonta @NostArPrieksh)",
    url: "http://www.solipasolim.lv/ka_izvairities_no_varda_prieks_lietosanas_nevieta/",
    summary:
      "“Priekš” ir krievu “для” tiešs tulkojums: priekš manis → man, priekš darba → darbam, “nav priekš jums” → “nav domāta jums”. (Mūsdienu latviešu valodas vārdnīcā šīs nozīmes ir “novecojis” vai “sarunvaloda”.)",
  },
  {
    id: "la-grabazi",
    title: "Izkonkursēt “Dvēseļu puteni”, draftēt sportistus. Valodas grabaži jeb liekie ienācēji no citām valodām",
    publisher: "Latvijas Avīze (la.lv), Latviešu valodas aģentūras lingvistes",
    url: "https://la.lv/valodas-grabazi-jeb-liekie-ienaceji-no-citam-valodam",
    summary:
      "Radio un TV kļūdas: latviešu literārajā valodā nav darbības vārda “konkursēt” vai “izkonkursēt” — pieteikumi tiek izvēlēti vai vērtēti konkursā; virsrakstā arī “draftēt”.",
  },
  {
    id: "uzdevumi-prievardi",
    title: "Prievārda stilistiskais lietojums (Latviešu valoda, 9. klase)",
    publisher: "Uzdevumi.lv",
    url: "http://www.uzdevumi.lv/p/latviesu-valoda/9-klase/valodas-kultura-4925/re-00efdc62-eba4-46c6-a01a-d3a531c992c3",
    summary: "Prievārdus lieto bez vajadzības: “45 procenti no skolēniem” (nepareizi) — domu var izteikt īsāk ar ģenitīvu.",
  },
  {
    id: "kazhe-patreiz",
    title: "Latviešu valodas gramatikas īpatnības",
    publisher: "kazhe.lv (emuārs)",
    url: "https://kazhe.lv/2011/03/10/Latvieu-valodas-gramatikas-patnbas",
    summary: "Starp kļūdām, ko autore vienmēr vēlas izlabot, ir vārds “patreiz”.",
  },
  {
    id: "atlants-barbarismi",
    title: "Barbarismi un žargonismi skolēnu valodā (referāts)",
    publisher: "Atlants.lv (skolēna referāts, citē A. Lauu)",
    url: "https://rus.atlants.lv/referat/barbarismi-un-zargonismi-skolenu-valoda/709341",
    summary:
      "Vāciskas cilmes barbarismi un to latviskie aizstājēji: ziņģēt → dziedāt, pletīzeris → gludeklis, ķēķis → virtuve, zafte → ievārījums.",
  },
  {
    id: "lva-jauniesu-anglicismi",
    title: "Jaunieši biežāk izmanto anglicismus, lai izteiktu attieksmi, secina LVA",
    publisher: "Delfi (delfi.lv), ziņa par Latviešu valodas aģentūras secinājumiem",
    url: "https://www.delfi.lv/193/politics/56281706/jauniesi-biezak-izmanto-anglicismus-lai-izteiktu-attieksmi-secina-lva",
    summary:
      "Aizguvumiem ir stabili latviešu ekvivalenti: gyms — treniņzāle, deadline — termiņš, podkāsts — raidieraksts, napiņš — diendusa, tripiņš — ceļojums; girlboss, side eye skaidroti latviski.",
  },
  {
    id: "lva-urbana-vardnica",
    title: "Noslēgusies akcija „Mūsdienu urbānā vārdnīca”",
    publisher: "Latviešu valodas aģentūra (valoda.lv)",
    url: "https://valoda.lv/?p=20705",
    summary:
      "Desmit populārākie aizguvumi un latviešu vārdi to vietā: čilot — laiskoties, čekot — skatīties, cringe — šķērms, japot — tērzēt, posts — ieraksts sociālo tīklu vietnē, pookie — mīļumiņš.",
  },
  {
    id: "la-urbana-balsosana",
    title: "“Cringe”, “čilot” vai varbūt “for real”? Aicina balsot par vispopulārāko aizguvumu no citām valodām",
    publisher: "Latvijas Avīze (la.lv), LETA pēc Latviešu valodas aģentūras ziņām",
    url: "https://www.la.lv/cringe-cilot-vai-varbut-for-real-aicina-balsot-par-vispopularako-aizguvumu-no-citam-valodam",
    summary:
      "Vārdu pāri: for real — patiešām, random — negaidīts, rizz — šarms, viss safe — viss kārtībā (kā arī cringe, čilot, japot, pookie, posts).",
  },
  {
    id: "retv-anglicismi",
    title: "Heiteris, feils, čilot. Anglicismi pārņem latviešu valodu",
    publisher: "ReTV (retv.lv)",
    url: "https://www.retv.lv/raksts/heiteris-feils-cilot-anglicismi-parnem-latviesu-valodu",
    summary:
      "LVA lektori skolās: daudzi anglicismi aizstāj esošus latviešu vārdus, piemēram, “feilot” pret “izgāzties”; kā piemēri minēti arī “heiteris”, “čilot”.",
  },
  {
    id: "retv-urbana-vardnica",
    title: "Gličot, releitot, ameizing. Veidos “Mūsdienu urbāno vārdnīcu”",
    publisher: "ReTV (retv.lv)",
    url: "https://www.retv.lv/raksts/glicot-releitot-ameizing-veidos-musdienu-urbano-vardnicu",
    summary:
      "LVA apzina jauniešu valodā ienākušos anglicismus (gličot, releitot, ameizing), lai rastu tiem latviskus aizstājējus.",
  },
  {
    id: "vards-valoda-par-akciju",
    title: "„Mūsdienu urbānā vārdnīca”: par akciju",
    publisher: "Latviešu valodas aģentūra (vards.valoda.lv)",
    url: "https://vards.valoda.lv/par-akciju/",
    summary:
      "Aicina apzināt aizguvumus (čilot, deadline, easy, laikot, tripiņš u. c.) un piedāvāt tiem atbilstošus latviešu literārās valodas izteiksmes līdzekļus.",
  },
  {
    id: "diena-nevards-2022",
    title: "Spēka dūša, čuhņa (gada vārda, nevārda un teiciena kandidāti)",
    publisher: "Sestdiena / Diena (diena.lv)",
    url: "https://video.diena.lv/raksts/sestdiena/tema/speka-dusa-cuhna-14294108",
    summary:
      "Gada nevārds “naratīvs” (lieto “stāsts, stāstījums, vēstījums” vietā); iesūtīti arī “šis te”, “atjaunīgā enerģija”, pārprotamais “sankcionētās personas” un “novērtēju” vārda “paldies” vietā.",
  },
  {
    id: "tvnet-latviskotie-svesvardi",
    title: "«Vilkpaēdīgs jautājums», «datorurķis» un «grozāmgrābslis». Latviskotie svešvārdi izklausās savādi",
    publisher: "TVNET (tvnet.lv), citēts VVC galvenais lingvists A. Timuška",
    url: "http://www.tvnet.lv/zinas/latvija/665215-vilkpaedigs_jautajums_datorurkis_un_grozamgrabslis_latviskotie_svesvardi_izklausas_savadi",
    summary: "“Daivai” un “fīča” ir žargonvārdi, kam latviešu literārajā valodā nav atradusies vieta.",
  },
  {
    id: "la-vards-pielip",
    title: "Vārds pielīp (intervija par anglicismiem, 2. lappuse)",
    publisher: "Latvijas Avīze (la.lv)",
    url: "https://la.lv/vards-pielip?p=2",
    summary: "Anglicisma piemērs: “editoriālā politika”, ar ko domāta “redakcionālā politika”.",
  },
  {
    id: "smiltenes-detalplanojumi",
    title: "Detālplānojumi",
    publisher: "Smiltenes novada pašvaldība",
    url: "https://smiltenesnovads.lv/lv/detalplanojumi",
    summary:
      "Detālplānojumi ir detalizēti pašvaldības teritorijas daļas plānojumi, ko izstrādā, lai noteiktu prasības konkrētu zemes vienību izmantošanai un apbūvei.",
  },
  {
    id: "rp-lokalplanojumi",
    title: "Teritorijas plānojumi un lokālplānojumi",
    publisher: "Rīgas plānošanas reģions (rp.lv)",
    url: "http://rp.lv/pakalpojumi-lv/teritorijas-planojumi-un-lokalplanojumi",
    summary:
      "Teritorijas plānojumi un lokālplānojumi ir attīstības plānošanas dokumenti ar prasībām teritorijas izmantošanai un apbūvei, izstrādāti administratīvajai teritorijai vai tās daļai.",
  },
  {
    id: "likumi-kadastra-likums",
    title: "Nekustamā īpašuma valsts kadastra likums, 1. pants",
    publisher: "Saeima (likumi.lv)",
    url: "https://m.likumi.lv/ta/id/124247-nekustama-ipasuma-valsts-kadastra-likums",
    summary:
      "Termini: kadastra apzīmējums — zemes vienībai, būvei, telpu grupai vai zemes vienības daļai piešķirta ciparu kombinācija (identifikators); kadastra objekts ietver zemes vienību.",
  },
  {
    id: "at-servituts",
    title: "Servitūta tiesība pašam uz savu lietu (Augstākās tiesas biļetens Nr. 29)",
    publisher: "Latvijas Republikas Augstākā tiesa",
    url: "https://www.at.gov.lv/lv/par-augstako-tiesu/augstakas-tiesas-biletens/augstakas-tiesas-biletens-nr-29/servituta-tiesiba-pasam-uz-savu-lietu",
    summary:
      "Civillikuma 1130. pants: servitūts ir tiesība uz svešu lietu, ar ko īpašuma tiesība ir lietošanas ziņā aprobežota kādai personai vai zemes gabalam par labu (piemēram, ceļa servitūts).",
  },
  {
    id: "lvportals-administrativais-akts",
    title: "Kas ir administratīvais akts? Kad un kā to iespējams apstrīdēt?",
    publisher: "LV portāls",
    url: "https://lvportals.lv/skaidrojumi/274848-kas-ir-administrativais-akts-kad-un-ka-to-iespejams-apstridet-2015",
    summary:
      "Administratīvā akta jēdziens (Administratīvā procesa likuma 1. panta 3. daļa) un tā apstrīdēšana iestādē, parasti viena mēneša laikā no spēkā stāšanās.",
  },
  {
    id: "likumi-buvniecibas-likums",
    title: "Būvniecības likums, 1. pants",
    publisher: "Saeima (likumi.lv)",
    url: "https://likumi.lv/ta/id/258572-buvniecibas-likums",
    summary:
      "Likumā lietotie termini, piemēram, būvatļauja — administratīvais akts ar nosacījumiem būvniecības ieceres realizācijai dabā.",
  },
];
