// Lets the spelling scripts require the TypeScript sources of src/core/spelling directly:
// each .ts file is transpiled in memory with the project's own TypeScript (no build step, so
// the scripts work the same on Windows, macOS and Linux with only Node installed).
const fs = require("fs");
const ts = require("typescript");

if (!require.extensions[".ts"]) {
  require.extensions[".ts"] = function compileTypeScript(module, filename) {
    const source = fs.readFileSync(filename, "utf8");
    const output = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2019,
        esModuleInterop: true,
        isolatedModules: true,
      },
    });
    module._compile(output.outputText, filename);
  };
}
