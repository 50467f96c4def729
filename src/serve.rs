//! `kiln serve`: the playground's static site (built by trunk into
//! target/playground) on 127.0.0.1, plus the native paths the browser
//! cannot run — the interpreter and wasmtime, and each JIT tier as it
//! lands — so the page can chart them beside its own.
//!
//! A program POSTed to `/api/run` runs in a child process of this very
//! binary, `kiln run --engine=<E> --timeout <s> --max-heap <size>`, so the
//! limits are the CLI's own and a runaway program never touches the
//! server. Runs are serialized (the machine's cores are what is being
//! measured). The server times the child from spawn to exit, notes when
//! its first output arrives, and, for throughput runs, timestamps the
//! iteration markers the page's driver (www/app/driver.js) prints on
//! stderr. A client that goes away (the page's Stop) kills its child.
//!
//! HTTP/1.1 over std::net, one thread per connection, `Connection: close`:
//! the page makes a few requests at a time. Requests must name this host
//! (no DNS rebinding) and, when they carry an Origin, come from it.

use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The line that ends an iteration in a throughput run (www/app/driver.js).
const TICK: &[u8] = b"\x01kiln-tick";
/// Limits of one request.
const MAX_HEADER_BYTES: usize = 16 << 10;
const MAX_SOURCE_BYTES: usize = 1 << 20;
/// Program output kept per stream (the rest is counted, not sent).
const MAX_OUTPUT_BYTES: usize = 1 << 20;

/// `kiln serve`'s settings.
pub struct ServeOptions {
    pub port: u16,
    /// The built site; default: target/playground beside this binary.
    pub site: Option<PathBuf>,
    /// Longest run a page may ask for, in seconds.
    pub timeout: f64,
    /// `--max-heap` of each run, e.g. "512M".
    pub max_heap: String,
    /// The engines `kiln run --engine` accepts, by name.
    pub engines: Vec<String>,
}

struct Server {
    site: PathBuf,
    port: u16,
    options: ServeOptions,
    /// Held for the whole of a run: one program at a time.
    run_lock: Mutex<()>,
    /// Where each run's program is written, always under the same name
    /// (per port: servers on other ports do not collide): the file name is
    /// part of a program's image, so a program run again, even after a
    /// restart, hits `kiln run --engine=wasm`'s code cache as from a shell.
    scratch: PathBuf,
}

pub fn serve(options: ServeOptions) -> ExitCode {
    let Some(site) = find_site(options.site.as_deref()) else {
        eprintln!("kiln serve: no playground site found (a directory with index.html): build it with");
        eprintln!("  cd www && trunk build --release");
        eprintln!("or name it with --site DIR");
        return ExitCode::from(2);
    };
    let listener = match TcpListener::bind(("127.0.0.1", options.port)) {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("kiln serve: cannot listen on 127.0.0.1:{}: {e}", options.port);
            return ExitCode::from(2);
        }
    };
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(options.port);
    println!("kiln serve: http://127.0.0.1:{port}/ (site {}, engines {})", site.display(), options.engines.join(", "));
    let _ = std::io::stdout().flush();
    let scratch = std::env::temp_dir().join(format!("kiln-serve-{port}"));
    let server = Arc::new(Server { site, port, options, run_lock: Mutex::new(()), scratch });
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let server = server.clone();
        std::thread::spawn(move || {
            if let Err(e) = server.handle(stream) {
                eprintln!("kiln serve: {e}");
            }
        });
    }
    ExitCode::SUCCESS
}

/// `--site`, else target/playground next to the binary's target/<profile>/,
/// else ./target/playground.
fn find_site(explicit: Option<&Path>) -> Option<PathBuf> {
    let has_index = |dir: &Path| dir.join("index.html").is_file();
    if let Some(dir) = explicit {
        return has_index(dir).then(|| dir.to_path_buf());
    }
    let beside_exe = std::env::current_exe().ok().and_then(|exe| Some(exe.parent()?.parent()?.join("playground")));
    [beside_exe, Some(PathBuf::from("target/playground"))].into_iter().flatten().find(|dir| has_index(dir))
}

