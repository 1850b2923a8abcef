import ArgumentParser

/// `--from DAY --to DAY`: an inclusive period of local days, either end open.
struct PeriodOptions: ParsableArguments {
    @Option(help: "From this day (YYYY-MM-DD), inclusive.") var from: String?
    @Option(help: "To this day (YYYY-MM-DD), inclusive.") var to: String?

    /// Refuses a day that is not `YYYY-MM-DD`, naming the option.
    func check() throws {
        try DayOption.check(from, "from")
        try DayOption.check(to, "to")
    }
}
