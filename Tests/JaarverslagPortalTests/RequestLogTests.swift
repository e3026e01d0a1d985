import Testing

@testable import JaarverslagPortal

@Suite("Request log")
struct RequestLogTests {
    @Test("times are written in tenths of a millisecond, rounded down, in any locale")
    func milliseconds() {
        #expect(RequestLogMiddleware.milliseconds(.microseconds(12_345)) == "12.3")
        #expect(RequestLogMiddleware.milliseconds(.microseconds(99)) == "0.0")
        #expect(RequestLogMiddleware.milliseconds(.microseconds(100)) == "0.1")
        #expect(RequestLogMiddleware.milliseconds(.seconds(2) + .microseconds(500)) == "2000.5")
    }
}
