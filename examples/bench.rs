//! Benchmark harness: this crate's client against bare ureq 3 on a loopback server, plus
//! decode, encode, pagination memory, thread scaling and a one-call process.
//!
//! `cargo run --release --example bench` (about a minute on two cores; run it on a quiet
//! machine: it reports how much CPU other processes used meanwhile, and warns).
//!
//! No network: everything goes to a loopback HTTP/1.1 server that this binary starts by
//! re-executing itself (`--serve`) as a separate process, so that the client's CPU time is not
//! mixed with the server's; a second one (`--serve 1000`) waits 1 ms before each answer, to
//! see whether calls on two threads overlap. The pagination memory figures come from child processes
//! (`--child …`) that report their own `VmHWM`. The one-call process is
//! `examples/send_one.rs`; the harness builds it with `cargo build --release --example
//! send_one` when it runs under `cargo run`, and otherwise looks for it next to itself.
//!
//! - Each figure is the median of several rounds with the spread (min–max) beside it. The
//!   cases of a group are interleaved round by round, starting with a different case each
//!   round, so that drift of the machine does not favour one of them.
//! - Client and server are pinned to one CPU with `taskset` unless a section says otherwise:
//!   on a VM, a loopback call whose two ends sit on different vCPUs waits for the idle one to
//!   be woken through the hypervisor, and whether that happens is the scheduler's choice per
//!   round, which makes unpinned rounds bimodal (one section shows it). On one CPU a call is
//!   the CPU work of both ends plus two context switches.
//! - CPU per call: the calling threads' own time from `/proc/thread-self/schedstat` (ns), the
//!   whole client process's from `/proc/self/stat` (utime + stime in 10 ms ticks, summed over
//!   all rounds: it includes helper threads such as `timeout_global`'s resolver, good to a few
//!   per cent; `–` when a case ran for under 20 ticks in all), and the server's from
//!   `/proc/<pid>/task/*/schedstat`.
//!
//! Prints one Markdown table, then the figures behind each performance target. It measures and
//! reports only: nothing here passes or fails on a timing.

use std::collections::BTreeMap;
use std::fs;
use std::hint::black_box;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Barrier, Mutex, PoisonError};
use std::time::{Duration, Instant};

use plivo::models::{Message, Page};
use plivo::ops::{GetMessages, SendMessage};
use plivo::{Client, Operation};
use serde_json::{Value, json};

const AUTH_ID: &str = "MAXXXXXXXXXXXXXXXXXX";
const AUTH_TOKEN: &str = "bench-auth-token";
const API_ID: &str = "9506d2c0-3f08-11e7-b886-067c5485c240";
/// The answer to sendMessage.
const SEND_ANSWER: &str = r#"{"api_id":"9506d2c0-3f08-11e7-b886-067c5485c240","message":"message(s) queued","message_uuid":["db3ce55a-7f1d-11e1-8ea7-1231380bc196"]}"#;
const SRC: &str = "14155550100";
const DST: &str = "14155550101";
const TEXT: &str = "hi";
/// Items the server's message list holds; 500 pages of 20.
const LIST_TOTAL: u32 = 10_000;
const FIXTURE: &[u8] = include_bytes!("../tests/data/fixtures/messageListResponse.json");

const SEND_ROUNDS: usize = 7;
const SEND_CALLS: usize = 4000;
/// More rounds than the others: the rows that build a `Value` per call (bare ureq, the raw
/// call) spread ±4 % from round to round, where the typed rows spread ±1.5 %.
const LIST_ROUNDS: usize = 15;
const LIST_CALLS: usize = 300;
const DECODE_ROUNDS: usize = 7;
const DECODE_ITERS: usize = 500;
const ENCODE_ROUNDS: usize = 7;
const ENCODE_ITERS: usize = 20_000;
const THREAD_ROUNDS: usize = 5;
const THREAD_CALLS: usize = 2000;
const LIST_THREAD_CALLS: usize = 200;
/// How long the second server waits before each answer, and calls per thread and round there.
const SLOW_SERVER_US: u64 = 1000;
const SLOW_CALLS: usize = 150;
const CHILD_RUNS: usize = 3;
const COLD_RUNS: usize = 30;
const FRESH_RUNS: usize = 50;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("--serve") => serve_main(args.get(2).and_then(|d| d.parse().ok()).unwrap_or(0)),
        Some("--child") => child_main(&args[2], &args[3]),
        Some("--list") => list_main(&args[2..]),
        Some("--noop") => {}
        _ => bench_main(),
    }
}

// ---------------------------------------------------------------------------------------------
// The loopback server (a test double: keep-alive HTTP/1.1 with Content-Length bodies only).
// ---------------------------------------------------------------------------------------------

/// Prebuilt answers.
struct Answers {
    send: Vec<u8>,
    /// `objects[k]`: the `objects` array with the first `k` items, already indented.
    objects: Vec<String>,
    not_found: Vec<u8>,
}

/// One message as Plivo's list answer carries it today: the fixture's fields and the ones
/// Plivo has added since. The model types all of them but `log` and `message_expiry`, which
/// it keeps in `extra`; [`ADDED_FIELDS`] are the ones it learnt last.
fn message_object(i: usize) -> Value {
    let uuid = format!("5b40a428-bfc7-4daf-9d06-{i:012x}");
    json!({
        "error_code": null,
        "from_number": "911231231230",
        "message_direction": "outbound",
        "message_state": if i % 7 == 0 { "delivered" } else { "sent" },
        "message_time": "2024-08-21 18:28:49+05:30",
        "message_type": "sms",
        "message_uuid": uuid,
        "resource_uri": format!("/v1/Account/{AUTH_ID}/Message/{uuid}/"),
        "to_number": "911231231231",
        "total_amount": "0.00250",
        "total_rate": "0.00250",
        "units": 1,
        "message_sent_time": "2024-08-21 18:28:49.244057+05:30",
        "message_updated_time": "2024-08-21 18:28:51.94772+05:30",
        "error_message": "",
        "powerpack_id": null,
        "requester_ip": "192.0.2.17",
        "is_domestic": false,
        "replaced_sender": "",
        "tendlc_campaign_id": "",
        "tendlc_registration_status": "",
        "destination_country_iso2": "IN",
        "conversation_id": "",
        "conversation_origin": "",
        "conversation_expiration_timestamp": "",
        "dlt_entity_id": "",
        "dlt_template_id": "",
        "dlt_template_category": "",
        "destination_network": null,
        "carrier_fees_rate": null,
        "carrier_fees": null,
        "log": true,
        "message_expiry": null,
    })
}

/// The fields of [`message_object`] that `Message` did not type before it learnt Plivo's
/// current message object. The decode section renames them in a copy of the page, to measure
/// the page as it was before: 18 fields per item kept in `extra`.
const ADDED_FIELDS: [&str; 16] = [
    "powerpack_id",
    "requester_ip",
    "is_domestic",
    "replaced_sender",
    "tendlc_campaign_id",
    "tendlc_registration_status",
    "destination_country_iso2",
    "conversation_id",
    "conversation_origin",
    "conversation_expiration_timestamp",
    "dlt_entity_id",
    "dlt_template_id",
    "dlt_template_category",
    "destination_network",
    "carrier_fees_rate",
    "carrier_fees",
];

impl Answers {
    fn new() -> Answers {
        let items: Vec<Value> = (0..20).map(message_object).collect();
        let objects = (0..=20)
            .map(|k| {
                serde_json::to_string_pretty(&items[..k])
                    .expect("json")
                    .replace('\n', "\n  ")
            })
            .collect();
        Answers {
            send: http_answer("202 Accepted", SEND_ANSWER.as_bytes()),
            objects,
            not_found: http_answer(
                "404 Not Found",
                format!(r#"{{"api_id":"{API_ID}","error":"not found"}}"#).as_bytes(),
            ),
        }
    }

    /// The list page at `offset` (`limit` items at most) of a list of `total` items.
    fn page(&self, offset: u32, limit: u32, total: u32) -> String {
        let limit = limit.clamp(1, 20);
        let count = total.saturating_sub(offset).min(limit);
        let link = |offset: u32| {
            format!("\"/v1/Account/{AUTH_ID}/Message/?limit={limit}&offset={offset}\"")
        };
        let next = if offset + count < total {
            link(offset + limit)
        } else {
            "null".into()
        };
        let previous = if offset > 0 {
            link(offset.saturating_sub(limit))
        } else {
            "null".into()
        };
        format!(
            "{{\n  \"api_id\": \"{API_ID}\",\n  \"meta\": {{\n    \"limit\": {limit},\n    \"next\": {next},\n    \"offset\": {offset},\n    \"previous\": {previous},\n    \"total_count\": {total}\n  }},\n  \"objects\": {}\n}}",
            self.objects[count as usize]
        )
    }

    fn answer(&self, method: &str, target: &str, out: &mut Vec<u8>) {
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let messages = path.ends_with("/Message/");
        if messages && method == "POST" {
            out.extend_from_slice(&self.send);
        } else if messages && method == "GET" {
            let (mut offset, mut limit) = (0, 20);
            for pair in query.split('&') {
                match pair.split_once('=') {
                    Some(("offset", v)) => offset = v.parse().unwrap_or(0),
                    Some(("limit", v)) => limit = v.parse().unwrap_or(20),
                    _ => {}
                }
            }
            let page = self.page(offset, limit, LIST_TOTAL);
            out.extend_from_slice(&http_answer("200 OK", page.as_bytes()));
        } else {
            out.extend_from_slice(&self.not_found);
        }
    }
}

/// The plain-derive reference for the typed rows: the fields of `Page<Message>`, `Meta` and
/// `Message`, of the same types, read by serde's derive with no `extra` (the keys they do not
/// know are skipped, not kept). What a typed page would cost if unknown fields were dropped.
mod plain {
    use plivo::models::{Decimal, Direction, MessageState, MessageType};
    use serde::Deserialize;

