/**
 * What marks the start of a quoted earlier thread, as the common mail clients write it.
 * Data only: the detectors in html.ts and quote.ts read these lists. Be generous here: a
 * marker missing from these lists means quoted text is checked as if the employee wrote it.
 */

/**
 * Element ids that start the quoted thread: everything from the element onwards (in document
 * order) is the earlier thread. Compared case-insensitively after dropping the "x_" prefixes
 * Outlook on the web adds each time a message passes through it.
 */
export const CUT_IDS: readonly string[] = [
  "divrplyfwdmsg", // Outlook on the web / Outlook.com header block
  "appendonsend", // Outlook on the web: empty marker before the quoted thread
  "mail-editor-reference-message-container", // new Outlook for Windows and Mac
  "olk_src_body_section", // Outlook for Mac (2011–2019)
  "stopspelling", // old Outlook Web App <hr id=stopSpelling>
  "zwchr", // Zimbra <hr id=zwchr>
  "ms-outlook-mobile-reference-message", // Outlook mobile
  "reply-intro", // some webmail clients
  "isforwardcontent", // Mail.ru style forward container
  "origbody",
];

/** Class names that start the quoted thread (cut semantics, as CUT_IDS). */
export const CUT_CLASSES: readonly string[] = [
  "outlookmessageheader", // Outlook 2003 <div class=OutlookMessageHeader>
  "ms-outlook-mobile-reference-message",
  "zmail_extra", // Zoho Mail
  "mail-editor-reference-message-container",
];

/** `<a name=...>` bookmarks Outlook desktop puts at the start of the original message. */
export const CUT_ANCHOR_NAMES: readonly string[] = ["_mailoriginal"];

/** `data-marker` values (Zimbra) that start the quoted thread. */
export const CUT_DATA_MARKERS: readonly string[] = ["__quoted_text__", "__headers__", "__divider__"];

/**
 * Class names of containers that hold a quote: the container is quoted, text after it is the
 * employee's again (inline and bottom-posted replies).
 */
export const QUOTE_CLASSES: readonly string[] = [
  "gmail_quote", // Gmail (div and blockquote)
  "gmail_quote_container",
  "gmail_attr", // Gmail's "On …, … wrote:" line
  "gmail_extra",
  "moz-cite-prefix", // Thunderbird's "On …, … wrote:" line
  "yahoo_quoted", // Yahoo Mail
  "protonmail_quote", // Proton Mail
  "tutanota_quote", // Tuta
  "ydp-quoted", // Yahoo
  "quote", // Roundcube and others use class="quote" on blockquotes only; see QUOTE_CLASS_BLOCKQUOTE_ONLY
  "mail-quote-collapse", // Mail.ru
  "moz-forward-container", // Thunderbird forwards
  "x_gmail_quote",
];

/** Of QUOTE_CLASSES, those that only count on a <blockquote> (they are too generic elsewhere). */
export const QUOTE_CLASS_BLOCKQUOTE_ONLY: readonly string[] = ["quote"];

/** Element ids of containers that hold a quote. */
export const QUOTE_IDS: readonly string[] = [
  "mac_outlook_attribution_blockquote", // Outlook for Mac's blockquote of the original
  "yahoo_quoted",
  "zwchr",
];

/** Id prefixes of quote containers (Yahoo numbers them: yahoo_quoted_1234). */
export const QUOTE_ID_PREFIXES: readonly string[] = ["yahoo_quoted_", "divrplyfwdmsg"];

/**
 * Separator lines (trimmed of the runs of -, _, =, * around them, lower case, single spaces)
 * that start a quoted or forwarded message in every client that writes one.
 */
