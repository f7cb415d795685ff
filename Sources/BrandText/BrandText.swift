// BrandText: the Unicode analysis under brandc's i18n text blocks and copy lint rules. Pure Swift
// (Foundation only for NFC), no dependencies, tables generated from UCD 15.0 by
// scripts/unicode/generate_tables.py (see `UnicodeTablesVersion`).
//
// Per scalar:      script(of:), scriptExtensions(of:), bidiClass(of:), eastAsianWidth(of:),
//                  isDefaultIgnorable(_:), displayWidth(of:)
// Scripts:         scriptRuns(in:), ScriptSummary(of:), ScriptSet, mixedScriptWords(in:),
//                  expectedScripts(forLanguageTag:), expectedScripts(forScriptCode:)
// Direction:       paragraphDirection(of:), DirectionAnalysis(of:), bidiControls(in:),
//                  strayDirectionalMarks(in:)
// Lengths:         TextLength(of:), displayWidth(of:ambiguousWidth:) for String and Character
// Normalization:   isNFC(_:), nfc(_:)
// Character rules: invisibleCharacters(in:), controlCharacters(in:policy:), unusualCodePoints(in:),
//                  devanagariMarkProblems(in:), persoArabicLetters(in:)
// Confusables:     confusableSkeleton(of:), isConfusable(_:withBrand:), brandImitations(of:in:)
//
// Every scan is one O(n) pass over the scalars without allocation per scalar; findings carry a
// TextPosition (scalar, Character and UTF-8 offsets), resolved only when there is a finding.
// Which Unicode version decides what: the generated tables (15.0) decide script, bidi class, East
// Asian width, general category, ignorables and NFC quick check; the stdlib (16/17) decides emoji
// properties and, in `unusualCodePoints`, whether a code point is assigned at all; Foundation's
// normalizer decides `nfc` and the undecided cases of `isNFC`.
