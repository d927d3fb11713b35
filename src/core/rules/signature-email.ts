/** signature-email: the signature gives an e-mail address. */
import { COMPLETE_SIGNATURE_EXAMPLES, UNSIGNED_EXAMPLE, exampleReply, signatureFieldRule } from "./support/signature";

export const rule = signatureFieldRule({
  id: "signature-email",
  field: "email",
  title: { lv: "Paraksts: e-pasts", en: "Signature: e-mail" },
  description: {
    lv: "Parakstā norāda e-pasta adresi: pārsūtītā vai izdrukātā vēstulē tā ir vienīgā norāde, uz kurieni rakstīt.",
    en: "The signature gives an e-mail address: in a forwarded or printed letter it is the only clue where to write.",
  },
  messages: {
    lv: {
      missing: "Parakstā norādiet savu e-pasta adresi.",
      noSignature: "Atbildei nav paraksta: pievienojiet to un norādiet savu e-pasta adresi.",
    },
    en: {
      missing: "Give your e-mail address in the signature.",
      noSignature: "The reply has no signature: add one with your e-mail address.",
    },
  },
  onSend: { lv: "e-pasts", en: "e-mail" },
  examples: {
    good: [...COMPLETE_SIGNATURE_EXAMPLES],
    bad: [
      exampleReply("Ar cieņu,", "Ilze Ozola", "Klientu apkalpošanas speciāliste", "Ādažu novada pašvaldība", "Tālr. 67895400", "www.adazunovads.lv"),
      exampleReply("Ar cieņu,", "Jānis Kalniņš | Būvvaldes vadītājs | Ādažu novada pašvaldība", "Tālr. +371 67 895 420 | https://www.adazunovads.lv"),
      UNSIGNED_EXAMPLE,
    ],
  },
  suggest: (context) => {
    const email = context.userEmail || context.config.organization.email;
    return email ? [email] : [];
  },
});