export const SEPARATOR_PHRASES: readonly string[] = [
  // English
  "original message",
  "original email",
  "forwarded message",
  "forwarded message follows",
  "begin forwarded message:",
  "begin forwarded message",
  "reply message",
  "forwarded e-mail",
  // Latvian
  "oriģinālais ziņojums",
  "oriģinālā ziņa",
  "oriģinālais e-pasts",
  "oriģināls ziņojums",
  "oriģinālā vēstule",
  "sākotnējais ziņojums",
  "sākotnējā ziņa",
  "sākotnējais e-pasts",
  "pārsūtīts ziņojums",
  "pārsūtītais ziņojums",
  "pārsūtīta ziņa",
  "pārsūtītā ziņa",
  "pārsūtītā vēstule",
  "sākt pārsūtīto ziņojumu:",
  "sākums pārsūtītajam ziņojumam:",
  "pārsūtītā ziņojuma sākums:",
  // Russian / Ukrainian
  "исходное сообщение",
  "оригинальное сообщение",
  "пересылаемое сообщение",
  "пересланное сообщение",
  "перенаправленное сообщение",
  "начало переадресованного сообщения:",
  "начало пересылаемого сообщения:",
  "вихідне повідомлення",
  "оригінальне повідомлення",
  "пересланий лист",
  "переслане повідомлення",
  // German
  "ursprüngliche nachricht",
  "originalnachricht",
  "original-nachricht",
  "weitergeleitete nachricht",
  "anfang der weitergeleiteten nachricht:",
  "ursprüngliche e-mail",
  // Estonian
  "algne sõnum",
  "algsõnum",
  "originaalsõnum",
  "edasisaadetud sõnum",
  "edasi saadetud sõnum",
  "edastatud sõnum",
  // Lithuanian
  "pradinis laiškas",
  "originalus laiškas",
  "originali žinutė",
  "pradinė žinutė",
  "persiųstas laiškas",
  "persiunčiamas laiškas",
  // Polish
  "wiadomość oryginalna",
  "oryginalna wiadomość",
  "przekazana wiadomość",
  "wiadomość przekazana dalej",
  "początek przekazywanej wiadomości:",
  // French
  "message d'origine",
  "message d’origine",
  "message original",
  "message transféré",
  "début du message réexpédié :",
  "début du message réexpédié:",
  "début du message transféré :",
  "début du message transféré:",
  // Spanish, Italian, Portuguese
  "mensaje original",
  "mensaje reenviado",
  "comienzo del mensaje reenviado:",
  "messaggio originale",
  "messaggio inoltrato",
  "inizio messaggio inoltrato:",
  "mensagem original",
  "mensagem encaminhada",
  "início da mensagem reencaminhada:",
  // Dutch, Nordic, Finnish
  "oorspronkelijk bericht",
  "origineel bericht",
  "doorgestuurd bericht",
  "originalmeddelande",
  "ursprungligt meddelande",
  "vidarebefordrat meddelande",
  "opprinnelig melding",
  "videresendt melding",
  "oprindelig meddelelse",
  "oprindelig besked",
  "videresendt meddelelse",
  "videresendt besked",
  "opprinnelig e-post",
  "videresendt e-post",
  "alkuperäinen viesti",
  "välitetty viesti",
  // Czech, Slovak, Hungarian, Turkish
  "původní zpráva",
  "přeposlaná zpráva",
  "pôvodná správa",
  "eredeti üzenet",
  "továbbított üzenet",
  "orijinal mesaj",
  "iletilen ileti",
];

/**
 * Separator phrases that open a longer line between dashes: "----- Forwarded by Jānis
 * Bērziņš/ADAZI on 02.12.2026 10:15 -----" (Lotus Notes / Domino) and its translations.
 */
export const SEPARATOR_PREFIXES: readonly string[] = [
  "forwarded by", "forwarded message from", "pārsūtīja", "pārsūtīts no", "переслано", "пересылает", "weitergeleitet von",
  "transféré par", "reenviado por", "inoltrato da", "encaminhado por", "przekazane przez", "persiuntė", "edastas",
  "välittänyt", "videresendt av", "videresendt af", "vidarebefordrat av", "doorgestuurd door",
];

/** Separator phrases that count even without the dashes around them (they end in a colon). */
export const SEPARATOR_PHRASES_BARE: readonly string[] = SEPARATOR_PHRASES.filter((phrase) => phrase.endsWith(":"));

/**
 * Labels of a quoted message's header block ("From: …", "No: …", "От: …"), lower case, by
 * what they stand for. A header block needs a "from" label and another label next to it.
 */