    // Fields are only ever handed to black_box.
    #[allow(dead_code)]
    #[derive(Deserialize)]
    pub struct Page {
        #[serde(default)]
        api_id: Option<String>,
        meta: Meta,
        objects: Vec<Message>,
    }

    #[allow(dead_code)]
    #[derive(Deserialize)]
    pub struct Meta {
        limit: u32,
        offset: u32,
        #[serde(default)]
        next: Option<String>,
        #[serde(default)]
        previous: Option<String>,
        #[serde(default)]
        total_count: Option<u64>,
    }

    #[allow(dead_code)]
    #[derive(Deserialize)]
    pub struct Message {
        message_uuid: String,
        #[serde(default)]
        api_id: Option<String>,
        #[serde(default)]
        carrier_fees: Option<Decimal>,
        #[serde(default)]
        carrier_fees_rate: Option<Decimal>,
        #[serde(default)]
        carrier_rate: Option<Decimal>,
        #[serde(default)]
        cloud_rate: Option<Decimal>,
        #[serde(default)]
        conversation_expiration_timestamp: Option<String>,
        #[serde(default)]
        conversation_id: Option<String>,
        #[serde(default)]
        conversation_origin: Option<String>,
        #[serde(default)]
        destination_country_iso2: Option<String>,
        #[serde(default)]
        destination_network: Option<String>,
        #[serde(default)]
        dlt_entity_id: Option<String>,
        #[serde(default)]
        dlt_template_category: Option<String>,
        #[serde(default)]
        dlt_template_id: Option<String>,
        #[serde(default)]
        error_code: Option<Decimal>,
        #[serde(default)]
        error_message: Option<String>,
        #[serde(default)]
        from_number: Option<String>,
        #[serde(default)]
        is_domestic: Option<bool>,
        #[serde(default)]
        message_direction: Option<Direction>,
        #[serde(default)]
        message_sent_time: Option<String>,
        #[serde(default)]
        message_state: Option<MessageState>,
        #[serde(default)]
        message_time: Option<String>,
        #[serde(default)]
        message_type: Option<MessageType>,
        #[serde(default)]
        message_updated_time: Option<String>,
        #[serde(default)]
        powerpack_id: Option<String>,
        #[serde(default)]
        replaced_sender: Option<String>,
        #[serde(default)]
        requester_ip: Option<String>,
        #[serde(default)]
        resource_uri: Option<String>,
        #[serde(default)]
        tendlc_campaign_id: Option<String>,
        #[serde(default)]
        tendlc_registration_status: Option<String>,
        #[serde(default)]
        to_number: Option<String>,
        #[serde(default)]
        total_amount: Option<Decimal>,
        #[serde(default)]
        total_rate: Option<Decimal>,
        #[serde(default)]
        units: Option<u32>,
    }
}

fn http_answer(status: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// `bench --serve [DELAY_US]`: prints the port, serves until its stdin closes (when the parent
/// exits). With a delay, every answer waits that long first, like a distant server.
fn serve_main(delay_us: u64) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let port = listener.local_addr().expect("local addr").port();
    let answers = Arc::new(Answers::new());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let answers = Arc::clone(&answers);
            std::thread::spawn(move || {
                let _ = connection(stream, &answers, Duration::from_micros(delay_us));
            });
        }
    });
    println!("{port}");
    std::io::stdout().flush().expect("flush");
    let _ = std::io::copy(&mut std::io::stdin(), &mut std::io::sink());
}

fn connection(stream: TcpStream, answers: &Answers, delay: Duration) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let mut reader = BufReader::with_capacity(16 * 1024, stream.try_clone()?);
    let mut writer = stream;
    let mut line = Vec::with_capacity(512);
    let mut body = Vec::new();
    let mut out = Vec::with_capacity(32 * 1024);
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let request_line = String::from_utf8_lossy(&line).into_owned();
        let mut parts = request_line.split_ascii_whitespace();
        let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
        let mut length = 0usize;
        loop {
            line.clear();
            if reader.read_until(b'\n', &mut line)? == 0 {
                return Ok(());
            }
            if line == b"\r\n" || line == b"\n" {
                break;
            }
            if line.len() > 15 && line[..15].eq_ignore_ascii_case(b"content-length:") {
                length = String::from_utf8_lossy(&line[15..])
                    .trim()
                    .parse()
                    .unwrap_or(0);
            }
        }
        body.resize(length, 0);
        reader.read_exact(&mut body)?;
        out.clear();
        answers.answer(method, target, &mut out);
        if !delay.is_zero() {
            std::thread::sleep(delay);
        }
        writer.write_all(&out)?;
    }
}

