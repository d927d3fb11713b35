/**
 * `atbilde config init`: a complete starter organization.json to edit (stdout, or --output FILE,
 * never overwriting an existing file without --force).
 */
import * as fs from "fs";
import * as path from "path";
import { checkWebUrl, cloneDefaultConfig, domainProblem, normaliseDomain, organizationSchema } from "../../../core/config";
import { getProfile } from "../../../core/standard";
import type { ProfileId } from "../../../core/standard/types";
import { InputError, UsageError } from "../../errors";
import type { CliIo } from "../types";
import { stringOption, type CommandArgs, type Lang } from "./shared";

const RULE_IDS: readonly string[] = (organizationSchema as { definitions: { ruleId: { enum: string[] } } }).definitions.ruleId.enum;

export interface StarterOptions {
  /** Latvian name of the organization, e.g. "Ādažu novada pašvaldība". */
  name?: string;
  /** English name (default: an English example, or the Latvian name when --name is given). */
  nameEn?: string;
  /** Mail domain, e.g. "adazi.lv". */
  domain?: string;
  /** Official website, https://… (default: https://www.DOMAIN). */
  website?: string;
  profile?: ProfileId;
  /** "$schema" pointer for editors. */
  schemaRef?: string;
}

/**
 * A complete starter organization.json: every top-level section present with example values a
 * municipality replaces, and no value that changes behaviour from the defaults without saying so
 * (rules are listed as enabled, keeping their default severities; the on-send and signature
 * sections spell out the defaults). It passes `atbilde config check` with no errors.
 */
export function starterConfig(options: StarterOptions = {}): Record<string, unknown> {
  const domain = normaliseDomain(options.domain ?? "example.lv");
  const website = (options.website ?? `https://www.${domain}`).replace(/\/+$/, "");
  const name = options.name ?? "Piemēra novada pašvaldība";
  const nameEn = options.nameEn ?? (options.name ? options.name : "Example Municipality");
  const profileId: ProfileId = options.profile ?? "adazi-2023";
  const profile = getProfile(profileId);
  const defaults = cloneDefaultConfig();
  const rules: Record<string, { enabled: boolean }> = {};
  for (const id of RULE_IDS) rules[id] = { enabled: true };
  return {
    $schema: options.schemaRef ?? "schema/organization.schema.json",
    version: 1,
    organization: {
      name: { lv: name, en: nameEn },
      website,
      phone: "+371 67000000",
      email: `pasts@${domain}`,
      eAddress: "_DEFAULT@90000000000",
      address: "Pils iela 1, Piemēri, Piemēra novads, LV-1000",
      registrationNumber: "90000000000",
    },
    profile: profileId,
    internalDomains: [domain],
    links: [
      {
        title: "Pašvaldības pakalpojumi",
        url: `${website}/`,
        kind: "service",
        tags: ["pakalpojumi"],
        description: "Pakalpojumu apraksti pašvaldības tīmekļvietnē (nomainiet pret savu adresi).",
      },
      {
        title: "Valsts pārvaldes pakalpojumu portāls Latvija.gov.lv",
        url: "https://www.latvija.gov.lv/",
        kind: "service",
        tags: ["e-pakalpojumi", "e-adrese"],
      },
      { title: "Iesniegumu likums", url: "https://likumi.lv/ta/id/164501-iesniegumu-likums", kind: "law", tags: ["iesniegums", "atbildes termiņš"] },
      {
        title: "Administratīvā procesa likums",
        url: "https://likumi.lv/ta/id/55567-administrativa-procesa-likums",
        kind: "law",
        tags: ["lēmums", "apstrīdēšana"],
      },
    ],
    specialists: [
      {
        name: "Ilze Kalniņa",
        position: "klientu apkalpošanas speciāliste",
        unit: "Klientu apkalpošanas centrs",
        topics: ["iesniegumi", "e-pakalpojumi", "dzīvesvietas deklarēšana"],
        location: "Pils iela 1, Piemēri",
        hours: "pirmdienās–ceturtdienās 8.00–17.00, piektdienās 8.00–14.00",
        phone: "+371 67000000",
        email: `ilze.kalnina@${domain}`,
      },
    ],
    // Two model answers to start from (docs/admin.md, "Model answers"): replace them with your own.
    answers: [
      {
        id: "dzivesvietas-deklaresana",
        title: "Dzīvesvietas deklarēšana",
        questions: [
          "Kā deklarēt dzīvesvietu?",
          "Vai dzīvesvietu var deklarēt internetā?",
          "Kādi dokumenti vajadzīgi, lai deklarētu bērna dzīvesvietu?",
          "How do I register my place of residence?",
          "Как задекларировать место жительства?",
        ],
        body: [
          "Dzīvesvietu var deklarēt elektroniski portālā Latvija.gov.lv vai klātienē Klientu apkalpošanas centrā.",
          "Ja mājoklis Jums nepieder, vajadzīga īpašnieka piekrišana vai īres līgums.",
        ],
        links: [{ title: "Valsts pārvaldes pakalpojumu portāls Latvija.gov.lv", url: "https://www.latvija.gov.lv/" }],
        nextSteps: ["Aizpildiet dzīvesvietas deklarāciju portālā Latvija.gov.lv."],
        specialist: "Ilze Kalniņa",
        scenario: "answer",
        en: {
          title: "Declaring the place of residence",
          body: ["You can declare your place of residence online at Latvija.gov.lv or in person at our Client Service Centre."],
        },
        tags: ["dzīvesvieta"],
        owner: "Klientu apkalpošanas centrs",
        reviewDate: "2027-06-30",
      },
      {
        id: "iesnieguma-termins",
        title: "Iesnieguma izskatīšanas termiņš",
        questions: [
          "Kad saņemšu atbildi uz savu iesniegumu?",
          "Cik ilgi izskata iesniegumu?",
          "Kāpēc vēl nav atbildes uz manu vēstuli?",
          "How long does it take to answer my application?",
        ],
        body: [
          "Iesniegumu izskata un atbildi sniedz viena mēneša laikā no tā saņemšanas.",
          "Ja izskatīšanai vajadzīgs ilgāks laiks, mēs Jūs par to informēsim un nosauksim jauno termiņu.",
        ],
        links: [{ title: "Iesniegumu likums", url: "https://likumi.lv/ta/id/164501-iesniegumu-likums" }],
        tags: ["iesniegums", "atbildes termiņš"],
        owner: "Kanceleja",
      },
    ],
    complaintAuthority: { lv: profile.complaints.handler.lv, en: profile.complaints.handler.en, email: `pasts@${domain}` },
    rules,
    sentenceLimit: defaults.sentenceLimit,
    jargon: { add: [], remove: [] },
    knownWords: ["VPVKAC"],
    placeNames: [],
    onSend: defaults.onSend,
    signature: {
      policy: defaults.signature.policy,
      insertOnNewMessage: defaults.signature.insertOnNewMessage,
      disableClientSignature: defaults.signature.disableClientSignature,
      requiredFields: defaults.signature.requiredFields,
      closing: defaults.signature.closing,
    },
    englishReplies: defaults.englishReplies,
    calendar: { holidays: [], workingDayTransfers: [] },
  };
}

