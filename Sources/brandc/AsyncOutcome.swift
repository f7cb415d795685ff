/// What async work gave, its value or the error it threw, for a command that reports either one
/// its own way (exit status 1 for a failed build, 2 for a usage or I/O problem).
func outcome<T>(of work: () async throws -> T) async -> Result<T, any Error> {
    do { return .success(try await work()) } catch { return .failure(error) }
}
