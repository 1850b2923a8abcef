import Testing
import TruceCore

@Suite("The verification workflow's rules")
struct VerificationWorkflowTests {
    static let monitor = Principal(name: "alice", role: .monitor)

    @Test("each state's successors follow reported → under review → verdict, publication and archive")
    func successors() {
        #expect(VerificationWorkflow.next(after: .reported) == [.underReview])
        #expect(Set(VerificationWorkflow.next(after: .underReview)) == [.verified, .unverified, .unfounded])
        #expect(VerificationWorkflow.next(after: .archived).isEmpty)
        // Nothing is ever published without being verified first.
        for state in VerificationState.allCases where state != .verified {
            #expect(!VerificationWorkflow.next(after: state).contains(.published))
        }
    }

    @Test("every pair of states and every role: allowed exactly when the matrix says so")
    func matrix() {
        for from in VerificationState.allCases {
            for to in VerificationState.allCases {
                for role in Role.allCases {
                    let principal = Principal(name: "u", role: role, partyID: role == .party ? "syrian-government" : nil)
                    let expected =
                        VerificationWorkflow.next(after: from).contains(to)
                        && VerificationWorkflow.roles(movingTo: to).contains(role)
                    var allowed = true
                    do {
                        try VerificationWorkflow.check(
                            from: from, to: to, by: principal, reason: "why", evidence: ["photo:1"])
                    } catch {
                        allowed = false
                    }
                    #expect(allowed == expected, "\(from) → \(to) by \(role)")
                }
            }
        }
        // Parties, mediators and the public can move nothing.
        for role in [Role.party, .mediator, .public] {
            #expect(VerificationState.allCases.allSatisfy { !VerificationWorkflow.roles(movingTo: $0).contains(role) })
        }
    }

    @Test("a refusal says what is wrong: the role, the step, the missing reason or evidence")
    func errors() {
        #expect(
            throws: WorkflowError.notPermitted(role: .party, action: "move an incident to verified", allowed: [.admin, .monitor])
        ) {
            try VerificationWorkflow.check(
                from: .underReview, to: .verified, by: Principal(name: "p", role: .party, partyID: "x"), reason: "r",
                evidence: ["e"])
        }
        #expect(throws: WorkflowError.invalidTransition(from: .reported, to: .verified, allowed: [.underReview])) {
            try VerificationWorkflow.check(from: .reported, to: .verified, by: Self.monitor, reason: "r", evidence: ["e"])
        }
        #expect(throws: WorkflowError.invalid(field: "reason", message: "a reason is required")) {
            try VerificationWorkflow.check(from: .reported, to: .underReview, by: Self.monitor, reason: " \n", evidence: [])
        }
        #expect(throws: WorkflowError.self) {
            try VerificationWorkflow.check(from: .underReview, to: .unfounded, by: Self.monitor, reason: "r", evidence: [])
        }
        // An unverified verdict needs no evidence (there is not enough of it).
        #expect(throws: Never.self) {
            try VerificationWorkflow.check(from: .underReview, to: .unverified, by: Self.monitor, reason: "r", evidence: [])
        }
        let message = WorkflowError.invalidTransition(from: .archived, to: .reported, allowed: []).description
        #expect(message.contains("archived") && message.contains("final"))
    }
}