struct Request {
    method: String,
    path: String,
    query: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    fn param(&self, name: &str) -> Option<&str> {
        self.query.split('&').filter_map(|pair| pair.split_once('=')).find(|(k, _)| *k == name).map(|(_, v)| v)
    }
}

struct Response {
    status: &'static str,
    content_type: &'static str,
    body: Vec<u8>,
}

impl Response {
    fn json(status: &'static str, body: String) -> Response {
        Response { status, content_type: "application/json", body: body.into_bytes() }
    }

    fn error(status: &'static str, message: &str) -> Response {
        Response::json(status, format!("{{\"error\":{}}}", json_string(message)))
    }
}

impl Server {
    fn handle(&self, mut stream: TcpStream) -> std::io::Result<()> {
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        let (response, head_only) = match read_request(&mut stream) {
            Ok(request) => (self.route(&request, &stream), request.method == "HEAD"),
            Err(why) => (Some(Response::error("400 Bad Request", &why)), false),
        };
        // None: the client left while its program ran.
        let Some(response) = response else { return Ok(()) };
        // Cross-origin isolation (COOP + COEP) gives the page's clocks 5 µs
        // resolution instead of 100 µs; the site loads nothing from elsewhere.
        let head = format!(
            "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\n\
             Cross-Origin-Opener-Policy: same-origin\r\nCross-Origin-Embedder-Policy: require-corp\r\nConnection: close\r\n\r\n",
            response.status,
            response.content_type,
            response.body.len()
        );
        stream.write_all(head.as_bytes())?;
        if !head_only {
            stream.write_all(&response.body)?;
        }
        stream.flush()
    }

    fn route(&self, request: &Request, stream: &TcpStream) -> Option<Response> {
        if !self.trusted(request) {
            return Some(Response::error("403 Forbidden", "requests must come from this host's own pages"));
        }
        Some(match (request.method.as_str(), request.path.as_str()) {
            ("GET", "/api/engines.json") => Response::json("200 OK", self.engines_json()),
            ("POST", "/api/run") => return self.run(request, stream),
            (_, path) if path.starts_with("/api/") => Response::error("404 Not Found", "no such API"),
            ("GET" | "HEAD", path) => self.static_file(path),
            _ => Response::error("405 Method Not Allowed", "GET or POST"),
        })
    }

    /// The Host must be this server (a rebinding domain is not), and an
    /// Origin, when sent, must be too (no other site may run programs).
    fn trusted(&self, request: &Request) -> bool {
        let own = [format!("127.0.0.1:{}", self.port), format!("localhost:{}", self.port)];
        let host_ok = request.header("host").is_some_and(|host| own.iter().any(|o| o == host));
        let origin_ok = request.header("origin").is_none_or(|origin| own.iter().any(|o| origin == format!("http://{o}")));
        host_ok && origin_ok
    }

    fn engines_json(&self) -> String {
        let list: Vec<String> = self
            .options
            .engines
            .iter()
            .map(|name| format!("{{\"id\":{},\"label\":{}}}", json_string(name), json_string(&engine_label(name))))
            .collect();
        format!("{{\"engines\":[{}]}}", list.join(","))
    }

