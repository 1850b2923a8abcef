import Foundation
import Testing

@Suite("The web pages in a real browser (Chromium through Selenium)", .serialized)
struct BrowserTests {
    @Test(
        "monitor files and verifies, the accused party replies, a guarantor publishes, the public sees only that; the talks timeline, Geneva IV and a mediator's commitment steps"
    )
    func flow() throws {
        let register = try Register()
        defer { register.remove() }
        let password = "correct horse battery staple"
        for (name, role, party) in [
            ("monitor", "monitor", nil), ("guarantor", "guarantor", nil), ("government", "party", "syrian-government"),
            ("mediator", "mediator", nil),
        ] as [(String, String, String?)] {
            try register.expectSuccess(
                ["user", "add", name, "--role", role, "--password-stdin"] + (party.map { ["--party", $0] } ?? []),
                stdin: Data((password + "\n").utf8))
        }
        try register.expectSuccess(["talks", "load"])
        let server = try TestServer(["serve", "--db", register.db.path, "--port", "0"], in: register.dir)
        defer { server.stop() }
        let screenshots = CLI.root.appendingPathComponent(".build/screenshots/browser-flow")
        try? FileManager.default.removeItem(at: screenshots)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", CLI.root.appendingPathComponent("Scripts/browser-test.py").path, server.url.absoluteString,
            screenshots.path, password,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print("browser screenshots: \(screenshots.path)")
        #expect(process.terminationStatus == 0, "\(text)\n\(server.output.suffix(2000))")
        for name in ["dashboard.png", "incident.png", "daily-report.png", "talks-round.png", "talks-commitment.png"] {
            let file = screenshots.appendingPathComponent(name)
            let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
            #expect(size > 10_000, "\(name) was not written")
        }
    }
}
