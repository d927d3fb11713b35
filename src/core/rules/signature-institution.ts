/** signature-institution: the signature names the institution the employee works for. */
import { COMPLETE_SIGNATURE_EXAMPLES, UNSIGNED_EXAMPLE, exampleReply, institutionName, signatureFieldRule } from "./support/signature";

export const rule = signatureFieldRule({
  id: "signature-institution",
  field: "institution",
  title: { lv: "Paraksts: iestāde", en: "Signature: institution" },
  description: {
    lv: "Parakstā norāda iestādi — pašvaldību vai tās iestādi, kuras vārdā darbinieks atbild: klients zina, kas ir atbildes sniedzējs un kur vērsties.",
    en: "The signature names the institution — the municipality or its body — on whose behalf the employee answers: the client knows who is replying and where to turn.",
  },
  messages: {
    lv: {
      missing: "Parakstā norādiet iestādi, kuras vārdā atbildat (piemēram, pašvaldību).",
      noSignature: "Atbildei nav paraksta: pievienojiet to un norādiet iestādi, kuras vārdā atbildat.",
    },
    en: {
      missing: "Name the institution you answer for (e.g. the municipality) in the signature.",
      noSignature: "The reply has no signature: add one that names the institution you answer for.",
    },
  },
  onSend: { lv: "iestāde", en: "institution" },
  examples: {
    good: [...COMPLETE_SIGNATURE_EXAMPLES],
    bad: [
      exampleReply("Ar cieņu,", "Ilze Ozola", "Klientu apkalpošanas speciāliste", "Tālr. 67895400", "ilze.ozola@adazi.lv", "www.adazunovads.lv"),
      exampleReply("Ar cieņu,", "Jānis Kalniņš | Būvinženieris", "Tālr. +371 67 895 420 | janis.kalnins@adazi.lv | www.adazunovads.lv"),
      UNSIGNED_EXAMPLE,
    ],
  },
  suggest: (context) => [institutionName(context)],
});
