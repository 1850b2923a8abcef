/// Resolves names to agreement actors by id, name or alias, ignoring case, accents and punctuation.
public struct ActorDirectory: Sendable {
    private var byKey: [String: AgreementActor] = [:]
    /// Every actor, by id.
    public private(set) var byID: [String: AgreementActor] = [:]

    /// Builds the directory of every actor the agreement ever names.
    public init(agreement: Agreement) {
        for actor in agreement.allActors {
            byID[actor.id] = actor
            for name in [actor.id, actor.name] + actor.aliases {
                let key = NameKey.normalize(name)
                if byKey[key] == nil { byKey[key] = actor }
            }
        }
    }

    /// The actor known by this id, name or alias.
    public func actor(named name: String) -> AgreementActor? {
        byKey[NameKey.normalize(name)]
    }
}
