/** signature-phone: the signature gives a phone number. */
import { COMPLETE_SIGNATURE_EXAMPLES, UNSIGNED_EXAMPLE, exampleReply, ownSpecialist, signatureFieldRule } from "./support/signature";

export const rule = signatureFieldRule({
  id: "signature-phone",
  field: "phone",
  title: { lv: "Paraksts: tālrunis", en: "Signature: phone" },
  description: {
    lv: "Parakstā norāda tālruņa numuru: klients var ātri piezvanīt un precizēt jautājumu, nerakstot vēlreiz.",
    en: "The signature gives a phone number: the client can call to clear up a question quickly instead of writing again.",
  },
  messages: {
    lv: {
      missing: "Parakstā norādiet tālruņa numuru, pa kuru klients var sazināties.",
      noSignature: "Atbildei nav paraksta: pievienojiet to un norādiet tālruņa numuru.",
    },
    en: {
      missing: "Give a phone number the client can call in the signature.",
      noSignature: "The reply has no signature: add one with a phone number.",
    },
  },
  onSend: { lv: "tālrunis", en: "phone" },
  examples: {
    good: [...COMPLETE_SIGNATURE_EXAMPLES],
    bad: [
      exampleReply("Ar cieņu,", "Ilze Ozola", "Klientu apkalpošanas speciāliste", "Ādažu novada pašvaldība", "ilze.ozola@adazi.lv", "www.adazunovads.lv"),
      exampleReply("Ar cieņu,", "Jānis Kalniņš | Būvvaldes vadītājs | Ādažu novada pašvaldība", "janis.kalnins@adazi.lv | www.adazunovads.lv"),
      UNSIGNED_EXAMPLE,
    ],
  },
  suggest: (context) => {
    const phone = ownSpecialist(context)?.phone || context.config.signature.phone || context.config.organization.phone;
    return phone ? [phone] : [];
  },
});
