//! A fake GitHub or GitLab REST API on 127.0.0.1 for tests: an in-memory list of comments
//! (notes), paginated like the real thing, with every request recorded.
//!
//! GitHub: `GET|POST /repos/{o}/{r}/issues/{n}/comments` (a `Link` header with `rel="next"`),
//! `PATCH /repos/{o}/{r}/issues/comments/{id}`. GitLab (under `/api/v4`):
//! `GET|POST /projects/{id}/merge_requests/{iid}/notes` (an `X-Next-Page` header),
//! `PUT …/notes/{id}`. A request without a token header gets 401.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;

use serde_json::{Value, json};

/// Which API the fake speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    GitHub,
    GitLab,
}

/// One stored comment or note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: u64,
    pub body: String,
    /// A GitLab system note ("added 1 commit").
    pub system: bool,
}

/// One request as the fake received it.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The path with its query string.
    pub path: String,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Request {
    /// The first header of that (case-insensitive) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }
}

#[derive(Default)]
struct State {
    comments: Vec<Comment>,
    next_id: u64,
    requests: Vec<Request>,
    /// Answer writes (POST, PATCH, PUT) with this status.
    deny_writes: Option<u16>,
    /// Answer the next requests with these statuses, first first.
    fail_next: Vec<u16>,
}

/// The running fake; the server thread lives as long as the test process.
pub struct FakeForge {
    base: String,
    state: Arc<Mutex<State>>,
}

impl FakeForge {
    pub fn github() -> Self {
        Self::start(Dialect::GitHub)
    }

    pub fn gitlab() -> Self {
        Self::start(Dialect::GitLab)
    }

    fn start(dialect: Dialect) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let root = format!("http://{}", listener.local_addr().unwrap());
        let base = match dialect {
            Dialect::GitHub => root.clone(),
            Dialect::GitLab => format!("{root}/api/v4"),
        };
        let state = Arc::new(Mutex::new(State { next_id: 1000, ..State::default() }));
        let shared = Arc::clone(&state);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                // One request per connection (`Connection: close`); errors end that connection only.
                let _ = serve(stream, dialect, &root, &shared);
            }
        });
        Self { base, state }
    }

    /// The API base to put in `Target::api_url` (GitLab's ends in `/api/v4`).
    pub fn api_url(&self) -> &str {
        &self.base
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds a comment as if someone had posted it; returns its id.
    pub fn seed(&self, body: &str) -> u64 {
        let mut state = self.state();
        state.next_id += 1;
        let id = state.next_id;
        state.comments.push(Comment { id, body: body.to_owned(), system: false });
        id
    }

    /// Adds a GitLab system note.
    pub fn seed_system(&self, body: &str) -> u64 {
        let id = self.seed(body);
        self.state().comments.last_mut().unwrap().system = true;
        id
    }

    pub fn comments(&self) -> Vec<Comment> {
        self.state().comments.clone()
    }

    /// The comments whose body contains `needle`.
    pub fn comments_with(&self, needle: &str) -> Vec<Comment> {
        self.comments().into_iter().filter(|c| c.body.contains(needle)).collect()
    }

    pub fn requests(&self) -> Vec<Request> {
        self.state().requests.clone()
    }

    /// Requests with that method, in order.
    pub fn requests_of(&self, method: &str) -> Vec<Request> {
        self.requests().into_iter().filter(|r| r.method == method).collect()
    }

    /// From now on, answer every write with `status` (403: a read-only token).
    pub fn deny_writes(&self, status: u16) {
        self.state().deny_writes = Some(status);
    }

    /// Answer the next request(s) with these statuses instead of serving them.
    pub fn fail_next(&self, statuses: &[u16]) {
        self.state().fail_next.extend_from_slice(statuses);
    }
}

/// Read one HTTP/1.1 request (its line, headers and `Content-Length` body) from `stream`:
/// what the test servers (this fake forge, the LLM stand-in) receive.
pub fn read_request(stream: &TcpStream) -> std::io::Result<Request> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or("").to_owned(), parts.next().unwrap_or("").to_owned());
    let mut headers = Vec::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 || line.trim_end().is_empty() {
            break;
        }
        if let Some((name, value)) = line.trim_end().split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    let length =
        headers.iter().find(|(n, _)| n == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    Ok(Request { method, path, headers, body: String::from_utf8_lossy(&body).into_owned() })
}

fn serve(stream: TcpStream, dialect: Dialect, root: &str, state: &Mutex<State>) -> std::io::Result<()> {
    let request = read_request(&stream)?;

    let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
    state.requests.push(request.clone());
    let answer = answer(&request, dialect, root, &mut state);
    drop(state);
    let (status, extra, body) = answer;
    let mut out = stream;
    let mut head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        reason(status),
        body.len()
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    out.write_all(body.as_bytes())?;
    out.flush()
}

