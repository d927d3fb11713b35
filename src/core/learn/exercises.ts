/**
 * Exercises for trainers: realistic replies of a Latvian municipality that fall short of the
 * standard, each with the task in one sentence and a model answer that the checker accepts.
 * Together they make every rule of the catalogue report at least once (test/unit/learn proves it).
 * Bodies are this repository's own trusted HTML, as the preview's compose editor holds it.
 */
import type { Localized } from "../rules/types";

export interface Exercise {
  id: string;
  title: Localized;
  /** What the trainee has to do, in one sentence. */
  task: Localized;
  subject: string;
  to: { name: string; address: string }[];
  /** The flawed reply the trainee starts from. */
  flawedHtml: string;
  /** A reply the checker accepts with no error or warning. */
  modelHtml: string;
}

const SIGNATURE =
  "<p>Ar cieņu<br>Ilze Ozola<br>Klientu apkalpošanas speciāliste<br>Ādažu novada pašvaldība<br>" +
  "Tālr. 67997005<br>ilze.ozola@adazi.lv<br>www.adazunovads.lv</p>";

/** Paragraphs of plain text (no markup) as the editor's HTML. */
function paragraphs(...texts: string[]): string {
  return texts.map((t) => `<p>${t}</p>`).join("");
}

export const EXERCISES: readonly Exercise[] = [
  {
    id: "ex-nodoklis",
    title: { lv: "Nekustamā īpašuma nodoklis", en: "Property tax" },
    task: {
      lv: "Pievienojiet uzrunu un atsauci uz klienta e-pastu, nomainiet birokrātiskos vārdus un saīsinājumu ar vienkāršiem.",
      en: "Add a greeting and a reference to the client's e-mail, and replace the bureaucratic words and the abbreviation with plain ones.",
    },
    subject: "RE: Nekustamā īpašuma nodokļa atvieglojums",
    to: [{ name: "Jānis Bērziņš", address: "janis.berzins@inbox.lv" }],
    flawedHtml:
      paragraphs(
        "Uz doto brīdi Jūsu iesniegums tiks izskatīts nākamajā komisijas sēdē.",
        "Ja Jūs vēlas, varat iesniegt papildu dokumentus par Jūsu īpašums.",
        "NĪN maksāšanas paziņojumu nosūtīsim līdz 15. februārim.",
        "Paldies par sapratni!",
      ) + SIGNATURE,
    modelHtml:
      paragraphs(
        "Labdien!",
        "Paldies par Jūsu 2026. gada 17. novembra e-pastu par nekustamā īpašuma nodokļa atvieglojumu.",
        "Komisija Jūsu iesniegumu izskatīs nākamajā sēdē 3. decembrī.",
        "Nekustamā īpašuma nodokļa maksāšanas paziņojumu Jums nosūtīsim līdz 15. februārim.",
        "Ja rodas jautājumi, lūdzu, rakstiet vai zvaniet man. Paldies par sapratni!",
      ) + SIGNATURE,
  },
  {
    id: "ex-atkritumi",
    title: { lv: "Atkritumu izvešana", en: "Waste collection" },
    task: {
      lv: "Papildiniet parakstu ar vārdu, uzvārdu un tālruni un pārrakstiet atbildi bez pārmetumiem.",
      en: "Complete the signature with the name and phone number and rewrite the reply without reproach.",
    },
    subject: "RE: Atkritumu izvešanas grafiks Kadagā",
    to: [{ name: "Anna Kalniņa", address: "anna.kalnina@gmail.com" }],
    flawedHtml:
      paragraphs(
        "Labdien, Kalniņas kundze!",
        "Paldies par Jūsu 2026. gada 18. novembra e-pastu.",
        "Kā jau rakstījām iepriekšējā vēstulē, atkritumus Kadagā izved katru otro ceturtdienu. Jums vajadzēja izlasīt grafiku mājaslapā!!!",
        "Paldies par sapratni!",
      ) +
      "<p>Ar cieņu<br>Klientu apkalpošanas speciāliste<br>Ādažu novada pašvaldība<br>ilze.ozola@adazi.lv<br>www.adazunovads.lv</p>",
    modelHtml:
      paragraphs(
        "Labdien, Kalniņas kundze!",
        "Paldies par Jūsu 2026. gada 18. novembra e-pastu par atkritumu izvešanu Kadagā.",
        "Atvainojamies, ka konteineri pie Jūsu mājas nav iztukšoti laikā. Esam sazinājušies ar apsaimniekotāju, un tas konteinerus iztukšos līdz šīs nedēļas piektdienai.",
        "Turpmāk atkritumus Kadagā izvedīs katru otro ceturtdienu, kā norādīts grafikā.",
        "Paldies par pacietību!",
      ) + SIGNATURE,
  },
  {
    id: "ex-rinda",
    title: { lv: "Bērnudārza rinda", en: "Kindergarten queue" },
    task: {
      lv: "Rakstiet „Jūs” ar lielo burtu, izņemiet personas kodu un papildiniet parakstu ar amatu un e-pastu.",
      en: "Write „Jūs” with a capital letter, remove the personal code and add the position and e-mail to the signature.",
    },
    subject: "RE: Bērnudārza rinda",
    to: [{ name: "Līga Vītola", address: "liga.vitola@inbox.lv" }],
    flawedHtml:
      paragraphs(
        "Labdien!",
        "Paldies par jūsu 2026. gada 19. novembra e-pastu.",
        "Pārbaudījām datus par bērnu ar personas kodu 150385-10412, un jūsu meita rindā ir 14. vietā.",
        "Paldies par sapratni!",
      ) +
      "<p>Ar cieņu<br>Ilze Ozola<br>Ādažu novada pašvaldība<br>Tālr. 67997005<br>www.adazunovads.lv</p>",
    modelHtml:
      paragraphs(
        "Labdien!",
        "Paldies par Jūsu 2026. gada 19. novembra e-pastu par vietu bērnudārza rindā.",
        "Jūsu meita pirmsskolas izglītības iestāžu rindā pašlaik ir 14. vietā.",
        "Vietu rindā varat redzēt arī portālā Latvija.gov.lv.",
        "Paldies par sapratni!",
      ) + SIGNATURE,
  },
  {
    id: "ex-veidlapa",
    title: { lv: "Iesnieguma veidlapa", en: "Application form" },
    task: {
      lv: "Izlabojiet saites: drošs publisks adreses veids, saprotams saites teksts, bez iekšējā tīkla adresēm.",
      en: "Fix the links: a safe public address, a meaningful link text and no internal network addresses.",
    },
    subject: "RE: Pieteikums dzīvokļa rindai",
    to: [{ name: "Pēteris Liepa", address: "peteris.liepa@inbox.lv" }],
    flawedHtml:
      paragraphs(
        "Labdien!",
        "Paldies par Jūsu 2026. gada 16. novembra e-pastu par pašvaldības dzīvokļa rindu.",
        'Iesnieguma veidlapu varat lejupielādēt <a href="https://www.adazunovads.lv/lv/ka-iesniegt-iesniegumu-ierosinajumu-vai-sudzibu">šeit</a>.',
        "Informācija par palīdzību dzīvokļa jautājumu risināšanā pieejama http://www.adazunovads.lv/socialais-dienests.",
        "Aizpildīšanas paraugs: http://intranet/veidlapas/pieteikums",
        "Paldies par Jūsu interesi!",
      ) + SIGNATURE,
    modelHtml:
      paragraphs(
        "Labdien!",
        "Paldies par Jūsu 2026. gada 16. novembra e-pastu par pašvaldības dzīvokļa rindu.",
        'Aizpildiet <a href="https://www.adazunovads.lv/lv/ka-iesniegt-iesniegumu-ierosinajumu-vai-sudzibu">iesnieguma veidlapu pašvaldības tīmekļvietnē</a> un iesniedziet to klātienē vai ar drošu elektronisko parakstu.',
        "Kad iesniegumu saņemsim, Jūs iekļausim rindā un par to paziņosim.",
        "Paldies par Jūsu interesi!",
      ) + SIGNATURE,
  },
  {
    id: "ex-buvatlauja",
    title: { lv: "Būvatļauja", en: "Building permit" },
    task: {
      lv: "Sadaliet garo teikumu īsākos, papildiniet parakstu ar iestādi un tīmekļvietni un pievienojiet pieminēto pielikumu vai izņemiet atsauci uz to.",
      en: "Split the long sentence, add the institution and website to the signature, and attach the document you mention or drop the mention.",
    },
    subject: "RE: Būvatļaujas saņemšana",
    to: [{ name: "Māris Krūmiņš", address: "maris.krumins@inbox.lv" }],
    flawedHtml:
      paragraphs(
        "Labdien, Krūmiņa kungs!",
        "Paldies par Jūsu 2026. gada 12. novembra iesniegumu par būvatļauju.",
        "Informējam, ka Jūsu iesniegums par būvatļaujas izsniegšanu dzīvojamās mājas pārbūvei ir saņemts un tiks izskatīts būvvaldes sēdē, kas notiks 2026. gada 15. decembrī, un par pieņemto lēmumu Jūs informēsim rakstiski uz iesniegumā norādīto e-pasta adresi.",
        "Pielikumā nosūtām būvvaldes sēžu grafiku.",
        "Paldies par sapratni!",
      ) +
      "<p>Ar cieņu<br>Ilze Ozola<br>Klientu apkalpošanas speciāliste<br>Tālr. 67997005<br>ilze.ozola@adazi.lv</p>",
    modelHtml:
      paragraphs(
        "Labdien, Krūmiņa kungs!",
        "Paldies par Jūsu 2026. gada 12. novembra iesniegumu par būvatļauju.",
        "Būvvalde Jūsu iesniegumu izskatīs sēdē 15. decembrī. Par lēmumu Jums paziņosim e-pastā uz adresi, ko norādījāt iesniegumā.",
        "Paldies par sapratni!",
      ) + SIGNATURE,
  },
  {
    id: "ex-pabalsts",
    title: { lv: "Pabalsts un pareizrakstība", en: "Allowance and spelling" },
    task: {
      lv: "Izlabojiet pareizrakstības, gramatikas un pieturzīmju kļūdas un pateicieties klientam vai atvainojieties nobeigumā.",
      en: "Correct the spelling, grammar and punctuation mistakes and thank or apologize to the client at the end.",
    },
    subject: "RE: Apkures pabalsts",
    to: [{ name: "Inese Ozoliņa", address: "inese.ozolina@inbox.lv" }],
    flawedHtml:
      paragraphs(
        "Labdien!",
        "Atbildot uz Jūsu 2026. gada 10. novembra e-pastu, informejam ka apkures pabalstu pasvaldiba piešķir sociālais dienests.",
        "Ja Jūs vēlas, iesniegumu varat iesniegt sociālajā dienestā darbdienās 9.00-12.00 vai portālā Latvija.gov.lv. Iesniegumu izskatīsim līdz mēneša beigas.",
      ) + SIGNATURE,
    modelHtml:
      paragraphs(
        "Labdien!",
        "Paldies par Jūsu 2026. gada 10. novembra e-pastu par apkures pabalstu.",
        "Apkures pabalstu piešķir pašvaldības sociālais dienests.",
        "Iesniegumu varat iesniegt sociālajā dienestā darbdienās 9.00–12.00 vai portālā Latvija.gov.lv.",
        "Paldies, ka vērsāties pie mums!",
      ) + SIGNATURE,
  },
  {
    id: "ex-apgaismojums",
    title: { lv: "Ielu apgaismojums", en: "Street lighting" },
    task: {
      lv: "Pievienojiet nobeigumu ar nākamo soli un pateicību klientam.",
      en: "Add a closing with the next step and thanks to the client.",
    },
    subject: "RE: Nedeg ielas apgaismojums",
    to: [{ name: "Roberts Zariņš", address: "roberts.zarins@inbox.lv" }],
    flawedHtml:
      paragraphs(
        "Labdien, Zariņa kungs!",
        "Atbildot uz Jūsu 2026. gada 20. novembra e-pastu, informējam, ka apgaismojums Pils ielā ir bojāts.",
      ) + SIGNATURE,
    modelHtml:
      paragraphs(
        "Labdien, Zariņa kungs!",
        "Paldies par Jūsu 2026. gada 20. novembra e-pastu par ielas apgaismojumu Pils ielā.",
        "Apgaismojumu Pils ielā salabos līdz 27. novembrim.",
        "Ja pēc šī datuma apgaismojums joprojām nedarbosies, lūdzu, rakstiet mums vēlreiz. Paldies, ka ziņojāt!",
      ) + SIGNATURE,
  },
  {
    id: "ex-dzivesvieta",
    title: { lv: "Dzīvesvietas deklarēšana", en: "Declaring residence" },
    task: {
      lv: "Atsaucieties uz klienta e-pastu, pārrakstiet atbildi bez kliegšanas ar lielajiem burtiem un aizstājiet žargonu ar vienkāršiem vārdiem.",
      en: "Refer to the client's e-mail, rewrite the reply without shouting in capitals and replace the jargon with plain words.",
    },
    subject: "RE: Dzīvesvietas deklarēšana",
    to: [{ name: "Kristīne Lapiņa", address: "kristine.lapina@inbox.lv" }],
    flawedHtml:
      paragraphs(
        "Labdien!",
        "Informējam, ka dzīvesvietu var deklarēt portālā Latvija.gov.lv. Lūdzam piegriezt uzmanību termiņam.",
        "LŪDZU IEVĒROJIET NOTEIKTO TERMIŅU.",
        "Paldies par sapratni!",
      ) + SIGNATURE,
    modelHtml:
      paragraphs(
        "Labdien!",
        "Paldies par Jūsu 2026. gada 21. novembra e-pastu par dzīvesvietas deklarēšanu.",
        "Dzīvesvietu varat deklarēt portālā Latvija.gov.lv vai klātienē Klientu apkalpošanas centrā.",
        "Lūdzu, deklarējiet dzīvesvietu viena mēneša laikā pēc pārcelšanās.",
        "Paldies par sapratni!",
      ) + SIGNATURE,
  },
];

export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((e) => e.id === id);
}
