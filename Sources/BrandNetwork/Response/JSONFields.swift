/// Field access on a parsed JSON object that accepts both camelCase and snake_case names
/// (REST answers in camelCase; some gateways pass SDK-style snake_case through).
extension Dictionary where Key == String, Value == Any {
    func field(_ camelCase: String) -> Any? {
        if let value = self[camelCase] { return value }
        var snake = ""
        for character in camelCase {
            if character.isUppercase { snake += "_" + character.lowercased() } else { snake.append(character) }
        }
        return self[snake]
    }

    func object(_ name: String) -> [String: Any]? { field(name) as? [String: Any] }
    func array(_ name: String) -> [Any]? { field(name) as? [Any] }
    func string(_ name: String) -> String? { field(name) as? String }
    func int(_ name: String) -> Int? {
        let value = field(name)
        return (value as? Int) ?? (value as? Double).map { Int($0) } ?? (value as? String).flatMap { Int($0) }
    }
}
