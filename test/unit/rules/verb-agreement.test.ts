import { createVerbAgreementRule } from "../../../src/core/rules/verb-agreement";
import { loadMorphAnalyzer } from "../../../src/cli/loadMorphology";
import { expectMessage, expectOwnExamples, runRule } from "./harness";

const rule = createVerbAgreementRule(loadMorphAnalyzer());

/** The reported verbs with their fixes, in order. */
function reported(text: string): string[] {
  return runRule(rule, text).map((f) => `${f.excerpt} → ${f.fix?.text ?? ""}`);
}

describe("verb-agreement", () => {
  it("reports its bad examples and none of its good ones", () => {
    expectOwnExamples(rule);
  });

  it.each([
    ["Jūs var pieteikties pakalpojumam.", ["var → varat"]],
    ["Ja Jūs vēlas saņemt izziņu, zvaniet.", ["vēlas → vēlaties"]],
    ["Jūs ir saņēmis atbildi.", ["ir → esat"]],
    ["Jūs saņems atbildi desmit darba dienu laikā.", ["saņems → saņemsiet"]],
    ["Jūs nevar pieteikties atkārtoti.", ["nevar → nevarat"]],
    ["Jūs nav iesniedzis visus dokumentus.", ["nav → neesat"]],
    ["Jūs bija pieteicies konsultācijai.", ["bija → bijāt"]],
    ["Jūs būs informēts par lēmumu.", ["būs → būsiet"]],
    ["Ja Jūs interesējas par pabalstu, zvaniet.", ["interesējas → interesējaties"]],
    ["Jūs arī var pieteikties elektroniski.", ["var → varat"]],
    ["Jūs jau ir reģistrēts rindā.", ["ir → esat"]],
    ["Lūdzam paskaidrot, kāpēc Jūs atsakās no pakalpojuma.", ["atsakās → atsakāties"]],
    ["Vai Jūs var ierasties pirmdien?", ["var → varat"]],
    ["Jūs iesniegs pieteikumu līdz piektdienai.", ["iesniegs → iesniegsiet"]],
    ["Jūs varēja pieteikties līdz maijam.", ["varēja → varējāt"]],
    ["Informējam, ka Jūs ir iekļauts sarakstā.", ["ir → esat"]],
    ["Ja jūs vēlas, varat atnākt.", ["vēlas → vēlaties"]],
    ["Jūs saņēma rēķinu, kas bija jāapmaksā.", ["saņēma → saņēmāt"]],
    ["Kad Jūs atgriezīsies, sazinieties ar mums.", ["atgriezīsies → atgriezīsieties"]],
    ["Jūs drīkst iepazīties ar lietas materiāliem.", ["drīkst → drīkstat"]],
    ["Jūs varēs sazināties ar mums pa tālruni, ja tas būs nepieciešams.", ["varēs → varēsiet"]],
  ])("%s", (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it.each([
    "Kā Jūs var sasniegt?",
    "Jums ir tiesības pārsūdzēt lēmumu.",
    "Jūs varat pieteikties pakalpojumam.",
    "Jūs ir jāinformē par lēmumu.",
    "Jūs interesē šis jautājums.",
    "Ja Jūs interesē, varam atsūtīt sīkāku informāciju.",
    "Jūs sagaidīs mūsu speciālists.",
    "Speciālists Jūs saņems pirmdien.",
    "Jūs var informēt arī pa tālruni.",
    "Mēs Jūs informēsim rakstiski.",
    "Par Jūs ir saņemta sūdzība.",
    "Lūdzam Jūs ierasties pirmdien.",
    "Jūs un Jūsu ģimene var saņemt pabalstu.",
    "Jūs esat saņēmis atbildi, un lēmumu Jūs saņemsiet rīt.",
    "Jūs vēlaties saņemt izziņu.",
    "Jūs saņemsiet atbildi rīt.",
    "Jūs nevarat pieteikties atkārtoti.",
    "Jūs gaida pārsteigums.",
    "Jūs uztrauc nokavētais maksājums.",
    "Rakstījāt: „Jūs var pieteikties?” Jā, varat.",
    "Jūs ir jāreģistrē rindā.",
    "Tu vari pieteikties, un Jūs varat pieteikties.",
    // A preposition that is also a verb form ("ar" of "art", "līdz" of "līdzēt", "virs" of "virt")
    // before what it may govern is the preposition, not the verb after "Jūs".
    "Ceram, ka Jūs ar savu pieredzi palīdzēsiet citiem.",
    "Jūs ar mūsu palīdzību noformēsiet iesniegumu ātri.",
    "Vai Jūs ar mums sazināsieties rīt?",
    "Jūs ar pārējiem dalībniekiem tiksieties zālē.",
    "Ja Jūs līdz piektdienai iesniegsiet dokumentus, lēmumu pieņemsim nākamnedēļ.",
    "Jūs līdz šim neesat saņēmis atbildi.",
    "Jūs virs ieejas redzēsiet norādi.",
  ])("accepts: %s", (text) => {
    expect(reported(text)).toEqual([]);
  });

  it("names the pronoun, the verb and the fix, and keeps a capital letter", () => {
    const [finding] = runRule(rule, "Jūs var pieteikties pakalpojumam.");
    expectMessage(finding, rule, "secondPerson", { pronoun: "Jūs", word: "var", fixed: "varat" });
    expect(reported("Vai Jūs Var pieteikties?")).toEqual(["Var → Varat"]);
  });
});

describe("quotations (part G)", () => {
  it("reports inside a title; a citation after a colon keeps its words", () => {
    expect(reported("Aicinām piedalīties kampaņā „Jūs var pieteikties arī tiešsaistē”.")).toEqual(["var → varat"]);
    expect(reported("Jūs rakstījāt: „Jūs var pieteikties arī tiešsaistē.”")).toEqual([]);
  });
});
