/// The fixed taxonomy of acts a report can allege.
///
/// Each category maps to ACLED sub-event types and CAMEO codes so that imports from and exports to those
/// data sets keep their meaning. Raw values are the identifiers used in agreement files, CSV and JSON.
public enum ReportCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// An attack from aircraft or drones.
    case airStrike = "air-strike"
    /// Shelling, artillery, rocket or missile fire.
    case shelling = "shelling"
    /// An armed clash between organised forces.
    case armedClash = "armed-clash"
    /// Small-arms or light-weapons fire short of a clash (sniping, bursts, shots).
    case smallArmsFire = "small-arms-fire"
    /// An improvised or remote explosive device, landmine, grenade or suicide bomb.
    case explosiveDevice = "explosive-device"
    /// Use of a chemical weapon.
    case chemicalWeapon = "chemical-weapon"
    /// Territory taken by force.
    case territorySeized = "territory-seized"
    /// Heavy weapons seen in an area where the agreement restricts them.
    case heavyWeaponsInRestrictedArea = "heavy-weapons-restricted-area"
    /// Obstruction of humanitarian access.
    case humanitarianObstruction = "humanitarian-obstruction"
    /// Obstruction of the monitors' freedom of movement or work.
    case monitorObstruction = "monitor-obstruction"
    /// Detention, arrest, abduction or forced disappearance.
    case detentionAbduction = "detention-abduction"
    /// A direct attack on civilians.
    case attackOnCivilians = "attack-on-civilians"
    /// Anything the other categories do not cover.
    case other = "other"

    /// A label for people.
    public var label: String {
        switch self {
        case .airStrike: "Air/drone strike"
        case .shelling: "Shelling/artillery/missile"
        case .armedClash: "Armed clash"
        case .smallArmsFire: "Small-arms fire"
        case .explosiveDevice: "Explosive device"
        case .chemicalWeapon: "Chemical weapon"
        case .territorySeized: "Territory seized"
        case .heavyWeaponsInRestrictedArea: "Heavy weapons in a restricted area"
        case .humanitarianObstruction: "Obstruction of humanitarian access"
        case .monitorObstruction: "Obstruction of monitors"
        case .detentionAbduction: "Detention/abduction"
        case .attackOnCivilians: "Attack on civilians"
        case .other: "Other"
        }
    }

    /// The ACLED sub-event types this category corresponds to (ACLED codebook 2023 names).
    public var acledSubEventTypes: [String] {
        switch self {
        case .airStrike: ["Air/drone strike"]
        case .shelling: ["Shelling/artillery/missile attack"]
        case .armedClash: ["Armed clash"]
        case .smallArmsFire: ["Armed clash"]
        case .explosiveDevice: ["Remote explosive/landmine/IED", "Suicide bomb", "Grenade"]
        case .chemicalWeapon: ["Chemical weapon"]
        case .territorySeized: ["Government regains territory", "Non-state actor overtakes territory"]
        case .heavyWeaponsInRestrictedArea: ["Other"]
        case .humanitarianObstruction: ["Other"]
        case .monitorObstruction: ["Other"]
        case .detentionAbduction: ["Abduction/forced disappearance", "Arrests"]
        case .attackOnCivilians: ["Attack"]
        case .other: ["Other"]
        }
    }

    /// The CAMEO event codes this category corresponds to; the first is used when exporting.
    public var cameoCodes: [String] {
        switch self {
        case .airStrike: ["195"]
        case .shelling: ["194"]
        case .armedClash: ["190", "193"]
        case .smallArmsFire: ["193"]
        case .explosiveDevice: ["183", "1831", "1832", "1833"]
        case .chemicalWeapon: ["2041"]
        case .territorySeized: ["192"]
        case .heavyWeaponsInRestrictedArea: ["154"]
        case .humanitarianObstruction: ["191", "1663"]
        case .monitorObstruction: ["1662", "191"]
        case .detentionAbduction: ["181", "173"]
        case .attackOnCivilians: ["180", "186"]
        case .other: ["190"]
        }
    }
}
