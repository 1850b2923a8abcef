/// What compliance statistics are counted by.
public enum StatisticsGrouping: String, Sendable, Hashable, CaseIterable {
    /// Per de-escalation zone (`none` outside every zone in force) and day.
    case zone
    /// Per party held responsible and day.
    case party
    /// Per day.
    case day
}