/** Where the published schema is, found from this module (src/cli/commands/config under ts-jest, build/src/… compiled). */
function findSchemaFile(): string | null {
  let dir = __dirname;
  for (let i = 0; i < 7; i++) {
    const candidate = path.join(dir, "schema", "organization.schema.json");
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/** "$schema" as a relative path from the folder the file will live in (forward slashes for editors). */
function schemaReference(targetDir: string): string {
  const schema = findSchemaFile();
  if (!schema) return "organization.schema.json";
  const rel = path.relative(targetDir, schema).split(path.sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

function initOptions(args: CommandArgs, output: string | undefined): StarterOptions {
  const domain = stringOption(args, "domain");
  if (domain !== undefined) {
    const problem = domainProblem(normaliseDomain(domain));
    if (problem) throw new UsageError(`--domain "${domain}" is not a mail domain (${problem}); write e.g. adazi.lv`);
  }
  const website = stringOption(args, "website");
  if (website !== undefined) {
    const verdict = checkWebUrl(website);
    if (!verdict.ok) throw new UsageError(`--website "${website}" must be a full https:// address (${verdict.reason}); write e.g. https://www.adazi.lv`);
  }
  const name = stringOption(args, "name");
  if (name !== undefined && name.trim() === "") throw new UsageError("--name is empty");
  return {
    name: name?.trim(),
    nameEn: stringOption(args, "name-en")?.trim() || undefined,
    domain,
    website,
    profile: stringOption(args, "profile") as ProfileId | undefined,
    schemaRef: schemaReference(output ? path.dirname(path.resolve(output)) : process.cwd()),
  };
}

export function runConfigInit(args: CommandArgs, rest: readonly string[], io: CliIo, lang: Lang): number {
  if (rest.length) throw new UsageError("config init takes no FILE (use --output FILE)");
  const output = stringOption(args, "output");
  if (args.values["force"] && !output) throw new UsageError("--force needs --output FILE");
  const text = JSON.stringify(starterConfig(initOptions(args, output)), null, 2) + "\n";
  if (!output) {
    io.stdout(text);
    return 0;
  }
  try {
    // "wx" fails when the file exists, so an existing configuration is never silently replaced.
    fs.writeFileSync(output, text, { encoding: "utf8", flag: args.values["force"] ? "w" : "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      throw new InputError(
        lang === "lv" ? `${output}: fails jau ir; to nepārrakstu (pievienojiet --force, lai pārrakstītu)` : `${output} already exists; not overwriting it (add --force to replace it)`,
      );
    }
    throw new InputError(`${output}: ${lang === "lv" ? "neizdevās ierakstīt" : "cannot be written"} (${code ?? (e as Error).message})`);
  }
  io.stdout(
    lang === "lv"
      ? `Izveidots ${output}. Aizstājiet piemēra vērtības un pārbaudiet: atbilde config check ${output}\n`
      : `Wrote ${output}. Replace the example values, then run: atbilde config check ${output}\n`,
  );
  return 0;
}
