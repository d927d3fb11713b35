import { createCommaRule } from "../../../src/core/rules/comma";
import { loadMorphAnalyzer } from "../../../src/cli/loadMorphology";
import { contextFor, expectMessage, expectOwnExamples, runRule } from "./harness";
import { outlookReply, SIGNATURE_LINES, textReply } from "./replyFixtures";

const rule = createCommaRule(loadMorphAnalyzer());

/** The text with every fix of the rule applied. */
function fixed(sentence: string): string {
  const body = textReply("Labdien!", sentence);
  const { draft } = contextFor(body);
  const edited = draft.sourceMap.applyEdits(body, runRule(rule, body).map((f) => f.fix!));
  return edited.split("\n\n")[1];
}

describe("comma", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    // The examples.
    ["Informējam ka Jūsu iesniegums ir saņemts.", "Informējam, ka Jūsu iesniegums ir saņemts."],
    ["Lūdzu, atsūtiet dokumentus lai mēs varētu izskatīt iesniegumu.", "Lūdzu, atsūtiet dokumentus, lai mēs varētu izskatīt iesniegumu."],
    // A relative clause inside its main clause: both commas, or the one missing.
    ["Dokuments kuru Jūs iesniedzāt ir nepilnīgs.", "Dokuments, kuru Jūs iesniedzāt, ir nepilnīgs."],
    ["Dokuments, kuru Jūs iesniedzāt ir nepilnīgs.", "Dokuments, kuru Jūs iesniedzāt, ir nepilnīgs."],
    ["Dokuments kuru Jūs iesniedzāt, ir izskatīts.", "Dokuments, kuru Jūs iesniedzāt, ir izskatīts."],
    ["Dokumenti, kurus Jūs atsūtījāt tiks izskatīti nedēļas laikā.", "Dokumenti, kurus Jūs atsūtījāt, tiks izskatīti nedēļas laikā."],
    ["Dokumentu, kuru Jūs parakstījāt un iesniedzāt pārbaudīsim rīt.", "Dokumentu, kuru Jūs parakstījāt un iesniedzāt, pārbaudīsim rīt."],
    ["Jautājums par kuru Jūs rakstījāt tiks izskatīts sēdē.", "Jautājums, par kuru Jūs rakstījāt, tiks izskatīts sēdē."],
    ["Informējam, ka iesniegums, kuru Jūs nosūtījāt ir saņemts.", "Informējam, ka iesniegums, kuru Jūs nosūtījāt, ir saņemts."],
    ["Tas, ko Jūs lūdzāt ir pievienots vēstulei.", "Tas, ko Jūs lūdzāt, ir pievienots vēstulei."],
    ["Izziņa, ko Jūs vēlējāties saņemt ir sagatavota.", "Izziņa, ko Jūs vēlējāties saņemt, ir sagatavota."],
    ["Iesniegums, kas ir saņemts tiks izskatīts rīt.", "Iesniegums, kas ir saņemts, tiks izskatīts rīt."],
    // What silences a look-alike does not silence the clause itself.
    ["Dokumenti netika pieņemti jo nepilnīgi aizpildīta bija veidlapa.", "Dokumenti netika pieņemti, jo nepilnīgi aizpildīta bija veidlapa."],
    ["Viņš neatnāca jo slikti jutās.", "Viņš neatnāca, jo slikti jutās."],
    ["Iesniedziet dokumentus lai speciālists var tos izvērtēt.", "Iesniedziet dokumentus, lai speciālists var tos izvērtēt."],
    ["Tas ir dokuments kas jāiesniedz līdz piektdienai.", "Tas ir dokuments, kas jāiesniedz līdz piektdienai."],
    ["Informējam ka 15. decembrī notiks sēde.", "Informējam, ka 15. decembrī notiks sēde."],
    ["Zinām ka „Latvijas Pasts” ir slēgts.", "Zinām, ka „Latvijas Pasts” ir slēgts."],
    ["Pievienojam izziņu kas, cik zināms, ir derīga.", "Pievienojam izziņu, kas, cik zināms, ir derīga."],
    ["Diemžēl mēs nezinām kāpēc.", "Diemžēl mēs nezinām, kāpēc."],
    ["Mēs pārbaudīsim vai maksājums ir saņemts.", "Mēs pārbaudīsim, vai maksājums ir saņemts."],
    // More subordinators and relative words.
    ["Zvaniet mums ja rodas jautājumi.", "Zvaniet mums, ja rodas jautājumi."],
    ["Atbildi nosūtīsim vēlāk jo dokumenti vēl nav saņemti.", "Atbildi nosūtīsim vēlāk, jo dokumenti vēl nav saņemti."],
    ["Pabalstu izmaksās tad kad lēmums stāsies spēkā.", "Pabalstu izmaksās tad, kad lēmums stāsies spēkā."],
    ["Iesniegumu var iesniegt centrā kur strādā klientu konsultanti.", "Iesniegumu var iesniegt centrā, kur strādā klientu konsultanti."],
    ["Paldies par informāciju kas palīdzēja atrisināt jautājumu.", "Paldies par informāciju, kas palīdzēja atrisināt jautājumu."],
    ["Tas ir dokuments ko meklējāt.", "Tas ir dokuments, ko meklējāt."],
    ["Tas ir dokuments par kuru jautājāt.", "Tas ir dokuments, par kuru jautājāt."],
    ["Lūdzam norādīt iestādi kurai adresēts iesniegums.", "Lūdzam norādīt iestādi, kurai adresēts iesniegums."],
    ["Nosūtīsim rēķinu tiklīdz saņemsim apstiprinājumu.", "Nosūtīsim rēķinu, tiklīdz saņemsim apstiprinājumu."],
    ["Lūdzu, noskaidrojiet cik maksā pakalpojums.", "Lūdzu, noskaidrojiet, cik maksā pakalpojums."],
    ["Mēs noskaidrosim kāpēc maksājums kavējas.", "Mēs noskaidrosim, kāpēc maksājums kavējas."],
    ["Pastāstiet kā varam Jums palīdzēt.", "Pastāstiet, kā varam Jums palīdzēt."],
    ["Gribam uzzināt vai Jūs piekrītat.", "Gribam uzzināt, vai Jūs piekrītat."],
    ["Speciālists izvērtēs vai iesniegums atbilst prasībām.", "Speciālists izvērtēs, vai iesniegums atbilst prasībām."],
    ["Uzziniet kam jāiesniedz pieteikums.", "Uzziniet, kam jāiesniedz pieteikums."],
    ["Informējam ka lēmums ir pieņemts un ka to varat pārsūdzēt.", "Informējam, ka lēmums ir pieņemts un ka to varat pārsūdzēt."],
    ["Mēs atbalstām ģimenes kuras audzina bērnus.", "Mēs atbalstām ģimenes, kuras audzina bērnus."],
    ["Lūdzam ievērot termiņu lai gan saprotam Jūsu situāciju.", "Lūdzam ievērot termiņu, lai gan saprotam Jūsu situāciju."],
    // "kā"/"vai" after any form of a verb of seeing, feeling or knowing (by its lemma).
    ["Klātienē Jūs vērosiet kā speciālists pārbauda skaitītāju.", "Klātienē Jūs vērosiet, kā speciālists pārbauda skaitītāju."],
    ["Lūdzu, atcerieties kā aizpildījāt iepriekšējo veidlapu.", "Lūdzu, atcerieties, kā aizpildījāt iepriekšējo veidlapu."],
    ["Mēs nevaram prognozēt vai tarifs mainīsies.", "Mēs nevaram prognozēt, vai tarifs mainīsies."],
    ["Pēc remonta sajutīsiet kā telpās kļūst siltāks.", "Pēc remonta sajutīsiet, kā telpās kļūst siltāks."],
    // A relative "ko" after its preposition.
    ["Tas ir jautājums par ko lems dome.", "Tas ir jautājums, par ko lems dome."],
    ["Nosauciet iestādi ar ko esat sazinājies.", "Nosauciet iestādi, ar ko esat sazinājies."],
    // "ka" with a comma after it, or with a past participle for its verb.
    ["Informējam ka, ņemot vērā Jūsu iesniegumu, termiņš ir pagarināts.", "Informējam, ka, ņemot vērā Jūsu iesniegumu, termiņš ir pagarināts."],
    ["Konstatējām ka maksājums saņemts un pārskaitījums nonācis kontā.", "Konstatējām, ka maksājums saņemts un pārskaitījums nonācis kontā."],
    // A form of "kāds" after a verb of asking or knowing; "līdz" and "kopš" opening a clause.
    ["Mēs vēl nezinām kāda būs maksa par pakalpojumu.", "Mēs vēl nezinām, kāda būs maksa par pakalpojumu."],
    ["Lūdzu, pastāstiet kādus dokumentus esat iesniedzis.", "Lūdzu, pastāstiet, kādus dokumentus esat iesniedzis."],
    ["Uzziniet kādā termiņā jāiesniedz atskaite.", "Uzziniet, kādā termiņā jāiesniedz atskaite."],
    ["Lūdzu, uzgaidiet līdz speciālists atbrīvosies.", "Lūdzu, uzgaidiet, līdz speciālists atbrīvosies."],
    ["Maksājumus neesam saņēmuši kopš mainījāt kontu.", "Maksājumus neesam saņēmuši, kopš mainījāt kontu."],
    ["Šis ir termins ar ko saprot spēju pielāgoties.", "Šis ir termins, ar ko saprot spēju pielāgoties."],
    // "tāpēc ka" with no comma before "tāpēc" either; "ko" before an adverb the analyzer knows.
    ["Atbildi sniedzam vēlāk tāpēc ka gaidām dokumentus.", "Atbildi sniedzam vēlāk tāpēc, ka gaidām dokumentus."],
    ["Tas ir svarīgi arī tāpēc ka termiņš beidzas.", "Tas ir svarīgi arī tāpēc, ka termiņš beidzas."],
    ["Tas notika tikai tāpēc vien ka sistēma nestrādāja.", "Tas notika tikai tāpēc vien, ka sistēma nestrādāja."],
    ["Piedāvājam pakalpojumu ko daudzkārt izmanto seniori.", "Piedāvājam pakalpojumu, ko daudzkārt izmanto seniori."],
    // In a yes-or-no question, a later "kas"/"ko" opens a clause.
    ["Vai zināt kas notika ar manu iesniegumu?", "Vai zināt, kas notika ar manu iesniegumu?"],
    ["Vai ir kāds dokuments ko vajadzētu pievienot?", "Vai ir kāds dokuments, ko vajadzētu pievienot?"],
    // A demonstrative after its preposition points to the clause.
    ["Termiņš ir atkarīgs no tā kā tiks iesniegti dokumenti.", "Termiņš ir atkarīgs no tā, kā tiks iesniegti dokumenti."],
    ["Lēmums būs par to vai pabalsts pienākas.", "Lēmums būs par to, vai pabalsts pienākas."],
    // An indirect question with its infinitive after a verb of asking, knowing or thinking.
    ["Mēs vēl domājam ko darīt ar pieteikumu.", "Mēs vēl domājam, ko darīt ar pieteikumu."],
    ["Nezinām kur vērsties.", "Nezinām, kur vērsties."],
    ["Padomājiet vai Jums der šis laiks.", "Padomājiet, vai Jums der šis laiks."],
    ["Mēs meklējam veidu kā samazināt rindas.", "Mēs meklējam veidu, kā samazināt rindas."],
    ["Pieteikumu ir tik daudz ka rinda pagarinās.", "Pieteikumu ir tik daudz, ka rinda pagarinās."],
    ["Mēs noskaidrosim ko iestāde iegādājusies.", "Mēs noskaidrosim, ko iestāde iegādājusies."],
    // A clause whose participle leaves out "ir": a relative "kas" after its noun, "ka", an indirect "vai" or "ar ko".
    ["Tās ir izziņas kas izsniegtas pagājušajā gadā.", "Tās ir izziņas, kas izsniegtas pagājušajā gadā."],
    ["Pielikumā ir iesniegums kas saņemts vakar.", "Pielikumā ir iesniegums, kas saņemts vakar."],
    ["Apsekojot māju, konstatēts ka jumts bojāts.", "Apsekojot māju, konstatēts, ka jumts bojāts."],
    ["Mēs vēl pārbaudīsim vai maksājums saņemts.", "Mēs vēl pārbaudīsim, vai maksājums saņemts."],
    ["Lūdzu, atcerieties vai līgums parakstīts.", "Lūdzu, atcerieties, vai līgums parakstīts."],
    ["Jūs zināt ar ko speciālists sazinājies.", "Jūs zināt, ar ko speciālists sazinājies."],
    // In a question opened by an interrogative, a relative after a noun.
    ["Kā vērtējat lēmumu ko dome pieņēma?", "Kā vērtējat lēmumu, ko dome pieņēma?"],
    ["Kāpēc neesat izskatījuši iesniegumu kas pienāca vakar?", "Kāpēc neesat izskatījuši iesniegumu, kas pienāca vakar?"],
    ["Te ir kaudzes ar atkritumiem kas lēti savākti.", "Te ir kaudzes ar atkritumiem, kas lēti savākti."],
    // "kaut gan", "kaut arī", "pirms", "kādēļ".
    ["Atbildi sniegsim rīt kaut gan termiņš ir garāks.", "Atbildi sniegsim rīt, kaut gan termiņš ir garāks."],
    ["Lūdzam ievērot kārtību kaut arī tā šķiet sarežģīta.", "Lūdzam ievērot kārtību, kaut arī tā šķiet sarežģīta."],
    ["Lūdzu, piezvaniet pirms dodaties uz klātieni.", "Lūdzu, piezvaniet, pirms dodaties uz klātieni."],
    ["Jautājiet speciālistam kādēļ pieteikums noraidīts.", "Jautājiet speciālistam, kādēļ pieteikums noraidīts."],
    // A straight quotation mark after a comma closes a quotation begun before the text; it opens none.
    ['Tas ir pareizi," teica speciālists. Mēs zinām ka tas ir pareizi. Viņa atbildēja "jā".', 'Tas ir pareizi," teica speciālists. Mēs zinām, ka tas ir pareizi. Viņa atbildēja "jā".'],
    // A clause of manner ("kā" + a pronoun and its verb), "kā rezultātā", "kā" + an infinitive a few words on, "tāds … kāds".
    ["Lūdzu, rīkojieties kā Jūs uzskatāt par pareizu.", "Lūdzu, rīkojieties, kā Jūs uzskatāt par pareizu."],
    ["Pakalpojums darbosies kā tas ir noteikts līgumā.", "Pakalpojums darbosies, kā tas ir noteikts līgumā."],
    ["Notika avārija kā rezultātā cieta divi cilvēki.", "Notika avārija, kā rezultātā cieta divi cilvēki."],
    ["Piedāvājam trīs veidus kā ar mums sazināties.", "Piedāvājam trīs veidus, kā ar mums sazināties."],
    ["Jums būs jāsedz izmaksas tādā apmērā kādā tās rodas.", "Jums būs jāsedz izmaksas tādā apmērā, kādā tās rodas."],
    // A relative after a demonstrative inside a clause; "ar ko" with an infinitive; a verb of reckoning.
    ["Domājam, ka tie kas dzīvo tuvāk, ieradīsies ātrāk.", "Domājam, ka tie, kas dzīvo tuvāk, ieradīsies ātrāk."],
    ["Meklējam kādu ar ko sadarboties.", "Meklējam kādu, ar ko sadarboties."],
    ["Vispirms jārēķina vai ieguldījums atmaksāsies.", "Vispirms jārēķina, vai ieguldījums atmaksāsies."],
    // "tā ka", "tādēļ lai" with neither comma; "ka" after a particle of the main clause's verb.
    ["Viņš runāja tā ka visi saprata.", "Viņš runāja tā, ka visi saprata."],
    ["Lūgumu iesniedzām tādēļ lai termiņš netiktu nokavēts.", "Lūgumu iesniedzām tādēļ, lai termiņš netiktu nokavēts."],
    ["Mēs zinām gan ka termiņš ir īss.", "Mēs zinām gan, ka termiņš ir īss."],
    ["Speciālists pieminēja arī ka dokumenti ir jāpapildina.", "Speciālists pieminēja arī, ka dokumenti ir jāpapildina."],
    // A "kad"/"ja" clause set in after a conjunction, the main clause resumed by "tad".
    ["Dokumentus saņēmām un kad tos izvērtēsim, tad sniegsim atbildi.", "Dokumentus saņēmām un, kad tos izvērtēsim, tad sniegsim atbildi."],
    ["Tas ir svarīgi, jo ja maksājums kavējas, tad aprēķina soda naudu.", "Tas ir svarīgi, jo, ja maksājums kavējas, tad aprēķina soda naudu."],
    ["Mēs zvanījām un kad viņš atnāca, sākās sapulce.", "Mēs zvanījām un, kad viņš atnāca, sākās sapulce."],
    // A relative after "visu" or its subject's noun; "tur kur", "no tā ko"; "vai"/"kas" after "prasīt" and a "-dams" participle.
    ["Viņš gribēja zināt visu kas noticis.", "Viņš gribēja zināt visu, kas noticis."],
    ["Domājam, ka iesniedzējs kas ieradās pirmais, saņems atbildi.", "Domājam, ka iesniedzējs, kas ieradās pirmais, saņems atbildi."],
    ["Iesniegumu varat iesniegt tur kur Jums ir ērtāk.", "Iesniegumu varat iesniegt tur, kur Jums ir ērtāk."],
    ["Tas ir atkarīgs no tā ko Jūs izvēlēsieties.", "Tas ir atkarīgs no tā, ko Jūs izvēlēsieties."],
    ["Viņš prasīja vai dokumenti ir gatavi.", "Viņš prasīja, vai dokumenti ir gatavi."],
    ["Nezinādama kas noticis, viņa piezvanīja mums.", "Nezinādama, kas noticis, viņa piezvanīja mums."],
    // "pat ja" (the comma before "pat"), "tā lai", "kaut" + a pronoun, "tik cik", "līdz beidzot", a relative "kāds".
    ["Paldies par informāciju pat ja tā nāk vēlu.", "Paldies par informāciju, pat ja tā nāk vēlu."],
    ["Dariet tā lai visi saprot.", "Dariet tā, lai visi saprot."],
    ["Atbildi sniegsim kaut viņš nav iesniedzis visus dokumentus.", "Atbildi sniegsim, kaut viņš nav iesniedzis visus dokumentus."],
    ["Maksājiet tik cik varat.", "Maksājiet tik, cik varat."],
    ["Gaidījām ilgi līdz beidzot pienāca atbilde.", "Gaidījām ilgi, līdz beidzot pienāca atbilde."],
    ["Pašvaldība ieņem stāvokli kādu tā ieņem vienmēr.", "Pašvaldība ieņem stāvokli, kādu tā ieņem vienmēr."],
    // "vai"/"kā" after "skaidrs", "zināms"; "kā" + a noun and its verb after a verb or an adjective; a question asked already.
    ["Pagaidām nav skaidrs vai projekts tiks atbalstīts.", "Pagaidām nav skaidrs, vai projekts tiks atbalstīts."],
    ["Nav zināms kā tas ietekmēs cenas.", "Nav zināms, kā tas ietekmēs cenas."],
    ["Lūdzu, dariet kā speciālists ieteica.", "Lūdzu, dariet, kā speciālists ieteica."],
    ["Vai iespējams maksāt skaidrā naudā kā tas ir pašlaik?", "Vai iespējams maksāt skaidrā naudā, kā tas ir pašlaik?"],
    // A relative inside a clause whose participle stands for its verb.
    ["Ja darbinieks pieļāvis kļūdu kas ietekmē klienta tiesības, viņš atvainojas.", "Ja darbinieks pieļāvis kļūdu, kas ietekmē klienta tiesības, viņš atvainojas."],
  ])("puts the comma back: %s", (wrong, right) => {
    expect(fixed(wrong)).toBe(right);
  });

  it.each([
    ["Pašvaldība pārskatīja tarifus nemaz nerunājot par nodevām.", "Pašvaldība pārskatīja tarifus, nemaz nerunājot par nodevām."],
    ["Iekārtas darbojas nepārtraukti tādējādi ietaupot enerģiju.", "Iekārtas darbojas nepārtraukti, tādējādi ietaupot enerģiju."],
    ["Atkritumus šķirojam atsevišķi nodalot bioloģiskos.", "Atkritumus šķirojam, atsevišķi nodalot bioloģiskos."],
    ["Viņš strādāja nereti pat riskējot ar veselību.", "Viņš strādāja, nereti pat riskējot ar veselību."],
  ])("sets off a gerund phrase: %s", (wrong, right) => {
    expect(fixed(wrong)).toBe(right);
    expect(runRule(rule, textReply("Labdien!", wrong)).map((f) => f.messageId)).toEqual(["beforePhrase"]);
  });

  it.each([
    // The exceptions and tricky right sentences.
    ["\"tā kā\": the comma goes before \"tā\"", "Nevaram pieņemt iesniegumu, tā kā tas nav parakstīts."],
    ["\"nekā\"", "Izskatīšana aizņēma vairāk laika nekā plānots."],
    ["\"it kā\"", "Izskatās it kā maksājums nebūtu saņemts."],
    ["\"tāpat kā\"", "Nodokli varat samaksāt tāpat kā iepriekš."],
    ["\"kā arī\"", "Lūdzu, iesniedziet pasi kā arī izziņu."],
    ["coordinated \"un ka\"", "Informējam, ka iesniegums ir saņemts un ka atbildi sniegsim rīt."],
    ["a clause at the start of the sentence", "Ja Jums rodas jautājumi, zvaniet. Kad saņemsim dokumentus, sazināsimies."],
    ["a clause after a colon", "Atgādinām: ja termiņš nokavēts, jāmaksā soda nauda."],
    ["\"vai\" as \"or\"", "Varat zvanīt vai rakstīt. Atsūtiet pasi vai ID karti."],
    ["\"vai\" between two verbs of one form", "Lūdzu, pārbaudiet vai nomainiet skaitītāju."],
    ["\"vai … vai\" (either … or)", "Mēs vēl nezinām vai nu rīt vai parīt."],
    ["a direct question", "Labdien, kas Jums jāzina? Jūs kur dzīvojat?"],
    ["indefinite \"kaut kas\", \"ja kas\"", "Ja kas, zvaniet. Kaut kas nav kārtībā ar maksājumu."],
    ["\"reti kad\" (seldom)", "Šāds iesniegums pienāk reti kad. Tik siltas ziemas ir reti kad."],
    ["\"ja ne …, tad …\"", "Lēmums būs gatavs ja ne šonedēļ, tad nākamnedēļ."],
    ["\"cits ko\" (something else)", "Runājām par budžetu un par visu citu ko, kas mums ienāk prātā."],
    ["the optative \"lai\" with the conditional after its subject", "Bet šis lai būtu tikai pirmais solis."],
    ["\"nav ko\", \"nav par ko\"", "Nav ko uztraukties, viss ir kārtībā. Paldies! Nav par ko."],
    ["\"jo vairāk\", \"jo īpaši\"", "Jo ātrāk iesniegsiet, jo labāk. Atbalstām jauniešus un jo īpaši skolēnus."],
    ["\"jo\" as \"very\" before an adjective or adverb with no verb after it", "Lūdzam dokumentus iesniegt jo ātri. Šis darbs ir jo svarīgs."],
    ["\"cik iespējams\", \"cik vien iespējams\"", "Atbildēsim cik iespējams ātri. Palīdzēsim cik vien iespējams."],
    ["\"viens no kuriem\"", "Ir vairāki risinājumi, viens no kuriem ir piemērots Jums."],
    ["\"kurš katrs\"", "Pieteikties var ne kurš katrs iedzīvotājs."],
    ["a comma already there", "Informējam, ka dokuments, kuru Jūs iesniedzāt, ir izskatīts."],
    ["something to do (\"ko\" before an infinitive)", "Mums ir vēl daudz ko darīt, bet varam ko piedāvāt."],
    ["a capitalised word in a name", "Pasākums „Ka Tik Ar Prieku” notiks rīt."],
    ["the client's words in quotation marks", "Rakstījāt: „Lūdzu, paziņojiet kad būs atbilde.” Atbilde ir pievienota."],
    ["a line break before the clause", "Paldies par e-pastu\nka sūtījāt vakar."],
    // The closing comma of a relative clause.
    ["both commas of a relative clause", "Dokuments, kuru Jūs iesniedzāt, ir nepilnīgs. Iesniegumu, kas pienāca vakar, izskatīsim."],
    ["a relative clause at the end", "Mēs izskatīsim dokumentu, kuru Jūs iesniedzāt."],
    ["coordinated verbs of one relative clause", "Dokumentu, kuru Jūs parakstījāt un iesniedzāt, pārbaudīsim rīt."],
    ["a participle after \"ir\" in the relative clause", "Dokuments, kas ir iesniegts, tiks izskatīts. Iesniegums, kas saņemts vakar, ir izskatīts."],
    ["a debitive after \"ir\" in the relative clause", "Dokumenti, kas ir jāiesniedz līdz piektdienai, ir norādīti pielikumā."],
    ["the main clause's verb before the relative clause", "Mēs saņēmām dokumentu, kuru Jūs iesniedzāt vakar."],
    ["a modal and its infinitive in the relative clause", "Veidlapu, kuru varat parakstīt elektroniski, atradīsiet pielikumā."],
    // Look-alikes of a clause.
    ["the optative \"lai\"", "Visiem lai veicas! Šis gads lai paliek atmiņā. Par to lai rūpējas citi."],
    ["indefinite \"kas\" with no verb of its own", "Šķiet, ka viņam kas sakāms. Tur noteikti slēpjas kas, paskatīsimies."],
    ["indefinite \"kur\" inside a clause whose verb comes later", "Kad viņš pa brīvdienām kur aizbrauca, māja palika tukša."],
    ["old spelling \"ka\" for \"kā\" in a comparison", "Viņš strādā tāpat cītīgi ka citi."],
    ["a clause broken off", "Es gribēju pateikt cik... nē, nekas."],
    ["\"kā\" in a comparison after a verb of knowing", "Viņš pārzina novadu un zina ielas kā savus pirkstus."],
    ["two infinitives joined by \"vai\"", "Varat jautāt vai rakstīt, ja rodas neskaidrības."],
    ["\"par ko\" with no verb of its own", "Nav par ko, mēs runāsim par ko citu. Vēlāk sāksim ar ko vienkāršāku, jo tas ir svarīgi."],
    ["indefinite \"kas\" with a comma after it", "Ja pamanāt kas, zvaniet."],
    ["\"kāds\" as \"some\"", "Zinu kādu labu speciālistu un ieteikšu. Parādīsim kādu piemēru un izskaidrosim. Redzējām kādu vīrieti ejam uz māju."],
    ["\"līdz\" and \"kopš\" as prepositions", "Pieteikums jāiesniedz līdz piektdienai. Strādājam no 8.00 līdz 17.00. Kopš pirmdienas strādājam līdz sešiem."],
    ["\"tāpēc ka\" with one of its commas", "Atbildi sniedzam vēlāk, tāpēc ka gaidām dokumentus. Atbildi sniedzam vēlāk tāpēc, ka gaidām dokumentus."],
    ["\"tāpēc ka\" after a conjunction or opening the sentence", "Nokavējām un tāpēc ka sistēma nestrādāja, atvainojamies. Tāpēc ka sistēma nestrādāja, atbilde kavējās."],
    ["an indefinite pronoun in a yes-or-no question", "Vai Jūs ko redzējāt? Vai kāds ko zina? Vai pie jums kas notiek? Vai esat ko saņēmis?"],
    ["\"to vai citu\" (this or that)", "Runājām par to vai citu jautājumu, ko izskatīs dome."],
    ["\"ko\" with an infinitive that may be \"something to\"", "Vai plānojat ko svinēt? Plānojam ko uzlabot. Es domāju ko tādu."],
    ["\"kā\" and an infinitive in a comparison", "Nav labāka veida kā mācīties. Izskatās kā dzīvot pilsētā."],
    ["indefinite \"ko\" before a participle", "Redzējām ko salūzušu. Viņam kas noticis?"],
    ["\"līdz\" before a genitive and a later clause", "Dokumentus iesniedziet līdz mēneša beigām un mēs tos izskatīsim."],
    ["an indefinite \"kas\" with a participle after a pronoun", "Šķiet, ka viņam kas sakāms. Mums ir kas sakāms. Vai Jums kas nozagts?"],
    ["an indefinite \"kas\" and a participle after a noun in the dative", "Laikam kaimiņam kas noticis. Ja mājai kas bojāts, zvaniet."],
    ["\"kaut kas\", and \"kaut arī\" with no verb", "Kaut kas nav kārtībā. Atnāciet kaut arī uz brīdi."],
    ["\"pirms\" as a preposition", "Lūdzu, piezvaniet pirms termiņa beigām. Dienu pirms sēdes izsūtīsim darba kārtību."],
    ["a lone gerund, one after a place or time adverb, and a relative mood", "Viņš runāja smaidot. Viņš palika turpat sēžot. Viņš tagad dzīvojot Rīgā. Tas savukārt ietekmēšot cenas."],
    ["a gerund phrase that may start a word earlier", "Atkritumus šķirojam rūpīgi tādējādi samazinot izmaksas. Viņiem to pat nemanot, darbs bija padarīts."],
    ["\"kā\" comparing, with a pronoun and its verb", "Izvēlējāmies tādu pašu risinājumu kā mēs lietojām pērn. Strādājam tāpat kā mēs strādājām. Paveicām vairāk kā mēs cerējām."],
    ["\"kā\" as \"as\" (in the role of)", "Jūs kā klients varat pieprasīt izziņu. Mēs kā pašvaldība esam atbildīgi."],
    ["\"gan ka …, gan ka\" (both … and)", "Viņš zināja gan ka lēmums ir pieņemts, gan ka tas ir galīgs."],
    ["coordinated \"kad\"/\"ja\" clauses before \"tad\", and one opening the sentence", "Ja maksājums kavējas un ja Jūs nesazināties, tad aprēķina soda naudu. Un kad dokumenti būs saņemti, tad sazināsimies."],
    ["the optative \"lai\" of reported speech; \"jo\" before an old comparative", "Viņa pati lai paliekot mājās. Mēs strādājam jo tuvāki iedzīvotājiem."],
    ["indefinite \"kur\"/\"kas\" in a clause whose verb comes later", "Ja bērns kur aizklīst, zvaniet. Ja bērnam kas sāp, zvaniet."],
    ["\"šur tur\", \"viss kas\" after \"ir\", \"prasa ko\"", "Šur tur kur bija peļķes, ūdens sasala. Viņai ir viss kas vajadzīgs. Likums prasa ko vairāk."],
    ["\"tik cik\", \"kādu\" as \"some\", \"kaut vai\" with no clause", "Viņš bija tik cik dzīvs. Nopirkām maizi kādu dienu vēlāk. Kaut kas nav kārtībā, kaut vai mazliet."],
    ["\"vai\"/\"kā\" after \"svarīgi\"/\"skaidrs\" with no clause; \"kā\" at a question's start", "Tas ir svarīgi vai nesvarīgi. Rezultāts ir skaidrs kā diena. Jūs kā to darāt?"],
    ["\"kā\" + a noun after a noun or a pronoun (as)", "Mēs kā pašvaldība esam atbildīgi. Dokumentu kā pielikumu nosūtīsim rīt. Viņš strādā kā skolotājs un mācās."],
    ["indefinite \"kur\" before the participle, \"ko\" after a noun that is also a participle", "Ja kaimiņš pa brīvdienām kur aizbraucis, zvaniet. Viņa nepazemojās tik tālu, ka viņas kārta tai ko varētu pārmest."],
    ["a question that asks with a later word", "Dokumentu kad iesniedzāt? Kā Jūs ko nosūtījāt? Ko plānojat dzīvoklī ko mainīt?"],
  ])("accepts %s", (_what, sentence) => {
    expect(runRule(rule, textReply("Labdien!", sentence)).map((f) => f.excerpt)).toEqual([]);
  });

  it("names the corrected words and inserts only the comma", () => {
    const body = textReply("Labdien!", "Informējam ka Jūsu iesniegums ir saņemts.");
    const [finding] = runRule(rule, body);
    expect(finding).toMatchObject({ rule: "comma", clause: "9.5", severity: "warning", excerpt: "Informējam ka", suggestions: ["Informējam, ka"] });
    expect(finding.fix).toEqual({ start: finding.start + "Informējam".length, end: finding.start + "Informējam".length, text: "," });
    expectMessage(finding, rule, "beforeClause", { fixed: "Informējam, ka" });
    expectMessage(runRule(rule, body, { lang: "en" })[0], rule, "beforeClause", { fixed: "Informējam, ka" }, "en");
  });

  it("carries the fix into an Outlook HTML body and leaves the quoted thread alone", () => {
    const html = outlookReply(["Labdien!", "", "Informējam ka Jūsu iesniegums ir saņemts.", "", ...SIGNATURE_LINES]);
    const { draft } = contextFor(html, { format: "html" });
    const findings = runRule(rule, html, { format: "html" });
    expect(findings.map((f) => f.excerpt)).toEqual(["Informējam ka"]);
    expect(draft.sourceMap.applyEdits(html, findings.map((f) => f.fix!))).toContain("Informējam, ka Jūsu iesniegums");
  });

  it("skips drafts that are not Latvian", () => {
    expect(runRule(rule, "Dear Ms Kalniņa,\n\nWe checked ka and kas tables.\n\nKind regards,\nIlze Ozola")).toEqual([]);
  });
});