export const HEADER_LABELS: Readonly<Record<"from" | "sent" | "to" | "cc" | "subject", readonly string[]>> = {
  from: [
    "from", "no", "sender", "от", "от кого", "відправник", "від", "von", "absender", "saatja", "nuo", "siuntėjas",
    "od", "nadawca", "de", "expéditeur", "remitente", "da", "mittente", "van", "afzender", "från", "avsändare", "fra",
    "afsender", "avsender", "lähettäjä", "feladó", "odesílatel", "kimden", "gönderen",
  ],
  sent: [
    "sent", "date", "nosūtīts", "nosūtīšanas datums", "datums", "laiks", "отправлено", "дата", "надіслано",
    "відправлено", "gesendet", "datum", "gesendet am", "saadetud", "kuupäev", "išsiųsta", "data", "wysłano",
    "wysłane", "envoyé", "date d'envoi", "enviado", "enviada", "fecha", "inviato", "verzonden", "skickat", "sendt",
    "lähetetty", "päivämäärä", "elküldve", "dátum", "odesláno", "tarih", "gönderildi", "sent at", "message du", "dato",
    "päiväys", "envoyé le", "enviado el", "data de envio", "inviato il", "išsiųsta", "wysłano dnia", "saatmisaeg",
  ],
  to: [
    "to", "kam", "saņēmējs", "кому", "an", "saaja", "adressaat", "gavėjas", "do", "à", "a", "para", "aan", "till",
    "til", "vastaanottaja", "címzett", "komu", "kime", "alıcı", "destinatario", "destinataire", "empfänger",
  ],
  cc: ["cc", "kopija", "копия", "копія", "kopie", "koopia", "kopija (cc)", "dw", "kopia", "bcc"],
  subject: [
    "subject", "tēma", "temats", "тема", "betreff", "teema", "tema", "temat", "objet", "asunto", "oggetto",
    "onderwerp", "ämne", "emne", "aihe", "tárgy", "předmět", "konu", "sujet", "assunto",
  ],
};

/**
 * Verbs of "<date>, <name> wrote:" lines in the languages Latvian clients write in (and the
 * languages of their mail clients). Matched as whole words, or as the two-word phrases below.
 */
export const WROTE_VERBS: readonly string[] = [
  "wrote", "writes", "rakstīja", "raksta", "написал", "написала", "написали", "пишет", "написав", "написала",
  "написало", "schrieb", "kirjutas", "kirjutab", "rašė", "parašė", "napisał", "napisała", "napisali", "escribió",
  "skriver", "escribe", "scrive", "écrit", "schreibt", "kirjoittaa", "написа",
  "schreef", "escreveu", "skrev", "kirjoitti", "napsal", "napsala", "yazdı", "írta", "scrisse",
];

/** Verbs too common to mark a header alone: they count right after the sender's address ("<a@b> sent:"). */
export const WROTE_AFTER_ADDRESS: readonly string[] = ["sent", "nosūtīja", "отправил", "отправила", "sendte", "skickade", "envoyé", "enviou"];

/** Multi-word quote-header verbs (lower case, single spaces). */
export const WROTE_PHRASES: readonly string[] = ["a écrit", "ha scritto", "ezt írta", "has written", "ir rakstījis", "ir rakstījusi"];

/** Words that open a quote header ("On Mon, …", "Am …", "Le …"): a split header starts with one. */
export const HEADER_OPENERS: readonly string[] = [
  "on", "am", "le", "el", "il", "op", "em", "den", "w", "dnia", "dne", "kontakt", "в", "во", "у", "pirmd", "otrd",
  "trešd", "ceturtd", "piektd", "sestd", "svētd", "pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena",
  "sestdiena", "svētdiena", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "пн", "вт", "ср", "чт", "пт", "сб", "вс",
  "in", "kl", "dňa", "від",
  // Weekdays as clients abbreviate them at the head of a header: fi, no/da, de, fr, es/it/pt, pl, lt, et.
  "ma", "ti", "ke", "to", "pe", "la", "su", "man", "tir", "ons", "tor", "fre", "lør", "søn", "mo", "di", "mi", "do",
  "fr", "sa", "so", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mié", "jue", "vie", "sáb", "dom", "gio", "seg",
  "ter", "qua", "qui", "sex", "pon", "wt", "śr", "czw", "pt", "sob", "ndz", "pr", "an", "tr", "kt", "pn", "št", "sk",
  "esmasp", "teisip", "kolmap", "neljap", "reede", "laup", "pühap", "mán", "þri",
];

