// A blocking HTTP GET for the OSRM services (loopback or a planner's own server), with a timeout.
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One GET at a time: the Table requests are issued one batch after another, so blocking keeps the code simple.
enum OSRMHTTP {
    /// The status code and body of a GET, or the transport error's text.
    static func get(_ url: String, timeoutSeconds: Double = 120) -> Result<(status: Int, body: Data), OSRMError> {
        guard let target = URL(string: url) else { return .failure(.badInput("not a URL: \(url)")) }
        var request = URLRequest(url: target)
        request.timeoutInterval = timeoutSeconds
        final class Box: @unchecked Sendable {
            var result: Result<(status: Int, body: Data), OSRMError> = .failure(.server("no answer"))
        }
        let box = Box(), done = DispatchSemaphore(value: 0)
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            if let error {
                box.result = .failure(.server("\(url.prefix(80)): \(error.localizedDescription)"))
            } else {
                box.result = .success(((response as? HTTPURLResponse)?.statusCode ?? 0, data ?? Data()))
            }
            done.signal()
        }
        task.resume()
        done.wait()
        return box.result
    }
}