type Answer = (u16, Vec<(String, String)>, String);

fn answer(request: &Request, dialect: Dialect, root: &str, state: &mut State) -> Answer {
    let error = |status: u16, message: &str| (status, vec![], json!({ "message": message }).to_string());
    if !state.fail_next.is_empty() {
        let status = state.fail_next.remove(0);
        return error(status, "injected failure");
    }
    let authorized = match dialect {
        Dialect::GitHub => request.header("authorization").is_some_and(|v| v.starts_with("Bearer ")),
        Dialect::GitLab => request.header("private-token").is_some(),
    };
    if !authorized {
        return error(401, "Bad credentials");
    }
    let write = matches!(request.method.as_str(), "POST" | "PATCH" | "PUT");
    if let (true, Some(status)) = (write, state.deny_writes) {
        return error(status, "Resource not accessible by integration");
    }
    let (path, query) = request.path.split_once('?').unwrap_or((&request.path, ""));
    let param = |name: &str| {
        query
            .split('&')
            .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
            .and_then(|v| v.parse::<usize>().ok())
    };
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    // The collection ends in `comments` (GitHub) or `notes` (GitLab); an item adds its id.
    let (collection, item) = match (dialect, segments.as_slice()) {
        (Dialect::GitHub, ["repos", _, _, "issues", _, "comments"]) => (true, None),
        (Dialect::GitHub, ["repos", _, _, "issues", "comments", id]) => (false, id.parse::<u64>().ok()),
        (Dialect::GitLab, ["api", "v4", "projects", _, "merge_requests", _, "notes"]) => (true, None),
        (Dialect::GitLab, ["api", "v4", "projects", _, "merge_requests", _, "notes", id]) => {
            (false, id.parse::<u64>().ok())
        }
        _ => return error(404, "Not Found"),
    };
    let new_body =
        || serde_json::from_str::<Value>(&request.body).ok()?.get("body")?.as_str().map(str::to_owned);
    let render = |c: &Comment| match dialect {
        Dialect::GitHub => json!({
            "id": c.id, "body": c.body,
            "html_url": format!("https://github.example/o/r/pull/1#issuecomment-{}", c.id),
        }),
        Dialect::GitLab => json!({ "id": c.id, "body": c.body, "system": c.system }),
    };
    match (request.method.as_str(), collection, item) {
        ("GET", true, _) => {
            let per_page = param("per_page").unwrap_or(if dialect == Dialect::GitHub { 30 } else { 20 });
            let page = param("page").unwrap_or(1).max(1);
            let pages = state.comments.len().div_ceil(per_page).max(1);
            let items: Vec<Value> =
                state.comments.iter().skip((page - 1) * per_page).take(per_page).map(render).collect();
            let mut headers = vec![];
            match dialect {
                Dialect::GitHub if page < pages => headers.push((
                    "Link".to_owned(),
                    format!(
                        "<{root}{path}?per_page={per_page}&page={}>; rel=\"next\", <{root}{path}?per_page={per_page}&page={pages}>; rel=\"last\"",
                        page + 1
                    ),
                )),
                Dialect::GitHub => {}
                Dialect::GitLab => {
                    let next = if page < pages { (page + 1).to_string() } else { String::new() };
                    headers.push(("X-Next-Page".to_owned(), next));
                    headers.push(("X-Total-Pages".to_owned(), pages.to_string()));
                }
            }
            (200, headers, Value::Array(items).to_string())
        }
        ("POST", true, _) => {
            let Some(body) = new_body() else { return error(400, "body is missing") };
            state.next_id += 1;
            let comment = Comment { id: state.next_id, body, system: false };
            let rendered = render(&comment).to_string();
            state.comments.push(comment);
            (201, vec![], rendered)
        }
        ("PATCH", false, Some(id)) if dialect == Dialect::GitHub => update(state, id, new_body(), render),
        ("PUT", false, Some(id)) if dialect == Dialect::GitLab => update(state, id, new_body(), render),
        _ => error(404, "Not Found"),
    }
}

fn update(state: &mut State, id: u64, body: Option<String>, render: impl Fn(&Comment) -> Value) -> Answer {
    let Some(body) = body else { return (400, vec![], json!({ "message": "body is missing" }).to_string()) };
    match state.comments.iter_mut().find(|c| c.id == id) {
        Some(comment) => {
            comment.body = body;
            (200, vec![], render(comment).to_string())
        }
        None => (404, vec![], json!({ "message": "Not Found" }).to_string()),
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        _ => "Status",
    }
}