/**
 * Lines a phone or mail client adds below the new text ("Sent from my iPhone"): not the
 * employee's signature, never a quote marker. Lower-case prefixes.
 */
export const DEVICE_SIGNATURE_PREFIXES: readonly string[] = [
  "sent from my", "sent from", "sent with", "sent via", "sent using", "get outlook for", "download outlook for",
  "nosūtīts no mana", "nosūtīts no", "sūtīts no mana", "sūtīts no", "nosūtīts ar", "nosūtīts, izmantojot",
  "iegūstiet outlook", "iegūt outlook", "lejupielādēt outlook",
  "отправлено с", "отправлено из", "отправлено через", "получить outlook для", "надіслано з",
  "von meinem", "gesendet von", "gesendet mit", "gesendet vom", "outlook für", "saadetud minu", "saadetud seadmest",
  "išsiųsta iš", "siųsta iš", "wysłane z", "wysłano z", "envoyé de mon", "envoyé depuis", "envoyé à partir de",
  "envoyé avec", "télécharger outlook pour", "obtenir outlook pour", "enviado desde", "enviado con", "obtener outlook para",
  "inviato da", "inviato dal mio", "scarica outlook per", "enviado do meu", "enviado de meu", "enviado do", "obter o outlook para",
  "verzonden vanaf", "verzonden met", "verstuurd vanaf", "skickat från", "sendt fra", "hent outlook for", "skaff deg outlook",
  "lähetetty iphonesta", "lähetetty androidista", "lähetetty outlookista", "hanki outlook", "odesláno z", "pobierz outlook",
  "laadige alla outlook", "gaukite outlook", "скачайте outlook", "получите outlook",
];

/**
 * Mailing-list footers: a rule line ("____", "--") and, within the next lines, one of these
 * (lower case) — what Mailman, Google Groups, Sympa and GitHub notifications append.
 */
export const MAILING_LIST_MARKERS: readonly string[] = [
  "mailing list", "listinfo", "unsubscribe", "you received this message because you are subscribed",
  "you are receiving this because", "reply to this email directly", "to unsubscribe from this group",
  "atrakstīties", "atteikties no", "e-pasta saraksts", "список рассылки", "отписаться", "mailingliste", "abmelden",
  "liste de diffusion", "se désabonner", "lista de correo", "darse de baja", "postituslista", "e-postliste", "lista dyskusyjna",
];

/**
 * Legal disclaimers: a paragraph that names confidentiality and the intended recipient (or an
 * error in delivery) is a disclaimer, in any of these languages. Lower-case word stems.
 */
export const LEGAL_CONFIDENTIAL_STEMS: readonly string[] = [
  "confidential", "privileged", "konfidenciāl", "konfidencial", "ierobežotas pieejamības", "конфиденциал", "vertraulich",
  "confidentiel", "confidencial", "riservat", "confidenzial", "poufn", "luottamuksellinen", "konfidentsiaal",
  "fortrolig", "konfidensiell", "vertrouwelijk", "sekretess",
];

export const LEGAL_RECIPIENT_STEMS: readonly string[] = [
  "intended recipient", "addressee", "in error", "by mistake", "adresāt", "kļūdas pēc", "kļūdaini", "адресат", "по ошибке",
  "empfänger", "irrtümlich", "destinataire", "par erreur", "destinatario", "por error", "per errore", "destinatário",
  "adresat", "omyłkowo", "vastaanottaja", "virheellisesti", "adressaat", "eksikombel", "adresatas", "per klaidą",
  "mottaker", "ved en feil", "modtager", "geadresseerde", "mottagare",
];
