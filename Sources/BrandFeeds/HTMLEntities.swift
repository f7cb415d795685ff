/// Named HTML character references a shop's text plausibly holds: the XML five, all of Latin-1
/// (`&nbsp;`…`&yuml;`) and the common typographic ones. Unknown names are left as written.
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = {
        var table: [String: UInt32] = [
            "amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39,
            "OElig": 338, "oelig": 339, "Scaron": 352, "scaron": 353, "Yuml": 376, "fnof": 402, "circ": 710,
            "tilde": 732, "ensp": 8194, "emsp": 8195, "thinsp": 8201, "zwnj": 8204, "zwj": 8205, "lrm": 8206,
            "rlm": 8207, "ndash": 8211, "mdash": 8212, "lsquo": 8216, "rsquo": 8217, "sbquo": 8218,
            "ldquo": 8220, "rdquo": 8221, "bdquo": 8222, "dagger": 8224, "Dagger": 8225, "bull": 8226,
            "hellip": 8230, "permil": 8240, "prime": 8242, "Prime": 8243, "lsaquo": 8249, "rsaquo": 8250,
            "euro": 8364, "trade": 8482, "larr": 8592, "rarr": 8594, "minus": 8722, "hearts": 9829,
        ]
        let symbols = [
            "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo",
            "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
            "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
        ]
        for (index, name) in symbols.enumerated() { table[name] = 160 + UInt32(index) }
        // U+00C0…U+00DE and their lowercase partners 0x20 above, except × and ÷ in the middle.
        let letters = [
            "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
            "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde",
            "Ouml", "", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
        ]
        for (index, name) in letters.enumerated() where !name.isEmpty {
            table[name] = 0xC0 + UInt32(index)
            let lower = ["AElig": "aelig", "ETH": "eth", "THORN": "thorn"][name]
                ?? name.prefix(1).lowercased() + name.dropFirst()
            table[lower] = 0xE0 + UInt32(index)
        }
        table["times"] = 0xD7
        table["szlig"] = 0xDF
        table["divide"] = 0xF7
        table["yuml"] = 0xFF
        return table.compactMapValues(Unicode.Scalar.init)
    }()
}