    fn static_file(&self, url_path: &str) -> Response {
        let Some(relative) = percent_decode(url_path) else { return Response::error("400 Bad Request", "bad path") };
        let relative = Path::new(relative.trim_start_matches('/'));
        if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
            return Response::error("404 Not Found", "not found");
        }
        let mut file = self.site.join(relative);
        if file.is_dir() {
            file = file.join("index.html");
        }
        match std::fs::read(&file) {
            Ok(body) => Response { status: "200 OK", content_type: content_type(&file), body },
            Err(_) => Response::error("404 Not Found", "not found"),
        }
    }

    /// `POST /api/run?engine=E&mode=run|throughput&budget_ms=N`, the
    /// program as the body.
    fn run(&self, request: &Request, stream: &TcpStream) -> Option<Response> {
        let Some(engine) = request.param("engine").filter(|e| self.options.engines.iter().any(|n| n == e)) else {
            return Some(Response::error("400 Bad Request", "unknown engine"));
        };
        let throughput = request.param("mode") == Some("throughput");
        let budget = request.param("budget_ms").and_then(|ms| ms.parse::<f64>().ok()).map_or(self.options.timeout, |ms| ms / 1000.0);
        let timeout = budget.clamp(0.1, self.options.timeout);
        let Ok(source) = std::str::from_utf8(&request.body) else {
            return Some(Response::error("400 Bad Request", "the program is not UTF-8"));
        };
        let _one_at_a_time = self.run_lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let result = run_child(engine, source, &self.scratch, timeout, &self.options.max_heap, throughput, stream);
        let _ = std::fs::remove_dir_all(&self.scratch);
        match result {
            Ok(Some(report)) => Some(Response::json("200 OK", report.to_json())),
            Ok(None) => None,
            Err(why) => Some(Response::error("500 Internal Server Error", &why)),
        }
    }
}

fn engine_label(name: &str) -> String {
    match name {
        "interp" => "interpreter · native (kiln serve)".to_string(),
        "wasm" => "AOT wasm · wasmtime (kiln serve)".to_string(),
        other => format!("{other} · native (kiln serve)"),
    }
}

fn read_request(stream: &mut TcpStream) -> Result<Request, String> {
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    let head_end = loop {
        if let Some(at) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        if data.len() > MAX_HEADER_BYTES {
            return Err("headers too large".into());
        }
        match stream.read(&mut buf) {
            Ok(0) => return Err("connection closed".into()),
            Ok(n) => data.extend_from_slice(&buf[..n]),
            Err(e) => return Err(format!("reading the request: {e}")),
        }
    };
    let head = std::str::from_utf8(&data[..head_end]).map_err(|_| "headers are not UTF-8")?.to_string();
    let mut lines = head.split("\r\n");
    let mut parts = lines.next().unwrap_or("").split(' ');
    let (method, target) = (parts.next().unwrap_or("").to_string(), parts.next().unwrap_or("/").to_string());
    let headers: Vec<(String, String)> =
        lines.filter_map(|line| line.split_once(':')).map(|(n, v)| (n.trim().to_string(), v.trim().to_string())).collect();
    let length = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .map(|(_, v)| v.parse::<usize>().map_err(|_| "bad Content-Length"))
        .transpose()?
        .unwrap_or(0);
    if length > MAX_SOURCE_BYTES {
        return Err("the program is larger than 1 MiB".into());
    }
    let mut body = data[head_end + 4..].to_vec();
    while body.len() < length {
        match stream.read(&mut buf) {
            Ok(0) => return Err("connection closed".into()),
            Ok(n) => body.extend_from_slice(&buf[..n]),
            Err(e) => return Err(format!("reading the request: {e}")),
        }
    }
    body.truncate(length);
    let (path, query) = target.split_once('?').map_or((target.clone(), String::new()), |(p, q)| (p.to_string(), q.to_string()));
    Ok(Request { method, path, query, headers, body })
}

/// What a run reports to the page.
struct Report {
    exit_code: Option<i32>,
    timed_out: bool,
    stdout: String,
    stderr: String,
    first_output_ms: Option<f64>,
    total_ms: f64,
    /// Throughput runs: each iteration's time.
    ticks: Vec<f64>,
    /// Some iteration times are averages over a batch (see `Markers`).
    batched: bool,
}

impl Report {
    fn to_json(&self) -> String {
        let opt = |v: Option<f64>| v.map_or("null".to_string(), |v| format!("{v:.3}"));
        let ticks: Vec<String> = self.ticks.iter().map(|t| format!("{t:.3}")).collect();
        format!(
            "{{\"exit_code\":{},\"timed_out\":{},\"stdout\":{},\"stderr\":{},\"first_output_ms\":{},\"total_ms\":{:.3},\"ticks\":[{}],\"batched\":{}}}",
            self.exit_code.map_or("null".to_string(), |c| c.to_string()),
            self.timed_out,
            json_string(&self.stdout),
            json_string(&self.stderr),
            opt(self.first_output_ms),
            self.total_ms,
            ticks.join(","),
            self.batched
        )
    }
}

