import { describeOptions, parseArgs, type OptionSpec } from "../../../src/cli/args";
import { UsageError } from "../../../src/cli/errors";

const SPECS: OptionSpec[] = [
  { name: "format", short: "f", value: { placeholder: "FORMAT", choices: ["json", "text"] }, description: "output format" },
  { name: "config", value: { placeholder: "FILE" }, description: "organization.json" },
  { name: "file", value: { placeholder: "F" }, multiple: true, description: "repeatable" },
  { name: "help", short: "h", description: "help" },
];

describe("parseArgs", () => {
  it.each([
    [["--format", "json", "a.html"], { values: { format: "json" }, positionals: ["a.html"] }],
    [["--format=text", "a.html"], { values: { format: "text" }, positionals: ["a.html"] }],
    [["-f", "text", "a.html"], { values: { format: "text" }, positionals: ["a.html"] }],
    [["-ftext", "a.html"], { values: { format: "text" }, positionals: ["a.html"] }],
    [["a.html", "--help"], { values: { help: true }, positionals: ["a.html"] }],
    [["--file", "a", "--file=b"], { values: { file: ["a", "b"] }, positionals: [] }],
    [["--", "--format", "-x"], { values: {}, positionals: ["--format", "-x"] }],
    [["-"], { values: {}, positionals: ["-"] }],
  ])("%j", (argv, expected) => {
    expect(parseArgs(argv, SPECS)).toEqual(expected);
  });

  it.each([
    [["--bogus"], /unknown option --bogus/],
    [["-x"], /unknown option -x/],
    [["--format"], /needs a value/],
    [["--format", "xml"], /must be one of json, text/],
    [["--help=yes"], /takes no value/],
    [["--config", "a", "--config", "b"], /more than once/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv, SPECS)).toThrow(UsageError);
    expect(() => parseArgs(argv, SPECS)).toThrow(message);
  });

  it("describes the options for --help", () => {
    expect(describeOptions(SPECS.slice(0, 2))).toBe("  -f, --format FORMAT  output format\n      --config FILE    organization.json");
  });
});
