/// Where a Truce HTTP server listens.
public struct ServerSettings: Sendable {
    /// The address to bind (loopback by default).
    public var host: String
    /// The port; 0 picks a free one (the running server prints it).
    public var port: Int
    /// The largest request body accepted, in bytes.
    public var maxBodyBytes: Int

    /// Settings.
    public init(host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 1 << 20) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
    }
}
