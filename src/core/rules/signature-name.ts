/** signature-name: the signature gives the employee's first name and surname. */
import { COMPLETE_SIGNATURE_EXAMPLES, UNSIGNED_EXAMPLE, exampleReply, ownSpecialist, signatureFieldRule } from "./support/signature";

export const rule = signatureFieldRule({
  id: "signature-name",
  field: "name",
  title: { lv: "Paraksts: vārds un uzvārds", en: "Signature: name" },
  description: {
    lv: "Parakstā darbinieks norāda savu vārdu un uzvārdu: klients zina, kas viņam atbildējis, un var vērsties pie tā paša cilvēka vēlreiz.",
    en: "The signature gives the employee's first name and surname: the client knows who answered and can turn to the same person again.",
  },
  messages: {
    lv: {
      missing: "Parakstā norādiet savu vārdu un uzvārdu.",
      noSignature: "Atbildei nav paraksta: pievienojiet to un norādiet savu vārdu un uzvārdu.",
    },
    en: {
      missing: "Give your first name and surname in the signature.",
      noSignature: "The reply has no signature: add one with your first name and surname.",
    },
  },
  onSend: { lv: "vārds un uzvārds", en: "name" },
  examples: {
    good: [...COMPLETE_SIGNATURE_EXAMPLES],
    bad: [
      exampleReply("Ar cieņu,", "Klientu apkalpošanas speciāliste", "Ādažu novada pašvaldība", "Tālr. 67895400", "ilze.ozola@adazi.lv", "www.adazunovads.lv"),
      exampleReply("Ar cieņu,", "Ādažu novada pašvaldības Klientu apkalpošanas centrs", "Tālr. 67895400 | info@adazi.lv | www.adazunovads.lv"),
      UNSIGNED_EXAMPLE,
    ],
  },
  suggest: (context) => {
    const specialist = ownSpecialist(context);
    return specialist ? [specialist.name] : [];
  },
});
