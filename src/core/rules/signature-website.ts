/** signature-website: the signature gives the municipality's official website. */
import { COMPLETE_SIGNATURE_EXAMPLES, UNSIGNED_EXAMPLE, exampleReply, signatureFieldRule } from "./support/signature";

export const rule = signatureFieldRule({
  id: "signature-website",
  field: "website",
  title: { lv: "Paraksts: tīmekļvietne", en: "Signature: website" },
  description: {
    lv: "Parakstā norāda pašvaldības oficiālās tīmekļvietnes adresi: klients atrod pakalpojumu aprakstus, veidlapas un kontaktus un var pārliecināties, ka vēstule ir īsta.",
    en: "The signature gives the municipality's official website: the client finds service descriptions, forms and contacts there and can check that the letter is genuine.",
  },
  messages: {
    lv: {
      missing: "Parakstā norādiet pašvaldības oficiālās tīmekļvietnes adresi.",
      noSignature: "Atbildei nav paraksta: pievienojiet to un norādiet pašvaldības oficiālās tīmekļvietnes adresi.",
    },
    en: {
      missing: "Give the municipality's official website address in the signature.",
      noSignature: "The reply has no signature: add one with the municipality's official website address.",
    },
  },
  onSend: { lv: "tīmekļvietne", en: "website" },
  examples: {
    good: [...COMPLETE_SIGNATURE_EXAMPLES],
    bad: [
      exampleReply("Ar cieņu,", "Ilze Ozola", "Klientu apkalpošanas speciāliste", "Ādažu novada pašvaldība", "Tālr. 67895400", "ilze.ozola@adazi.lv"),
      exampleReply("Ar cieņu,", "Jānis Kalniņš | Būvvaldes vadītājs | Ādažu novada pašvaldība", "Tālr. +371 67 895 420 | janis.kalnins@adazi.lv"),
      UNSIGNED_EXAMPLE,
    ],
  },
  suggest: (context) => {
    const website = context.config.signature.website ?? context.config.organization.website;
    return website ? [website] : [];
  },
});
