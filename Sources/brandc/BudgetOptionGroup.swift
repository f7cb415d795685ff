import ArgumentParser
import BrandAssembly
import BrandDriver

/// Options of the token budget and its counting, shared by compile, budget and inspect.
struct BudgetOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp(
        "SentencePiece model for exact Gemini counts (else $BRANDC_TOKENIZER, else the user cache; estimates without one).",
        valueName: "path"))
    var tokenizer: String?

    @Option(name: .customLong("o200k"), help: ArgumentHelp(
        "OpenAI's o200k_base.tiktoken for exact OpenAI counts (else $BRANDC_O200K, else the user cache).",
        valueName: "path"))
    var o200k: String?

    @Option(help: ArgumentHelp("Safety margin, percent of the route's input limit kept free.", valueName: "percent"))
    var margin: Double = 5

    @Option(help: ArgumentHelp("Tokens reserved for text and thinking output, beyond the image's own.", valueName: "tokens"))
    var reserve: Int = 2048

    @Flag(help: "Do not shrink or drop sections to fit: report them as errors instead.")
    var noTrim = false

    func validate() throws {
        guard (0..<100).contains(margin) else { throw ValidationError("--margin is a percentage from 0 to 99") }
        guard reserve >= 0 else { throw ValidationError("--reserve cannot be negative") }
    }

    func apply(to driver: inout Driver) {
        driver.tokenizer = .locate(explicitPath: tokenizer, o200kPath: o200k)
        driver.budgetOptions = BudgetOptions(margin: margin / 100, textAndThinkingReserve: reserve, noTrim: noTrim)
    }
}
