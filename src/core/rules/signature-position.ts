/** signature-position: the signature gives the employee's position. */
import { COMPLETE_SIGNATURE_EXAMPLES, UNSIGNED_EXAMPLE, exampleReply, ownSpecialist, signatureFieldRule } from "./support/signature";

export const rule = signatureFieldRule({
  id: "signature-position",
  field: "position",
  title: { lv: "Paraksts: amats", en: "Signature: position" },
  description: {
    lv: "Parakstā darbinieks norāda savu amatu: klients redz, vai atbildējis atbildīgais speciālists, un zina, kā viņu uzrunāt.",
    en: "The signature gives the employee's position: the client sees that the responsible specialist answered and how to address them.",
  },
  messages: {
    lv: {
      missing: "Parakstā norādiet savu amatu.",
      noSignature: "Atbildei nav paraksta: pievienojiet to un norādiet savu amatu.",
    },
    en: {
      missing: "Give your position in the signature.",
      noSignature: "The reply has no signature: add one with your position.",
    },
  },
  onSend: { lv: "amats", en: "position" },
  examples: {
    good: [...COMPLETE_SIGNATURE_EXAMPLES],
    bad: [
      exampleReply("Ar cieņu,", "Ilze Ozola", "Ādažu novada pašvaldība", "Tālr. 67895400", "ilze.ozola@adazi.lv", "www.adazunovads.lv"),
      exampleReply("Ar cieņu,", "Jānis Kalniņš | Ādažu novada pašvaldība", "Tālr. +371 67 895 420 | janis.kalnins@adazi.lv | www.adazunovads.lv"),
      UNSIGNED_EXAMPLE,
    ],
  },
  suggest: (context) => {
    const specialist = ownSpecialist(context);
    if (!specialist) return [];
    const p = specialist.position;
    return typeof p === "string" ? [p] : [p.lv, ...(p.en ? [p.en] : [])];
  },
});