/// The server process, killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(exe: &Path, delay_us: u64) -> Server {
        let mut child = Command::new(exe)
            .args(["--serve", &delay_us.to_string()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the server process");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("server port");
        let port = line.trim().parse().expect("server port");
        Server { child, port }
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn origin(&self, host: &str) -> String {
        format!("http://{host}:{}", self.port)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------------------------
// /proc readings.
// ---------------------------------------------------------------------------------------------

/// Fields of `/proc/<pid>/stat` after the command name (0 = state, 11 = utime, 12 = stime,
/// 13 = cutime, 14 = cstime).
fn stat_fields(pid: Option<u32>) -> Vec<u64> {
    let path = match pid {
        Some(pid) => format!("/proc/{pid}/stat"),
        None => "/proc/self/stat".to_owned(),
    };
    let stat = fs::read_to_string(path).unwrap_or_default();
    stat.rsplit_once(')')
        .map_or("", |(_, rest)| rest)
        .split_whitespace()
        .map(|f| f.parse().unwrap_or(0))
        .collect()
}

/// utime + stime of this process (all its threads, exited ones included), in clock ticks.
fn process_ticks() -> u64 {
    let f = stat_fields(None);
    f.get(11).unwrap_or(&0) + f.get(12).unwrap_or(&0)
}

/// utime + stime + cutime + cstime of this process: itself and every child it waited for.
fn process_and_children_ticks() -> u64 {
    let f = stat_fields(None);
    f.iter().skip(11).take(4).sum()
}

/// CPU time of the calling thread in ns (`/proc/thread-self/schedstat`). The kernel brings
/// the figure up to date when the thread is switched out, so yield first.
fn thread_cpu_ns() -> u64 {
    std::thread::yield_now();
    fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// CPU time in ns of the live threads of a process (the server's connection threads block
/// between rounds, so their figures are current).
fn tasks_cpu_ns(pid: u32) -> u64 {
    fs::read_dir(format!("/proc/{pid}/task"))
        .map(|dir| {
            dir.flatten()
                .filter_map(|task| {
                    fs::read_to_string(task.path().join("schedstat"))
                        .ok()?
                        .split_whitespace()
                        .next()?
                        .parse::<u64>()
                        .ok()
                })
                .sum()
        })
        .unwrap_or(0)
}

/// The machine's `cpu` line of `/proc/stat`: (busy, steal) in ticks, summed over all CPUs.
fn machine_ticks() -> (u64, u64) {
    let stat = fs::read_to_string("/proc/stat").unwrap_or_default();
    let f: Vec<u64> = stat
        .lines()
        .next()
        .unwrap_or("")
        .split_whitespace()
        .skip(1)
        .map(|v| v.parse().unwrap_or(0))
        .collect();
    let at = |i: usize| f.get(i).copied().unwrap_or(0);
    // user nice system idle iowait irq softirq steal
    (at(0) + at(1) + at(2) + at(5) + at(6), at(7))
}

/// A `/proc/self/status` field in KiB (`VmHWM`, `VmRSS`).
fn status_kib(name: &str) -> u64 {
    fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn command_output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

// ---------------------------------------------------------------------------------------------
// Where things run.
// ---------------------------------------------------------------------------------------------

/// Which CPUs the client (this process) and the server process may use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Placement {
    /// Both on one CPU: every call is a plain context switch to the server and back, so wall
    /// time is the CPU work of both sides and rounds repeat to a few per cent.
    OneCpu,
    /// All CPUs, the scheduler's choice. On this VM a call whose two sides land on different
    /// vCPUs waits for the idle one to wake (an inter-processor interrupt through the
    /// hypervisor), which the scheduler decides per round: rounds are bimodal.
    AllCpus,
}

/// Pins this process and the server with `taskset -a -p` (every thread, and the threads they
/// start later).
struct Placer {
    server_pid: u32,
    n: usize,
    one: String,
    all: String,
    works: bool,
    current: Mutex<Option<Placement>>,
}

impl Placer {
    fn new(server_pid: u32, n: usize) -> Placer {
        let mut placer = Placer {
            server_pid,
            n,
            one: (n - 1).to_string(),
            all: format!("0-{}", n - 1),
            works: true,
            current: Mutex::new(None),
        };
        placer.works = placer.try_place(Placement::OneCpu);
        placer
    }

    fn try_place(&self, placement: Placement) -> bool {
        let cpus = match placement {
            Placement::OneCpu => &self.one,
            Placement::AllCpus => &self.all,
        };
        let ok = [std::process::id(), self.server_pid].iter().all(|pid| {
            Command::new("taskset")
                .args(["-a", "-c", "-p", cpus, &pid.to_string()])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        });
        if ok {
            *self.current.lock().unwrap_or_else(PoisonError::into_inner) = Some(placement);
        }
        ok
    }

    fn place(&self, placement: Placement) {
        let current = *self.current.lock().unwrap_or_else(PoisonError::into_inner);
        if self.works && current != Some(placement) {
            self.try_place(placement);
        }
    }

    /// Pins the calling thread alone to CPU `cpu` (of the CPUs this machine has).
    fn pin_thread(&self, cpu: usize) {
        self.taskset_thread(&cpu.min(self.n - 1).to_string());
    }

    /// Lets the calling thread use every CPU again.
    fn unpin_thread(&self) {
        self.taskset_thread(&self.all);
    }

    fn taskset_thread(&self, cpus: &str) {
        let tid = fs::read_link("/proc/thread-self")
            .ok()
            .and_then(|link| Some(link.file_name()?.to_str()?.to_owned()));
        if let (true, Some(tid)) = (self.works, tid) {
            let _ = Command::new("taskset")
                .args(["-c", "-p", cpus, &tid])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }

    fn describe(&self) -> String {
        if self.works {
            format!(
                "client and server pinned to CPU {} with `taskset` unless a section says otherwise",
                self.one
            )
        } else {
            "`taskset` unavailable or refused: NOT pinned, expect bimodal rounds".to_owned()
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Measurement.
// ---------------------------------------------------------------------------------------------

/// A case runs `n` operations and returns how many it ran (threads × n for a threaded case).
type Batch<'a> = Box<dyn FnMut(usize) -> usize + 'a>;

fn each<'a>(mut op: impl FnMut() + 'a) -> Batch<'a> {
    Box::new(move |n| {
        for _ in 0..n {
            op();
        }
        n
    })
}

/// Wall time and CPU time (ns, both threads) that a threaded case measured itself, once its
/// threads were started and pinned.
static INNER: Mutex<Option<(Duration, u64)>> = Mutex::new(None);

/// Runs `op` on this thread and one more, each pinned to its own CPU when `pin` is given, and
/// leaves the timing in [`INNER`].
fn on_two_threads(pin: Option<&Placer>, op: &(dyn Fn() + Sync)) {
    let ready = Barrier::new(2);
    let other_cpu = AtomicU64::new(0);
    let mut outcome = None;
    std::thread::scope(|s| {
        let other = s.spawn(|| {
            if let Some(placer) = pin {
                placer.pin_thread(1);
            }
            ready.wait();
            let cpu0 = thread_cpu_ns();
            op();
            other_cpu.store(thread_cpu_ns().saturating_sub(cpu0), Ordering::Relaxed);
        });
        if let Some(placer) = pin {
            placer.pin_thread(0);
        }
        ready.wait();
        let start = Instant::now();
        let cpu0 = thread_cpu_ns();
        op();
        let cpu = thread_cpu_ns().saturating_sub(cpu0);
        other.join().expect("second thread");
        outcome = Some((start.elapsed(), cpu + other_cpu.load(Ordering::Relaxed)));
    });
    if let Some(placer) = pin {
        placer.unpin_thread();
    }
    *INNER.lock().unwrap_or_else(PoisonError::into_inner) = outcome;
}

struct Case<'a> {
    key: &'static str,
    label: String,
    placement: Placement,
    run: Batch<'a>,
}

fn case<'a>(key: &'static str, label: impl Into<String>, run: Batch<'a>) -> Case<'a> {
    Case {
        key,
        label: label.into(),
        placement: Placement::OneCpu,
        run,
    }
}

impl<'a> Case<'a> {
    fn on(mut self, placement: Placement) -> Case<'a> {
        self.placement = placement;
        self
    }
}

/// The outcome of one case.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
struct Measured {
    label: String,
    /// Wall µs per operation, one per round.
    rounds: Vec<f64>,
    /// CPU µs per operation of the measuring threads, one per round.
    cpu_rounds: Vec<f64>,
    ops: usize,
    /// utime + stime of the whole process over all rounds (helper threads included).
    process_ticks: u64,
    /// CPU ns of the server's threads over all rounds.
    server_ns: Option<u64>,
}

impl Measured {
    fn median(&self) -> f64 {
        median(&self.rounds)
    }
    fn cpu(&self) -> f64 {
        median(&self.cpu_rounds)
    }
    fn process_cpu(&self, tick_us: f64) -> f64 {
        self.process_ticks as f64 * tick_us / self.ops as f64
    }
    fn server_cpu(&self) -> Option<f64> {
        self.server_ns.map(|ns| ns as f64 / 1e3 / self.ops as f64)
    }
}

fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn min_max(values: &[f64]) -> (f64, f64) {
    values
        .iter()
        .fold((f64::INFINITY, 0.0_f64), |(lo, hi), &v| {
            (lo.min(v), hi.max(v))
        })
}

/// Runs every case `warmup` times, then `rounds` rounds of `per_round` operations each,
/// interleaved and rotated.
fn measure(
    placer: &Placer,
    mut cases: Vec<Case<'_>>,
    rounds: usize,
    per_round: usize,
    warmup: usize,
    server: Option<u32>,
) -> Vec<(&'static str, Measured)> {
    let mut out: Vec<Measured> = cases
        .iter()
        .map(|c| Measured {
            label: c.label.clone(),
            rounds: Vec::new(),
            cpu_rounds: Vec::new(),
            ops: 0,
            process_ticks: 0,
            server_ns: server.map(|_| 0),
        })
        .collect();
    for c in &mut cases {
        placer.place(c.placement);
        (c.run)(warmup);
    }
    // A threaded case's warm-up left its own timing behind.
    INNER.lock().unwrap_or_else(PoisonError::into_inner).take();
    let n = cases.len();
    for round in 0..rounds {
        for k in 0..n {
            let i = (round + k) % n;
            placer.place(cases[i].placement);
            let ticks0 = process_ticks();
            let server0 = server.map(tasks_cpu_ns);
            let cpu0 = thread_cpu_ns();
            let start = Instant::now();
            let ops = (cases[i].run)(per_round);
            let (elapsed, cpu) = match INNER.lock().unwrap_or_else(PoisonError::into_inner).take() {
                Some(inner) => inner,
                None => (start.elapsed(), thread_cpu_ns().saturating_sub(cpu0)),
            };
            let m = &mut out[i];
            m.rounds.push(elapsed.as_secs_f64() * 1e6 / ops as f64);
            m.cpu_rounds.push(cpu as f64 / 1e3 / ops as f64);
            m.ops += ops;
            m.process_ticks += process_ticks().saturating_sub(ticks0);
            if let (Some(pid), Some(s0), Some(total)) = (server, server0, m.server_ns.as_mut()) {
                *total += tasks_cpu_ns(pid).saturating_sub(s0);
            }
        }
    }
    cases.iter().map(|c| c.key).zip(out).collect()
}

// ---------------------------------------------------------------------------------------------
// Bare ureq: the floor.
// ---------------------------------------------------------------------------------------------

fn bare_agent(timeouts: Timeouts) -> ureq::Agent {
    let builder = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None);
    let builder = match timeouts {
        Timeouts::None => builder,
        Timeouts::PerPhase => {
            let t = Some(plivo::DEFAULT_RESPONSE_TIMEOUT);
            builder
                .timeout_connect(Some(plivo::DEFAULT_CONNECT_TIMEOUT))
                .timeout_send_request(t)
                .timeout_send_body(t)
                .timeout_recv_response(t)
                .timeout_recv_body(t)
        }
        Timeouts::Global => builder.timeout_global(Some(Duration::from_secs(30))),
        Timeouts::PerIo => {
            let t = Some(plivo::DEFAULT_RESPONSE_TIMEOUT);
            builder
                .timeout_connect(Some(plivo::DEFAULT_CONNECT_TIMEOUT))
                .timeout_per_read(t)
                .timeout_per_write(t)
        }
    };
    builder.build().new_agent()
}

#[derive(Clone, Copy)]
enum Timeouts {
    None,
    PerPhase,
    Global,
    /// One fixed socket timeout per read and write: set once per connection, no deadlines.
    PerIo,
}

fn authorization() -> String {
    use base64::Engine as _;
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{AUTH_ID}:{AUTH_TOKEN}"))
    )
}

fn bare_post(agent: &ureq::Agent, url: &str, auth: &str, body: &[u8]) -> Value {
    let mut resp = agent
        .post(url)
        .header("Authorization", auth)
        .header("Accept", "application/json")
        .content_type("application/json")
        .send(body)
        .expect("bare ureq POST");
    assert!(resp.status().is_success(), "bare POST: {}", resp.status());
    let raw = resp.body_mut().read_to_vec().expect("bare ureq body");
    serde_json::from_slice(&raw).expect("bare ureq JSON")
}

fn bare_get<T: serde::de::DeserializeOwned>(agent: &ureq::Agent, url: &str, auth: &str) -> T {
    let mut resp = agent
        .get(url)
        .header("Authorization", auth)
        .header("Accept", "application/json")
        .call()
        .expect("bare ureq GET");
    assert!(resp.status().is_success(), "bare GET: {}", resp.status());
    let raw = resp.body_mut().read_to_vec().expect("bare ureq body");
    serde_json::from_slice(&raw).expect("bare ureq JSON")
}

fn client(origin: &str) -> Client {
    Client::builder()
        .auth_id(AUTH_ID)
        .auth_token(AUTH_TOKEN)
        .base_url(origin)
        .no_proxy()
        .build()
        .expect("client")
}

fn send_op() -> SendMessage {
    SendMessage::new(SRC, DST, TEXT)
}

// ---------------------------------------------------------------------------------------------
// Child processes for pagination memory.
// ---------------------------------------------------------------------------------------------

/// `bench --child MODE ORIGIN`: does one thing, then prints `items elapsed_us hwm_kib rss_kib`.
fn child_main(mode: &str, origin: &str) {
    let start = Instant::now();
    let items = match mode {
        "idle" => {
            black_box(client(origin));
            0
        }
        "page" => {
            let page = client(origin)
                .send(GetMessages::new().limit(20))
                .expect("one page");
            let n = page.objects.len();
            let hwm = status_kib("VmHWM");
            black_box(&page);
            return report(n, start, hwm);
        }
        "items" => {
            let client = client(origin);
            let mut n = 0;
            let mut units = 0u64;
            for message in client.items(GetMessages::new()) {
                let message = message.expect("item");
                units += u64::from(message.units.unwrap_or(0));
                n += 1;
            }
            black_box(units);
            n
        }
        "collect" => {
            let client = client(origin);
            let all: Vec<Message> = client
                .items(GetMessages::new())
                .collect::<Result<_, _>>()
                .expect("items");
            let hwm = status_kib("VmHWM");
            black_box(&all);
            return report(all.len(), start, hwm);
        }
        "bare" => {
            let agent = bare_agent(Timeouts::None);
            let auth = authorization();
            let mut url = format!("{origin}/v1/Account/{AUTH_ID}/Message/?limit=20&offset=0");
            let mut n = 0;
            loop {
                let page = bare_get::<Value>(&agent, &url, &auth);
                n += page["objects"].as_array().map_or(0, Vec::len);
                match page["meta"]["next"].as_str() {
                    Some(next) => url = format!("{origin}{next}"),
                    None => break,
                }
            }
            n
        }
        other => panic!("unknown child mode {other}"),
    };
    report(items, start, status_kib("VmHWM"));
}

/// The list section's rows, keyed by host: `[bare, typed, raw, plain]`.
const LIST_KEYS: [[&str; 2]; 4] = [
    ["list.bare.ip", "list.bare.lh"],
    ["list.typed.ip", "list.typed.lh"],
    ["list.raw.ip", "list.raw.lh"],
    ["list.plain.ip", "list.plain.lh"],
];

/// Runs `bench --list IP_ORIGIN LOCALHOST_ORIGIN SERVER_PID NPROC` and reads back what it
/// measured, by key.
fn run_list_child(
    exe: &Path,
    ip: &str,
    lh: &str,
    server_pid: u32,
    nproc: usize,
) -> BTreeMap<String, Measured> {
    run_self(
        exe,
        &[
            "--list",
            ip,
            lh,
            &server_pid.to_string(),
            &nproc.to_string(),
        ],
    )
    .lines()
    .map(|line| serde_json::from_str::<(String, Measured)>(line).expect("a measured row"))
    .collect()
}

/// `bench --list …`: the list section, measured in this fresh process (pinned with the server
/// as the parent pins them); prints one JSON line `[key, measured]` per row.
fn list_main(args: &[String]) {
    let (ip, lh) = (&args[0], &args[1]);
    let server_pid: u32 = args[2].parse().expect("server pid");
    let nproc: usize = args[3].parse().expect("nproc");
    let srv = Some(server_pid);
    let placer = Placer::new(server_pid, nproc);
    let auth = authorization();
    let none = bare_agent(Timeouts::None);
    let (c_ip, c_lh) = (client(ip), client(lh));
    let list_op = || GetMessages::new().limit(20);
    let list_url = c_ip.prepare(list_op()).expect("prepare").url().to_owned();
    let lu_lh = list_url.replace("127.0.0.1", "localhost");
    for (host, url, c, k) in [
        ("127.0.0.1", &list_url, &c_ip, 0),
        ("localhost", &lu_lh, &c_lh, 1),
    ] {
        let keys = LIST_KEYS.map(|pair| pair[k]);
        let (auth, none) = (&auth, &none);
        let cases = vec![
            case(
                keys[0],
                format!("bare ureq GET + Value (20 items) @{host}"),
                each(move || {
                    black_box(bare_get::<Value>(none, url, auth));
                }),
            ),
            case(
                keys[1],
                format!("client.send(GetMessages.limit(20)), typed @{host}"),
                each(move || {
                    black_box(c.send(list_op()).expect("list"));
                }),
            ),
            case(
                keys[2],
                format!("client.call(GetMessages.limit(20)).body(), Value @{host}"),
                each(move || {
                    let resp = c.call(list_op()).expect("list");
                    black_box(resp.body());
                }),
            ),
            case(
                keys[3],
                format!("bare ureq GET + plain derive structs, same fields, no extra @{host}"),
                each(move || {
                    black_box(bare_get::<plain::Page>(none, url, auth));
                }),
            ),
        ];
        for row in measure(&placer, cases, LIST_ROUNDS, LIST_CALLS, 30, srv) {
            println!("{}", serde_json::to_string(&row).expect("json"));
        }
    }
}

fn report(items: usize, start: Instant, hwm: u64) {
    println!(
        "{items} {} {hwm} {}",
        start.elapsed().as_micros(),
        status_kib("VmRSS")
    );
}

struct ChildRun {
    items: usize,
    elapsed_us: f64,
    hwm_kib: f64,
}

/// Runs this binary with `args`, which must succeed, and returns what it printed.
fn run_self(exe: &Path, args: &[&str]) -> String {
    let out = Command::new(exe)
        .args(args)
        .output()
        .expect("bench process");
    assert!(
        out.status.success(),
        "bench {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn run_child(exe: &Path, mode: &str, origin: &str) -> ChildRun {
    let f: Vec<f64> = run_self(exe, &["--child", mode, origin])
        .split_whitespace()
        .map(|v| v.parse().unwrap_or(f64::NAN))
        .collect();
    ChildRun {
        items: f[0] as usize,
        elapsed_us: f[1],
        hwm_kib: f[2],
    }
}

// ---------------------------------------------------------------------------------------------
// The report.
// ---------------------------------------------------------------------------------------------

struct Row {
    label: String,
    cells: [String; 6],
}

struct Report {
    tick_us: f64,
    rows: Vec<Row>,
    by_key: BTreeMap<&'static str, Measured>,
}

impl Report {
    fn section(&mut self, title: &str) {
        self.rows.push(Row {
            label: format!("**{title}**"),
            cells: Default::default(),
        });
    }

    /// Adds measured rows; `reference` maps a row's key to the key it is compared with.
    fn add(&mut self, measured: Vec<(&'static str, Measured)>, reference: &[(&str, &str)]) {
        for (key, m) in &measured {
            self.by_key.insert(key, m.clone());
        }
        for (key, m) in measured {
            let ratio = match reference.iter().find(|(k, _)| *k == key) {
                Some((_, r)) if *r == key => "1.00 (reference)".to_owned(),
                Some((_, r)) => {
                    let base = &self.by_key[r];
                    format!(
                        "{:.2}× wall, {:.2}× CPU vs {}",
                        m.median() / base.median(),
                        m.cpu() / base.cpu(),
                        short(&base.label)
                    )
                }
                None => String::new(),
            };
            let (lo, hi) = min_max(&m.rounds);
            let (clo, chi) = min_max(&m.cpu_rounds);
            self.rows.push(Row {
                label: m.label.clone(),
                cells: [
                    format!("{} ({}–{})", us(m.median()), us(lo), us(hi)),
                    format!("{:.0}", 1e6 / m.median()),
                    format!("{} ({}–{})", us(m.cpu()), us(clo), us(chi)),
                    // Fewer than 20 ticks in all is too coarse to show.
                    if m.process_ticks < 20 {
                        "–".to_owned()
                    } else {
                        us(m.process_cpu(self.tick_us))
                    },
                    m.server_cpu().map_or_else(|| "–".to_owned(), us),
                    ratio,
                ],
            });
        }
    }

    fn raw(&mut self, label: &str, value: String, ratio: String) {
        let dash = || "–".to_owned();
        self.rows.push(Row {
            label: label.to_owned(),
            cells: [value, dash(), dash(), dash(), dash(), ratio],
        });
    }

    /// Replaces the ratio cell of the row of this key.
    fn set_ratio(&mut self, key: &str, text: String) {
        let label = &self.by_key[key].label;
        if let Some(row) = self.rows.iter_mut().find(|r| &r.label == label) {
            row.cells[5] = text;
        }
    }

    fn m(&self, key: &str) -> &Measured {
        &self.by_key[key]
    }

    fn print(&self) {
        println!(
            "| measurement | wall µs/call: median (min–max) | calls/s | CPU µs/call, calling threads: median (min–max) | CPU µs/call, whole client process | server CPU µs/call | ratio of medians |"
        );
        println!("|---|---:|---:|---:|---:|---:|---|");
        for r in &self.rows {
            println!("| {} | {} |", r.label, r.cells.join(" | "));
        }
    }
}

/// The part of a label that names it in a ratio cell.
fn short(label: &str) -> String {
    format!("`{}`", label.split(" @").next().unwrap_or(label).trim())
}

/// The key of a thread-scaling case: `thr.client2p`, `thl.bare1`, …
fn thread_key(prefix: &str, who: &str, variant: &str) -> &'static str {
    Box::leak(format!("{prefix}.{who}{variant}").into_boxed_str())
}

fn us(v: f64) -> String {
    if v.is_nan() {
        "–".into()
    } else if v < 10.0 {
        format!("{v:.2}")
    } else if v < 1000.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.0}")
    }
}

fn spread(values: &[f64], decimals: usize) -> String {
    let (lo, hi) = min_max(values);
    format!("{:.d$} ({lo:.d$}–{hi:.d$})", median(values), d = decimals)
}

/// Builds `send_one` (when run by cargo) and returns its path.
fn send_one_path(exe: &Path) -> Option<PathBuf> {
    if let Ok(cargo) = std::env::var("CARGO") {
        let mut build = Command::new(cargo);
        build
            .args(["build", "--release", "--example", "send_one"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // `cargo run` gave this process the package's variables; build scripts (ring's) watch
        // some of them, and a build that sees them would rebuild half the tree, twice.
        for (name, _) in std::env::vars_os() {
            let name = name.to_string_lossy();
            if name.starts_with("CARGO_PKG_")
                || name.starts_with("CARGO_MANIFEST_")
                || matches!(
                    &*name,
                    "CARGO_CRATE_NAME" | "CARGO_BIN_NAME" | "CARGO_PRIMARY_PACKAGE"
                )
            {
                build.env_remove(&*name);
            }
        }
        let built = build.status();
        if !matches!(built, Ok(s) if s.success()) {
            eprintln!(
                "warning: `cargo build --release --example send_one` failed; using what is there"
            );
        }
    }
    let path = exe.with_file_name("send_one");
    path.exists().then_some(path)
}

fn machine(nproc: usize) -> String {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")?
                .split_once(':')
                .map(|x| x.1.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let mhz = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("cpu MHz")?
                .split_once(':')
                .map(|x| x.1.trim().to_owned())
        })
        .map_or_else(String::new, |m| format!(" @ {m} MHz"));
    let kernel = fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let mem = fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:").map(|v| v.trim().to_owned()))
        .unwrap_or_default();
    format!(
        "nproc {nproc}, {model}{mhz}, Linux {}, MemTotal {mem}",
        kernel.trim()
    )
}

fn bench_main() {
    let wall = Instant::now();
    let exe = std::env::current_exe().expect("current exe");
    let send_one = send_one_path(&exe);
    let tick_us = 1e6
        / command_output("getconf", &["CLK_TCK"])
            .and_then(|t| t.parse::<f64>().ok())
            .unwrap_or(100.0);
    // Before any pinning: available_parallelism follows the affinity mask.
    let nproc = std::thread::available_parallelism().map_or(1, |n| n.get());
    let machine0 = machine_ticks();
    let own0 = process_and_children_ticks();
    let load = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let server = Server::start(&exe, 0);
    let srv = Some(server.pid());
    let placer = Placer::new(server.pid(), nproc);
    let ip = server.origin("127.0.0.1");
    let lh = server.origin("localhost");

    println!("# plivo bench");
    println!();
    println!("- machine: {}", machine(nproc));
    println!(
        "- date: {}",
        command_output("date", &["-u", "+%Y-%m-%d %H:%M UTC"]).unwrap_or_default()
    );
    println!(
        "- rustc: {}",
        command_output("rustc", &["--version"]).unwrap_or_else(|| "unknown".into())
    );
    let dir = env!("CARGO_MANIFEST_DIR");
    if let Some(head) = command_output("git", &["-C", dir, "rev-parse", "--short", "HEAD"]) {
        let dirty = command_output(
            "git",
            &[
                "-C",
                dir,
                "status",
                "--porcelain",
                "--",
                "src",
                "Cargo.toml",
            ],
        )
        .is_some_and(|s| !s.is_empty());
        println!(
            "- commit: {head}{}",
            if dirty {
                " (with uncommitted changes to src/ or Cargo.toml)"
            } else {
                ""
            }
        );
    }
    println!("- load average before the run: {}", load.trim());
    println!(
        "- server: separate process (pid {}), thread per connection, keep-alive, 127.0.0.1:{}",
        server.pid(),
        server.port
    );
    println!("- placement: {}", placer.describe());
    println!();

    let mut report = Report {
        tick_us,
        rows: Vec::new(),
        by_key: BTreeMap::new(),
    };
    let auth = authorization();

    // -- send message ------------------------------------------------------------------------
    let none = bare_agent(Timeouts::None);
    let phases = bare_agent(Timeouts::PerPhase);
    let per_io = bare_agent(Timeouts::PerIo);
    let global = bare_agent(Timeouts::Global);
    let c_ip = client(&ip);
    let c_lh = client(&lh);
    let off = |origin: &str| {
        Client::builder()
            .auth_id(AUTH_ID)
            .auth_token(AUTH_TOKEN)
            .base_url(origin)
            .no_proxy()
            .connect_timeout(None)
            .response_timeout(None)
            .build()
            .expect("client")
    };
    let (o_ip, o_lh) = (off(&ip), off(&lh));
    let prepared = c_ip.prepare(send_op()).expect("prepare");
    let body = prepared.body().expect("body").as_bytes().to_vec();
    let send_url = |origin: &str| format!("{origin}/v1/Account/{AUTH_ID}/Message/");
    assert_eq!(prepared.url(), send_url(&ip));
    let (su_ip, su_lh) = (send_url(&ip), send_url(&lh));
    let send_keys = [
        ["send.bare.ip", "send.bare.lh"],
        ["send.bare_json.ip", "send.bare_json.lh"],
        ["send.phases.ip", "send.phases.lh"],
        ["send.client.ip", "send.client.lh"],
        ["send.client_off.ip", "send.client_off.lh"],
        ["send.perio.ip", "send.perio.lh"],
    ];
    for (host, url, c, o, k) in [
        ("127.0.0.1", &su_ip, &c_ip, &o_ip, 0),
        ("localhost", &su_lh, &c_lh, &o_lh, 1),
    ] {
        let keys = send_keys.map(|pair| pair[k]);
        let (auth, body) = (&auth, &body);
        let (none, phases, global, per_io) = (&none, &phases, &global, &per_io);
        let cases = vec![
            case(
                keys[0],
                format!("bare ureq POST + Value @{host}"),
                each(move || {
                    black_box(bare_post(none, url, auth, body));
                }),
            ),
            case(
                keys[1],
                format!("bare ureq, body built per call with json! @{host}"),
                each(move || {
                    let body = serde_json::to_vec(&json!({"dst": DST, "src": SRC, "text": TEXT}))
                        .expect("json");
                    black_box(bare_post(none, url, auth, &body));
                }),
            ),
            case(
                keys[2],
                format!("bare ureq + per-phase timeouts (our config) @{host}"),
                each(move || {
                    black_box(bare_post(phases, url, auth, body));
                }),
            ),
            case(
                keys[3],
                format!("client.send(SendMessage), default config @{host}"),
                each(move || {
                    black_box(c.send(send_op()).expect("send"));
                }),
            ),
            case(
                keys[4],
                format!("client.send(SendMessage), timeouts off @{host}"),
                each(move || {
                    black_box(o.send(send_op()).expect("send"));
                }),
            ),
            case(
                keys[5],
                format!(
                    "bare ureq + fixed per-read/per-write socket timeouts (no deadlines) @{host}"
                ),
                each(move || {
                    black_box(bare_post(per_io, url, auth, body));
                }),
            ),
        ];
        report.section(&format!(
            "send message, kept-alive connection to {host}, client and server on one CPU"
        ));
        let refs = keys.map(|key| (key, keys[0]));
        report.add(
            measure(&placer, cases, SEND_ROUNDS, SEND_CALLS, 200, srv),
            &refs,
        );
        // Apart, with a reference of its own: the resolver threads timeout_global starts on
        // every call outlive the case and slow down whichever case runs after it (by about
        // 0.7 µs per call, seen when it shared the group above).
        let (gbare, global_key) = [
            ("send.gbare.ip", "send.global.ip"),
            ("send.gbare.lh", "send.global.lh"),
        ][k];
        let cases = vec![
            case(
                gbare,
                format!("bare ureq POST + Value @{host}"),
                each(move || {
                    black_box(bare_post(none, url, auth, body));
                }),
            ),
            case(
                global_key,
                format!("bare ureq + timeout_global(30 s) @{host}"),
                each(move || {
                    black_box(bare_post(global, url, auth, body));
                }),
            ),
        ];
        report.section(&format!(
            "send message with a whole-call deadline, {host}, one CPU (measured apart: see the code)"
        ));
        report.add(
            measure(&placer, cases, SEND_ROUNDS, SEND_CALLS, 200, srv),
            &[(gbare, gbare), (global_key, gbare)],
        );
    }

    // The same, where the scheduler puts things.
    {
        let (auth, body, url, none) = (&auth, &body, &su_ip, &none);
        let c = &c_ip;
        let cases = vec![
            case(
                "free.bare",
                "bare ureq POST + Value @127.0.0.1, unpinned",
                each(move || {
                    black_box(bare_post(none, url, auth, body));
                }),
            )
            .on(Placement::AllCpus),
            case(
                "free.client",
                "client.send(SendMessage), default config @127.0.0.1, unpinned",
                each(move || {
                    black_box(c.send(send_op()).expect("send"));
                }),
            )
            .on(Placement::AllCpus),
        ];
        report.section("send message, unpinned: the scheduler's choice of CPUs (bimodal here)");
        report.add(
            measure(&placer, cases, SEND_ROUNDS, SEND_CALLS, 200, srv),
            &[("free.bare", "free.bare"), ("free.client", "free.bare")],
        );
    }

    // -- list messages -----------------------------------------------------------------------
    let list_op = || GetMessages::new().limit(20);
    let list_url = c_ip.prepare(list_op()).expect("prepare").url().to_owned();
    // Measured in a process of its own, started for it: in this one, the sections before have
    // started threads (which put glibc's allocator on its locking path for good) and left the
    // heap in a state that moved the raw row by up to ±5 % from run to run. There, the
    // 127.0.0.1 rows run before any thread exists; the localhost rows after the client's one
    // name lookup, which ureq runs on a thread of its own.
    let mut listed = run_list_child(&exe, &ip, &lh, server.pid(), nproc);
    for (host, k) in [("127.0.0.1", 0), ("localhost", 1)] {
        let keys = LIST_KEYS.map(|pair| pair[k]);
        report.section(&format!(
            "list messages (one 20-item page, {:.1} KB) from {host}, one CPU, in a fresh process",
            Answers::new().page(0, 20, LIST_TOTAL).len() as f64 / 1000.0
        ));
        let measured = keys
            .iter()
            .map(|key| {
                let m = listed
                    .remove(*key)
                    .unwrap_or_else(|| panic!("the list process measured no {key}"));
                (*key, m)
            })
            .collect();
        let refs = keys.map(|key| (key, keys[0]));
        report.add(measured, &refs);
    }

    // -- what a name lookup costs --------------------------------------------------------------
    let lookup_lh = format!("localhost:{}", server.port);
    let lookup_ip = format!("127.0.0.1:{}", server.port);
    let cases = vec![
        case(
            "dns.lh",
            "std `\"localhost:PORT\".to_socket_addrs()` (getaddrinfo, /etc/hosts)",
            each(|| {
                black_box(lookup_lh.to_socket_addrs().expect("lookup").next());
            }),
        ),
        case(
            "dns.ip",
            "std `\"127.0.0.1:PORT\".to_socket_addrs()` (parsed, no lookup)",
            each(|| {
                black_box(lookup_ip.to_socket_addrs().expect("lookup").next());
            }),
        ),
        case(
            "dns.thread",
            "thread::spawn + channel around it, as timeout_global's resolver does",
            each(|| {
                let (tx, rx) = std::sync::mpsc::sync_channel(1);
                let addr = lookup_ip.clone();
                std::thread::spawn(move || {
                    tx.send(addr.to_socket_addrs().map(|mut a| a.next())).ok()
                });
                black_box(
                    rx.recv_timeout(Duration::from_secs(30))
                        .expect("thread")
                        .ok(),
                );
            }),
        ),
    ];
    report.section("name lookup alone: ureq does one before every call, kept-alive or not");
    report.add(
        measure(&placer, cases, SEND_ROUNDS, SEND_CALLS, 100, None),
        &[],
    );

    // -- decode ------------------------------------------------------------------------------
    // Leaked so that the decode closures can be 'static; it lives as long as the process.
    let page_body: &'static [u8] = Box::leak(
        Answers::new()
            .page(0, 20, LIST_TOTAL)
            .into_bytes()
            .into_boxed_slice(),
    );
    let decode_cases = |what: &'static str, bytes: &'static [u8], keys: [&'static str; 4]| {
        vec![
            case(
                keys[0],
                format!(
                    "serde_json::from_slice::<Value> ({what}): what bare ureq pays (client.call builds objects in one go)"
                ),
                each(move || {
                    black_box(serde_json::from_slice::<Value>(bytes).expect("value"));
                }),
            ),
            case(
                keys[1],
                format!("serde_json::from_slice::<Page<Message>> ({what}): what client.send pays"),
                each(move || {
                    black_box(serde_json::from_slice::<Page<Message>>(bytes).expect("typed"));
                }),
            ),
            case(
                keys[2],
                format!("plain derive structs, same fields, no extra ({what})"),
                each(move || {
                    black_box(serde_json::from_slice::<plain::Page>(bytes).expect("plain"));
                }),
            ),
            case(
                keys[3],
                format!(
                    "typed via serde_path_to_error ({what}): Response::decode adds it only to explain a failure"
                ),
                each(move || {
                    let mut de = serde_json::Deserializer::from_slice(bytes);
                    black_box(
                        serde_path_to_error::deserialize::<_, Page<Message>>(&mut de)
                            .expect("typed"),
                    );
                }),
            ),
        ]
    };
    // The same page with the fields `Message` learnt last renamed (`x_…`), so that neither the
    // model nor the plain structs know them: the shape of the page before the model typed them.
    let unknown_body: &'static [u8] = {
        let mut text = String::from_utf8(page_body.to_vec()).expect("UTF-8 page");
        for field in ADDED_FIELDS {
            text = text.replace(&format!("\"{field}\":"), &format!("\"x_{field}\":"));
        }
        Box::leak(text.into_bytes().into_boxed_slice())
    };
    for (body, unknown) in [(page_body, 2), (unknown_body, 18)] {
        let page: Page<Message> = serde_json::from_slice(body).expect("typed page");
        assert!(
            page.objects.iter().all(|m| m.extra.len() == unknown),
            "the decode rows expect {unknown} unknown fields per item"
        );
    }
    let what = |body: &[u8], shape: &str| -> &'static str {
        Box::leak(format!("{:.1} KB {shape}", body.len() as f64 / 1000.0).into_boxed_str())
    };
    let groups = [
        (
            what(page_body, "page, 33 fields/item, 2 unknown"),
            page_body,
            ["dec.value", "dec.typed", "dec.plain", "dec.path"],
        ),
        (
            what(unknown_body, "page, 33 fields/item, 18 unknown"),
            unknown_body,
            ["decu.value", "decu.typed", "decu.plain", "decu.path"],
        ),
        (
            what(FIXTURE, "fixture, 15 fields/item"),
            FIXTURE,
            ["decf.value", "decf.typed", "decf.plain", "decf.path"],
        ),
    ];
    report.section("decode a 20-item list page, in memory");
    for (what, body, keys) in groups {
        report.add(
            measure(
                &placer,
                decode_cases(what, body, keys),
                DECODE_ROUNDS,
                DECODE_ITERS,
                50,
                None,
            ),
            &keys.map(|k| (k, keys[0])),
        );
    }
    let send_answer = SEND_ANSWER.as_bytes();
    let cases = vec![
        case(
            "decs.value",
            format!(
                "serde_json::from_slice::<Value> (sendMessage answer, {} B)",
                send_answer.len()
            ),
            each(move || {
                black_box(serde_json::from_slice::<Value>(send_answer).expect("value"));
            }),
        ),
        case(
            "decs.client",
            "serde_json::from_slice::<MessageQueued> (sendMessage answer): what client.send pays",
            each(move || {
                black_box(
                    serde_json::from_slice::<plivo::models::MessageQueued>(send_answer)
                        .expect("typed"),
                );
            }),
        ),
    ];
    report.add(
        measure(&placer, cases, DECODE_ROUNDS, ENCODE_ITERS / 4, 1000, None),
        &[("decs.value", "decs.value"), ("decs.client", "decs.value")],
    );

    // -- encode ------------------------------------------------------------------------------
    let form = r#"{"operation":"sendMessage","params":{"src":"14155550100","destination":"14155550101","text":"hi"}}"#;
    let cases = vec![
        case(
            "enc.json",
            "serde_json::to_vec(&json!({src,dst,text})), what a bare caller writes",
            each(|| {
                black_box(
                    serde_json::to_vec(&json!({"dst": DST, "src": SRC, "text": TEXT}))
                        .expect("json"),
                );
            }),
        ),
        case(
            "enc.from_json",
            "Operation::from_json(sendMessage in the JSON form)",
            each(|| {
                black_box(Operation::from_json(form).expect("from_json"));
            }),
        ),
        case(
            "enc.prepare",
            "client.prepare(SendMessage::new(..)): validate + build",
            each(|| {
                black_box(c_ip.prepare(send_op()).expect("prepare"));
            }),
        ),
        case(
            "enc.both",
            "client.prepare(Operation::from_json(..))",
            each(|| {
                black_box(
                    c_ip.prepare(Operation::from_json(form).expect("from_json"))
                        .expect("prepare"),
                );
            }),
        ),
    ];
    report.section("encode one sendMessage, in memory");
    let keys = ["enc.json", "enc.from_json", "enc.prepare", "enc.both"];
    report.add(
        measure(&placer, cases, ENCODE_ROUNDS, ENCODE_ITERS, 1000, None),
        &keys.map(|k| (k, keys[0])),
    );

    // -- threads -----------------------------------------------------------------------------
    // Two workloads: a send (13 µs of client CPU, as much again in the server and the switches)
    // and a typed 20-item page (about 100 µs of client CPU against a few µs of server work),
    // where what the client does can dominate even with the server on the same two CPUs.
    for (prefix, workload, calls) in [
        ("thr", "send", THREAD_CALLS),
        ("thl", "list", LIST_THREAD_CALLS),
    ] {
        let (auth, body, none) = (&auth, &body, &none);
        let (send_u, list_u) = (&su_ip, &list_url);
        let c = &c_ip;
        let placer = &placer;
        // Decided once, not compared per call inside the measured loops.
        let is_send = workload == "send";
        let bare_with = move |agent: &ureq::Agent, n: usize| {
            for _ in 0..n {
                if is_send {
                    black_box(bare_post(agent, send_u, auth, body));
                } else {
                    black_box(bare_get::<Value>(agent, list_u, auth));
                }
            }
        };
        let client_with = move |c: &Client, n: usize| {
            for _ in 0..n {
                if is_send {
                    black_box(c.send(send_op()).expect("send"));
                } else {
                    black_box(c.send(list_op()).expect("list"));
                }
            }
        };
        let bare_n = move |n: usize| bare_with(none, n);
        let client_n = move |n: usize| client_with(c, n);
        // The control: the same two threads, each with a client (agent) of its own, sharing
        // nothing. Each thread takes the next of the two at the start of a round.
        let own_clients = [client(&ip), client(&ip)];
        let own_agents = [bare_agent(Timeouts::None), bare_agent(Timeouts::None)];
        let turn = AtomicU64::new(0);
        let (own_clients, own_agents, turn) = (&own_clients, &own_agents, &turn);
        let next = move || (turn.fetch_add(1, Ordering::Relaxed) % 2) as usize;
        let client_own = move |n: usize| client_with(&own_clients[next()], n);
        let bare_own = move |n: usize| bare_with(&own_agents[next()], n);
        let (client_what, bare_what) = if is_send {
            ("client.send(SendMessage)", "bare ureq POST + Value")
        } else {
            (
                "client.send(GetMessages.limit(20)), typed",
                "bare ureq GET + Value (20 items)",
            )
        };
        let mut cases = Vec::new();
        for (who, what, run, own) in [
            (
                "client",
                client_what,
                &client_n as &(dyn Fn(usize) + Sync),
                &client_own as &(dyn Fn(usize) + Sync),
            ),
            ("agent", bare_what, &bare_n, &bare_own),
        ] {
            let k = if who == "client" { "client" } else { "bare" };
            let keys = ["1", "2one", "2p", "2"].map(|v| thread_key(prefix, k, v));
            cases.push(case(
                keys[0],
                format!("{what}, 1 thread; it and the server on 1 CPU"),
                Box::new(move |n| {
                    run(n);
                    n
                }),
            ));
            cases.push(case(
                keys[1],
                format!("{what}, 2 threads sharing one {who}; both and the server on 1 CPU"),
                Box::new(move |n| {
                    on_two_threads(None, &|| run(n));
                    2 * n
                }),
            ));
            cases.push(
                case(
                    keys[2],
                    format!("{what}, 2 threads sharing one {who}, one pinned to each CPU"),
                    Box::new(move |n| {
                        on_two_threads(Some(placer), &|| run(n));
                        2 * n
                    }),
                )
                .on(Placement::AllCpus),
            );
            cases.push(
                case(
                    keys[3],
                    format!("{what}, 2 threads sharing one {who}, unpinned"),
                    Box::new(move |n| {
                        on_two_threads(None, &|| run(n));
                        2 * n
                    }),
                )
                .on(Placement::AllCpus),
            );
            cases.push(
                case(
                    thread_key(prefix, k, "2own"),
                    format!("{what}, 2 threads with one {who} each (control), unpinned"),
                    Box::new(move |n| {
                        on_two_threads(None, &|| own(n));
                        2 * n
                    }),
                )
                .on(Placement::AllCpus),
            );
        }
        report.section(&format!(
            "two threads, one client, {workload}, 127.0.0.1, CPU-bound (µs = wall time / calls of both threads; the server's threads go where the scheduler puts them)"
        ));
        let (c1, b1) = (
            thread_key(prefix, "client", "1"),
            thread_key(prefix, "bare", "1"),
        );
        report.add(
            measure(placer, cases, THREAD_ROUNDS, calls, calls / 20, srv),
            &[(c1, c1), (b1, b1)],
        );
    }
    // The machine's own ceiling for two threads: work that touches no socket and no server.
    {
        let decode_n = move |n: usize| {
            for _ in 0..n {
                black_box(serde_json::from_slice::<Page<Message>>(page_body).expect("typed"));
            }
        };
        let decode_n = &decode_n;
        let cases = vec![
            case(
                "ceil.1",
                "in memory: typed decode of the 20-item page, 1 thread on 1 CPU",
                Box::new(move |n| {
                    decode_n(n);
                    n
                }) as Batch,
            ),
            case(
                "ceil.2",
                "in memory: typed decode of the 20-item page, 2 threads, unpinned",
                Box::new(move |n| {
                    on_two_threads(None, &|| decode_n(n));
                    2 * n
                }),
            )
            .on(Placement::AllCpus),
        ];
        report.section("the machine's ceiling for two threads: in-memory work, no server");
        report.add(
            measure(&placer, cases, THREAD_ROUNDS, DECODE_ITERS, 50, None),
            &[("ceil.1", "ceil.1")],
        );
        let speedup = report.m("ceil.1").median() / report.m("ceil.2").median();
        report.set_ratio("ceil.2", format!("{speedup:.2}× the work/s of 1 thread"));
    }
    // The same against a server that takes 1 ms to answer: do calls on two threads overlap?
    // Started while this process may use every CPU, so that the server inherits that.
    placer.place(Placement::AllCpus);
    let slow = Server::start(&exe, SLOW_SERVER_US);
    {
        let slow_origin = slow.origin("127.0.0.1");
        let slow_client = client(&slow_origin);
        let slow_url = send_url(&slow_origin);
        let (auth, body, url, none) = (&auth, &body, &slow_url, &none);
        let c = &slow_client;
        let bare_n = move |n: usize| {
            for _ in 0..n {
                black_box(bare_post(none, url, auth, body));
            }
        };
        let client_n = move |n: usize| {
            for _ in 0..n {
                black_box(c.send(send_op()).expect("send"));
            }
        };
        let cases = vec![
            case(
                "lat.client1",
                "client.send(SendMessage), 1 thread",
                Box::new(move |n| {
                    client_n(n);
                    n
                }) as Batch,
            )
            .on(Placement::AllCpus),
            case(
                "lat.client2",
                "client.send(SendMessage), 2 threads sharing one client",
                Box::new(move |n| {
                    on_two_threads(None, &|| client_n(n));
                    2 * n
                }),
            )
            .on(Placement::AllCpus),
            case(
                "lat.bare1",
                "bare ureq POST + Value, 1 thread",
                Box::new(move |n| {
                    bare_n(n);
                    n
                }),
            )
            .on(Placement::AllCpus),
            case(
                "lat.bare2",
                "bare ureq POST + Value, 2 threads sharing one agent",
                Box::new(move |n| {
                    on_two_threads(None, &|| bare_n(n));
                    2 * n
                }),
            )
            .on(Placement::AllCpus),
        ];
        report.section(&format!(
            "two threads, one client, against a server that waits {} ms before each answer (unpinned)",
            SLOW_SERVER_US as f64 / 1000.0
        ));
        report.add(
            measure(&placer, cases, THREAD_ROUNDS, SLOW_CALLS, 10, None),
            &[("lat.client1", "lat.client1"), ("lat.bare1", "lat.bare1")],
        );
    }
    drop(slow);
    let mut pairs = vec![("lat.client2", "lat.client1"), ("lat.bare2", "lat.bare1")];
    for prefix in ["thr", "thl"] {
        for who in ["client", "bare"] {
            let one = thread_key(prefix, who, "1");
            for v in ["2one", "2p", "2", "2own"] {
                pairs.push((thread_key(prefix, who, v), one));
            }
        }
    }
    for (two, one) in pairs {
        let speedup = report.m(one).median() / report.m(two).median();
        let cpu = report.m(two).cpu() / report.m(one).cpu();
        report.set_ratio(
            two,
            format!("{speedup:.2}× the calls/s of 1 thread; {cpu:.2}× its CPU/call"),
        );
    }

    // -- pagination memory -------------------------------------------------------------------
    placer.place(Placement::OneCpu);
    report.section(&format!(
        "pagination, one child process per run ({CHILD_RUNS} runs each; peak RSS = VmHWM at the end)"
    ));
    let modes = [
        ("idle", "client built, no call"),
        ("page", "client.send(GetMessages.limit(20)): one page"),
        ("items", "client.items(GetMessages): 10,000 items, streamed"),
        (
            "collect",
            "client.items(GetMessages).collect::<Vec<_>>(): 10,000 held",
        ),
        (
            "bare",
            "bare ureq walk of meta.next, Value pages: 10,000 items",
        ),
    ];
    let mut child_results: BTreeMap<&str, (Vec<f64>, Vec<f64>)> = BTreeMap::new();
    for _ in 0..CHILD_RUNS {
        for (mode, _) in modes {
            let run = run_child(&exe, mode, &ip);
            let expected = match mode {
                "idle" => 0,
                "page" => 20,
                _ => LIST_TOTAL as usize,
            };
            assert_eq!(run.items, expected, "child {mode}");
            let entry = child_results.entry(mode).or_default();
            entry.0.push(run.elapsed_us / 1000.0);
            entry.1.push(run.hwm_kib / 1024.0);
        }
    }
    let page_hwm = median(&child_results["page"].1);
    let bare_walk_ms = median(&child_results["bare"].0);
    for (mode, label) in modes {
        let (ms, mib) = &child_results[mode];
        let value = format!("{} ms; peak RSS {} MiB", spread(ms, 1), spread(mib, 2));
        let ratio = match mode {
            "items" | "collect" => format!(
                "{:+.2} MiB vs one page; {:.2}× the bare walk's time",
                median(mib) - page_hwm,
                median(ms) / bare_walk_ms
            ),
            "bare" | "idle" => format!("{:+.2} MiB vs one page", median(mib) - page_hwm),
            _ => String::new(),
        };
        report.raw(label, value, ratio);
    }

    // -- one message from a fresh start ----------------------------------------------------------
    report.section("one message from a fresh start (new connection each time), one CPU");
    let fresh = vec![
        case(
            "fresh.bare",
            "in-process: new bare agent + first POST",
            each(|| {
                black_box(bare_post(&bare_agent(Timeouts::None), &su_ip, &auth, &body));
            }),
        ),
        case(
            "fresh.client",
            "in-process: Client::builder()…build() + first send",
            each(|| {
                black_box(client(&ip).send(send_op()).expect("send"));
            }),
        ),
    ];
    report.add(
        measure(&placer, fresh, 5, FRESH_RUNS / 5, 5, None),
        &[("fresh.bare", "fresh.bare"), ("fresh.client", "fresh.bare")],
    );
    let mut noop = Vec::new();
    let mut cold = Vec::new();
    let mut cold_failed = None;
    for _ in 0..COLD_RUNS {
        let start = Instant::now();
        let status = Command::new(&exe).arg("--noop").status();
        noop.push(start.elapsed().as_secs_f64() * 1e3);
        assert!(matches!(status, Ok(s) if s.success()), "noop process");
        if let Some(path) = &send_one {
            let start = Instant::now();
            let out = Command::new(path)
                .env("PLIVO_BASE_URL", &ip)
                .env("PLIVO_AUTH_ID", AUTH_ID)
                .env("PLIVO_AUTH_TOKEN", AUTH_TOKEN)
                .env_remove("ALL_PROXY")
                .env_remove("all_proxy")
                .env_remove("HTTPS_PROXY")
                .env_remove("https_proxy")
                .env_remove("HTTP_PROXY")
                .env_remove("http_proxy")
                .stderr(Stdio::piped())
                .output();
            cold.push(start.elapsed().as_secs_f64() * 1e3);
            match out {
                Ok(o) if o.status.success() => {}
                Ok(o) => cold_failed = Some(String::from_utf8_lossy(&o.stderr).into_owned()),
                Err(e) => cold_failed = Some(e.to_string()),
            }
        }
    }
    report.raw(
        &format!("process that only starts and exits (this binary, `--noop`), {COLD_RUNS} runs"),
        format!("{} ms", spread(&noop, 2)),
        String::new(),
    );
    let mut size = None;
    match (&send_one, &cold_failed) {
        (None, _) => report.raw(
            "send_one process",
            "not measured: build it with `cargo build --release --example send_one`".into(),
            String::new(),
        ),
        (Some(_), Some(err)) => report.raw(
            "send_one process",
            format!("FAILED: {}", err.trim()),
            String::new(),
        ),
        (Some(path), None) => {
            report.raw(
                &format!(
                    "send_one process: start, build a client, send one, exit; {COLD_RUNS} runs"
                ),
                format!("{} ms", spread(&cold, 2)),
                format!("{:+.2} ms vs `--noop`", median(&cold) - median(&noop)),
            );
            let unstripped = fs::metadata(path).map_or(0, |m| m.len());
            let copy =
                std::env::temp_dir().join(format!("send_one-stripped-{}", std::process::id()));
            let stripped = fs::copy(path, &copy)
                .ok()
                .and_then(|_| Command::new("strip").arg(&copy).status().ok())
                .filter(|s| s.success())
                .and_then(|_| fs::metadata(&copy).ok())
                .map(|m| m.len());
            let _ = fs::remove_file(&copy);
            let value = match stripped {
                Some(s) => format!(
                    "{:.2} MiB stripped ({:.2} MiB as built)",
                    mib(s),
                    mib(unstripped)
                ),
                None => format!(
                    "{:.2} MiB as built (`strip` unavailable: NOT stripped)",
                    mib(unstripped)
                ),
            };
            size = Some((stripped, unstripped));
            report.raw(
                "send_one binary size (release profile)",
                value,
                String::new(),
            );
        }
    }

    report.print();

    // -- the targets -------------------------------------------------------------------------
    let r = &report;
    let t = r.tick_us;
    let m = |key: String| r.m(&key);
    let ratio = |a: String, b: String| r.m(&a).median() / r.m(&b).median();
    let cpu_ratio = |a: String, b: String| r.m(&a).cpu() / r.m(&b).cpu();
    println!();
    println!("## Figures behind each target (medians; spreads in the table)");
    println!();
    for h in ["ip", "lh"] {
        println!(
            "- send ≤ 1.05× bare ureq [{h}]: {:.3}× wall ({} vs {} µs), {:.3}× CPU ({} vs {} µs); json!-built bare body {:.3}×; bare with the client's per-phase timeouts {:.3}× wall, {:.3}× CPU",
            ratio(format!("send.client.{h}"), format!("send.bare.{h}")),
            us(m(format!("send.client.{h}")).median()),
            us(m(format!("send.bare.{h}")).median()),
            cpu_ratio(format!("send.client.{h}"), format!("send.bare.{h}")),
            us(m(format!("send.client.{h}")).cpu()),
            us(m(format!("send.bare.{h}")).cpu()),
            ratio(format!("send.client.{h}"), format!("send.bare_json.{h}")),
            ratio(format!("send.client.{h}"), format!("send.phases.{h}")),
            cpu_ratio(format!("send.client.{h}"), format!("send.phases.{h}")),
        );
    }
    println!(
        "- send, unpinned: {:.3}× wall, {:.3}× CPU",
        ratio("free.client".into(), "free.bare".into()),
        cpu_ratio("free.client".into(), "free.bare".into()),
    );
    for h in ["ip", "lh"] {
        println!(
            "- list typed ≤ 0.75× bare + Value [{h}]: {:.3}× wall ({} vs {} µs), {:.3}× CPU; {:.3}× the plain-derive row ({} µs); raw call + body() ≤ 1.00×: {:.3}× wall, {:.3}× CPU",
            ratio(format!("list.typed.{h}"), format!("list.bare.{h}")),
            us(m(format!("list.typed.{h}")).median()),
            us(m(format!("list.bare.{h}")).median()),
            cpu_ratio(format!("list.typed.{h}"), format!("list.bare.{h}")),
            ratio(format!("list.typed.{h}"), format!("list.plain.{h}")),
            us(m(format!("list.plain.{h}")).median()),
            ratio(format!("list.raw.{h}"), format!("list.bare.{h}")),
            cpu_ratio(format!("list.raw.{h}"), format!("list.bare.{h}")),
        );
    }
    println!(
        "- decode alone, model ≤ 1.10× plain derive: page {:.3}× ({} vs {} µs; Value {} µs, model {:.3}× Value, plain {:.3}× Value); page with 18 unknown fields/item {:.3}× ({} vs {} µs); fixture {:.3}× ({} vs {} µs); serde_path_to_error adds {} µs to a page when a decode fails",
        ratio("dec.typed".into(), "dec.plain".into()),
        us(r.m("dec.typed").median()),
        us(r.m("dec.plain").median()),
        us(r.m("dec.value").median()),
        ratio("dec.typed".into(), "dec.value".into()),
        ratio("dec.plain".into(), "dec.value".into()),
        ratio("decu.typed".into(), "decu.plain".into()),
        us(r.m("decu.typed").median()),
        us(r.m("decu.plain").median()),
        ratio("decf.typed".into(), "decf.plain".into()),
        us(r.m("decf.typed").median()),
        us(r.m("decf.plain").median()),
        us(r.m("dec.path").median() - r.m("dec.typed").median()),
    );
    println!(
        "- where the client's extra CPU per send goes (in-memory parts): prepare (validate + build) {} µs vs json! body {} µs; typed decode of the answer {} µs vs Value {} µs; per-phase timeouts {:+.2} µs (client default − timeouts off, CPU); the rest is the transport (request building, caching resolver, …)",
        us(r.m("enc.prepare").cpu()),
        us(r.m("enc.json").cpu()),
        us(r.m("decs.client").cpu()),
        us(r.m("decs.value").cpu()),
        r.m("send.client.ip").cpu() - r.m("send.client_off.ip").cpu(),
    );
    for h in ["ip", "lh"] {
        let d = |a: &str, b: &str| {
            m(format!("send.{a}.{h}")).median() - m(format!("send.{b}.{h}")).median()
        };
        println!(
            "- timeouts [{h}]: client default − timeouts off {:+.2} µs wall, {:+.2} µs CPU; bare per-phase − none {:+.2} µs; bare fixed per-read/write socket timeouts − none {:+.2} µs; client default − bare per-phase {:+.2} µs; timeout_global − none {:+.1} µs wall, {:+.1} µs process CPU",
            d("client", "client_off"),
            m(format!("send.client.{h}")).cpu() - m(format!("send.client_off.{h}")).cpu(),
            d("phases", "bare"),
            d("perio", "bare"),
            d("client", "phases"),
            d("global", "gbare"),
            m(format!("send.global.{h}")).process_cpu(t)
                - m(format!("send.gbare.{h}")).process_cpu(t),
        );
    }
    println!(
        "- DNS per call, localhost − 127.0.0.1: client {:+.2} µs wall / {:+.2} µs CPU; bare {:+.2} µs / {:+.2} µs; one getaddrinfo(\"localhost\") alone {} µs",
        r.m("send.client.lh").median() - r.m("send.client.ip").median(),
        r.m("send.client.lh").cpu() - r.m("send.client.ip").cpu(),
        r.m("send.bare.lh").median() - r.m("send.bare.ip").median(),
        r.m("send.bare.lh").cpu() - r.m("send.bare.ip").cpu(),
        us(r.m("dns.lh").median()),
    );
    let cores = nproc as f64;
    let busy = |m: &Measured| (m.cpu() + m.server_cpu().unwrap_or(0.0)) / m.median();
    for (prefix, workload) in [("thr", "send"), ("thl", "list typed/Value")] {
        for (who, k) in [("client", "client"), ("bare ureq", "bare")] {
            let one = r.m(thread_key(prefix, k, "1"));
            let [same, pinned, free] =
                ["2one", "2p", "2"].map(|v| r.m(thread_key(prefix, k, v)).clone());
            // What two cores could do if the work of one call (client and server CPU, measured
            // on one CPU) were spread over both with nothing lost to waiting.
            let work = one.cpu() + one.server_cpu().unwrap_or(0.0);
            let of_ideal = |m: &Measured| work / (cores * m.median());
            println!(
                "- two threads, {who}, {workload}, CPU-bound: vs 1 thread on 1 CPU, calls/s ×{:.2} (2 threads on 1 CPU), ×{:.2} (one per CPU), ×{:.2} (unpinned); CPU/call {} / {} / {} µs (1 thread {}); CPUs busy (client + server) {:.2} / {:.2} / {:.2} of {cores}; one per CPU / unpinned reach {:.0} % / {:.0} % of what {cores} cores can do with one call's work ({} µs of CPU)",
                one.median() / same.median(),
                one.median() / pinned.median(),
                one.median() / free.median(),
                us(same.cpu()),
                us(pinned.cpu()),
                us(free.cpu()),
                us(one.cpu()),
                busy(&same),
                busy(&pinned),
                busy(&free),
                100.0 * of_ideal(&pinned),
                100.0 * of_ideal(&free),
                us(work),
            );
            let own = r.m(thread_key(prefix, k, "2own"));
            println!(
                "- two threads, {who}, {workload}: one shared vs one each (unpinned): {:.3}× the time per call, {:.3}× the CPU per call",
                free.median() / own.median(),
                free.cpu() / own.cpu(),
            );
        }
    }
    println!(
        "- two threads, the machine's own ceiling (in-memory typed decode, no server): ×{:.2} the work/s of 1 thread",
        r.m("ceil.1").median() / r.m("ceil.2").median()
    );
    for (who, k) in [("client", "client"), ("bare ureq", "bare")] {
        println!(
            "- two threads, {who}, 1 ms server: calls/s ×{:.2} of 1 thread ({:.0} vs {:.0} calls/s)",
            r.m(&format!("lat.{k}1")).median() / r.m(&format!("lat.{k}2")).median(),
            1e6 / r.m(&format!("lat.{k}2")).median(),
            1e6 / r.m(&format!("lat.{k}1")).median(),
        );
    }
    println!(
        "- pagination: 10,000 items streamed, peak RSS {:+.2} MiB vs one page (target ≤ +1 MiB); collected {:+.2} MiB; time {:.1} ms vs bare walk {:.1} ms",
        median(&child_results["items"].1) - page_hwm,
        median(&child_results["collect"].1) - page_hwm,
        median(&child_results["items"].0),
        bare_walk_ms,
    );
    if let Some((stripped, unstripped)) = size {
        println!(
            "- send_one: {} (target ≤ 4 MiB); one-call process {:.2} ms median, {:.2} ms max (target < 10 ms)",
            stripped.map_or_else(
                || format!("{:.2} MiB NOT stripped", mib(unstripped)),
                |s| format!("{:.2} MiB stripped", mib(s))
            ),
            median(&cold),
            min_max(&cold).1,
        );
    }

    drop(server);
    let machine1 = machine_ticks();
    let own = process_and_children_ticks().saturating_sub(own0);
    let elapsed = wall.elapsed().as_secs_f64();
    let other = (machine1.0.saturating_sub(machine0.0)).saturating_sub(own) as f64 * tick_us / 1e6;
    let steal = machine1.1.saturating_sub(machine0.1) as f64 * tick_us / 1e6;
    println!();
    println!(
        "harness wall time {elapsed:.1} s; CPU used by other processes meanwhile {other:.1} s ({:.0} % of one CPU), steal {steal:.1} s",
        100.0 * other / elapsed
    );
    if other / elapsed > 0.1 {
        println!("WARNING: the machine was not quiet during the run; figures may be disturbed.");
    }
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}