/// What the readers of the child's pipes report.
enum Piped {
    /// Bytes of stdout (false) or stderr (true), read at an instant.
    Data(bool, Vec<u8>, Instant),
    Closed,
}

/// Runs `source` with `kiln run` in a child and collects its report; None
/// when the client went away (the child is then killed).
fn run_child(
    engine: &str,
    source: &str,
    scratch: &Path,
    timeout: f64,
    max_heap: &str,
    throughput: bool,
    client: &TcpStream,
) -> Result<Option<Report>, String> {
    std::fs::create_dir_all(scratch).map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let file = scratch.join("main.js");
    std::fs::write(&file, source).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    let exe = std::env::current_exe().map_err(|e| format!("cannot find the kiln binary: {e}"))?;
    let started = Instant::now();
    let mut child = Command::new(exe)
        .args(["run", "--engine", engine, "--timeout", &format!("{timeout}"), "--max-heap", max_heap])
        .arg(&file)
        .stdin(Stdio::null())
        .stdout(if throughput { Stdio::null() } else { Stdio::piped() })
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start kiln run: {e}"))?;
    let (sender, receiver) = mpsc::channel();
    let mut open = 0;
    if let Some(out) = child.stdout.take() {
        spawn_reader(out, false, sender.clone());
        open += 1;
    }
    if let Some(err) = child.stderr.take() {
        spawn_reader(err, true, sender.clone());
        open += 1;
    }
    drop(sender);

    let mut report = Report { exit_code: None, timed_out: false, stdout: String::new(), stderr: String::new(), first_output_ms: None, total_ms: 0.0, ticks: Vec::new(), batched: false };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut markers = Markers::new(started);
    let mut closed_at = started;
    // The child's own --timeout ends it; this is the safety net.
    let deadline = started + Duration::from_secs_f64(timeout + 5.0);
    while open > 0 {
        match receiver.recv_timeout(Duration::from_millis(50)) {
            Ok(Piped::Data(is_err, bytes, at)) => {
                report.first_output_ms.get_or_insert_with(|| ms(at - started));
                if throughput && is_err {
                    markers.feed(&bytes, at);
                } else {
                    let kept = if is_err { &mut err } else { &mut out };
                    kept.extend_from_slice(&bytes[..bytes.len().min(MAX_OUTPUT_BYTES.saturating_sub(kept.len()))]);
                }
            }
            Ok(Piped::Closed) => {
                open -= 1;
                closed_at = Instant::now();
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if client_gone(client) || Instant::now() > deadline {
                    let _ = child.kill();
                    let _ = child.wait();
                    if client_gone(client) {
                        return Ok(None);
                    }
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    let status = child.wait().map_err(|e| format!("waiting for kiln run: {e}"))?;
    report.total_ms = ms(closed_at - started);
    report.exit_code = status.code();
    report.timed_out = status.code() == Some(124);
    report.stdout = String::from_utf8_lossy(&out).into_owned();
    report.stderr = String::from_utf8_lossy(&err).into_owned();
    report.ticks = markers.iterations();
    report.batched = markers.batched;
    Ok(Some(report))
}

fn spawn_reader(mut pipe: impl Read + Send + 'static, is_err: bool, sender: mpsc::Sender<Piped>) {
    std::thread::spawn(move || {
        let mut buf = vec![0u8; 64 << 10];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if sender.send(Piped::Data(is_err, buf[..n].to_vec(), Instant::now())).is_err() {
                        break;
                    }
                }
            }
        }
        let _ = sender.send(Piped::Closed);
    });
}

/// How long the wasm engine's host may hold output before handing it over
/// (`LATENCY` in src/wasm_host/output.rs): markers that arrive together
/// were written within this time of their arrival.
const HOST_BATCH: Duration = Duration::from_millis(20);

/// Timestamps the iteration markers of a throughput run's stderr. Markers
/// that arrive in one read were written after the previous read and at
/// most `HOST_BATCH` before this one (and not before the spawn); they are
/// spread evenly over that window, and the run is marked `batched`: such
/// iteration times are estimates within 20 ms, not single measurements.
struct Markers {
    spawned: Instant,
    partial: Vec<u8>,
    last_read: Option<Instant>,
    times: Vec<Instant>,
    batched: bool,
}

impl Markers {
    fn new(spawned: Instant) -> Markers {
        Markers { spawned, partial: Vec::new(), last_read: None, times: Vec::new(), batched: false }
    }

    fn feed(&mut self, bytes: &[u8], at: Instant) {
        self.partial.extend_from_slice(bytes);
        let mut count = 0;
        while let Some(end) = self.partial.iter().position(|&b| b == b'\n') {
            if &self.partial[..end] == TICK {
                count += 1;
            }
            self.partial.drain(..=end);
        }
        let window_start = at.checked_sub(HOST_BATCH).unwrap_or(at).max(self.spawned);
        let from = self.last_read.map_or(window_start, |last| last.max(window_start));
        for i in 1..=count {
            self.times.push(from + (at - from).mul_f64(i as f64 / count as f64));
        }
        self.batched |= count > 1;
        self.last_read = Some(at);
    }

    /// The first marker is the program's start; each later one ends an iteration.
    fn iterations(&self) -> Vec<f64> {
        self.times.windows(2).map(|pair| ms(pair[1] - pair[0])).collect()
    }
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// True when the client closed its end (the page's Stop aborted the request).
fn client_gone(stream: &TcpStream) -> bool {
    if stream.set_nonblocking(true).is_err() {
        return false;
    }
    let mut byte = [0u8; 1];
    let gone = match stream.peek(&mut byte) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => e.kind() != ErrorKind::WouldBlock,
    };
    let _ = stream.set_nonblocking(false);
    gone
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// `text` as a JSON string literal (also used by `kiln bench --json`).
pub(crate) fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iterations(markers: &Markers) -> Vec<u64> {
        markers.iterations().iter().map(|t| t.round() as u64).collect()
    }

    #[test]
    fn markers_time_iterations_and_spread_batches() {
        let start = Instant::now();
        let mut markers = Markers::new(start);
        markers.feed(b"\x01kiln-tick\n", start + Duration::from_millis(50));
        markers.feed(b"\x01kiln-tick\nother\n\x01kil", start + Duration::from_millis(60));
        assert!(!markers.batched);
        // The split marker and one more arrive together: spread over 60..80.
        markers.feed(b"n-tick\n\x01kiln-tick\n", start + Duration::from_millis(80));
        assert_eq!(iterations(&markers), [10, 10, 10]);
        assert!(markers.batched);
        // Two markers 100 ms later were written within the last 20 ms.
        markers.feed(b"\x01kiln-tick\n\x01kiln-tick\n", start + Duration::from_millis(180));
        assert_eq!(iterations(&markers), [10, 10, 10, 90, 10]);
    }

    #[test]
    fn a_first_batch_is_spread_over_at_most_the_host_batch_time() {
        let start = Instant::now();
        let mut markers = Markers::new(start);
        markers.feed(b"\x01kiln-tick\n\x01kiln-tick\n\x01kiln-tick\n", start + Duration::from_millis(100));
        assert_eq!(iterations(&markers), [7, 7]);
        let mut early = Markers::new(start);
        early.feed(b"\x01kiln-tick\n\x01kiln-tick\n", start + Duration::from_millis(4));
        assert_eq!(iterations(&early), [2]);
    }

    #[test]
    fn json_strings_escape_controls() {
        assert_eq!(json_string("a\"b\\\n\u{1}"), "\"a\\\"b\\\\\\n\\u0001\"");
    }

    #[test]
    fn paths_decode_and_reject_escapes() {
        assert_eq!(percent_decode("/a%20b.js").as_deref(), Some("/a b.js"));
        assert_eq!(percent_decode("/bad%zz"), None);
        assert!(Path::new("../x").components().any(|c| !matches!(c, Component::Normal(_))));
    }
}
