//! `aura ask`: retrieval on a small repository (the function a question describes comes
//! first, with its lines; the map lists what the code uses most), the answer streamed
//! from a stand-in OpenAI-compatible server with the retrieved code and the question in
//! the prompt and a planted secret redacted, sources cited as `path:line`, a second ask
//! answered from the cache, and the errors: no provider routed, a question of stop words.

use std::path::Path;
use std::process::Output;

use serde_json::Value;

use crate::common::aura;
use crate::common::llm_server::{LlmServer, Protocol};

const STORE: &str = r#""""The key-value store."""


class Store:
    def __init__(self):
        self.items = {}

    def put(self, key, value):
        """Remember a value under its key, replacing an older one."""
        self.items[key] = value

    def evict_oldest(self, count):
        """Drop the least recently used entries until the store holds at most count."""
        while len(self.items) > count:
            self.items.pop(next(iter(self.items)))
"#;

const PARSER: &str = r#"from store import Store

TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"


def parse_header(line):
    """Split an HTTP header line into its name and value."""
    name, _, value = line.partition(":")
    return name.strip().lower(), value.strip()


def load(lines):
    store = Store()
    for line in lines:
        store.put(*parse_header(line))
    return store
"#;

fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("src")).unwrap();
    std::fs::write(dir.path().join("src/store.py"), STORE).unwrap();
    std::fs::write(dir.path().join("src/parser.py"), PARSER).unwrap();
    std::fs::write(dir.path().join("README.md"), "# a repository\n").unwrap();
    dir
}

fn run(dir: &Path, llm: &str, args: &[&str]) -> Output {
    std::fs::write(dir.join("aura.yaml"), format!("llm:\n{llm}")).unwrap();
    aura(dir)
        .args(["--config", "aura.yaml"])
        .args(args)
        .env("AURA_CACHE_DIR", dir.join(".cache"))
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn retrieve(dir: &Path, question: &str) -> Value {
    let out =
        run(dir, "  cache: {enabled: false}\n", &["ask", "--retrieve-only", "--format", "json", question]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_function_a_question_describes_is_retrieved_first_with_its_lines() {
    let dir = repo();
    let got = retrieve(dir.path(), "Where is the least recently used entry evicted?");
    let best = &got["chunks"][0];
    assert_eq!(best["path"], "src/store.py");
    assert_eq!(best["symbol"], "Store.evict_oldest");
    assert_eq!((best["start_line"].as_u64(), best["end_line"].as_u64()), (Some(12), Some(15)));
    assert!(best["score"].as_f64().unwrap() > got["chunks"][1]["score"].as_f64().unwrap());
    assert_eq!(got["files"], 2, "the two Python files; README.md is no source");

    let got = retrieve(dir.path(), "How is an HTTP header line split into name and value?");
    assert_eq!(got["chunks"][0]["symbol"], "parse_header", "{got:#}");
    assert_eq!(got["chunks"][0]["path"], "src/parser.py");

    // the map: `Store` is defined in store.py and used by parser.py
    let map = got["map"].as_array().unwrap();
    assert!(
        map.iter().any(|m| m["symbol"] == "Store" && m["path"] == "src/store.py" && m["line"] == 4),
        "{map:?}"
    );

    // the text form names the places
    let out = run(dir.path(), "", &["ask", "--retrieve-only", "Where is a value put under its key?"]);
    let shown = text(&out.stdout);
    assert!(shown.starts_with("2 file(s) searched; "), "{shown}");
    assert!(shown.lines().nth(1).unwrap().ends_with("src/store.py:8-10  Store.put"), "{shown}");
}

#[test]
fn the_budget_bounds_the_context() {
    let dir = repo();
    let out =
        run(dir.path(), "", &["ask", "--retrieve-only", "--format", "json", "--budget", "60", "store value"]);
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(got["used_tokens"].as_u64().unwrap() <= 60, "{got:#}");
    let small = got["chunks"].as_array().unwrap().len();
    let got = retrieve(dir.path(), "store value");
    assert!(got["chunks"].as_array().unwrap().len() > small, "a larger budget holds more");
}

#[test]
fn the_answer_streams_with_the_code_in_the_prompt_and_cites_its_sources() {
    let dir = repo();
    let server = LlmServer::start(Protocol::OpenAi);
    server.reply_with(&["Entries are evicted in \u{1b}[31msrc/store.py:12."]);
    let llm = format!(
        "  providers:\n    - {{name: local, kind: openai, base_url: \"{}\", max_retries: 0}}\n  routing:\n    question: [local]\n",
        server.url()
    );
    let question = "Where is the least recently used entry evicted?";
    let out = run(dir.path(), &llm, &["ask", question]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(
        shown.starts_with("Entries are evicted in [31msrc/store.py:12.\n"),
        "no escape reaches the terminal: {shown:?}"
    );
    assert!(shown.contains("\nSources (local):\n  src/store.py:12-15  Store.evict_oldest\n"), "{shown}");

    let chats = server.chats();
    assert_eq!(chats.len(), 1);
    assert_eq!(chats[0]["stream"], true, "a terminal answer is streamed");
    let prompt = chats[0]["messages"][1]["content"].as_str().unwrap();
    assert!(prompt.contains("### src/store.py:12-15 (Store.evict_oldest)"), "{prompt}");
    assert!(prompt.contains("   13|         \"\"\"Drop the least recently used entries"), "{prompt}");
    assert!(prompt.ends_with(&format!("## Question\n{question}")), "{prompt}");

    // a question that brings the file with the token in: redacted before it is sent
    let out = run(dir.path(), &llm, &["ask", "--format", "json", "How is the TOKEN used to load lines?"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("secret(s) redacted"), "{}", text(&out.stderr));
    let sent = server.chats()[1].to_string();
    assert!(
        sent.contains("TOKEN = ") && !sent.contains("ghp_abcdefghijklmnopqrstuvwxyz0123456789"),
        "{sent}"
    );

    // the same question again (as JSON, not streamed: the same answer): from the
    // response cache, the server not asked
    let asked = server.chats().len();
    let again = run(dir.path(), &llm, &["ask", "--format", "json", question]);
    let second: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(second["cached"], true, "{second:#}");
    assert_eq!(second["answer"], "Entries are evicted in [31msrc/store.py:12.");
    assert_eq!(server.chats().len(), asked, "the second identical ask never reached the server");
    assert_eq!(second["sources"][0]["path"], "src/store.py");
}

#[test]
fn dry_run_prints_the_request_and_sends_nothing() {
    let dir = repo();
    let server = LlmServer::start(Protocol::Ollama);
    let llm = format!(
        "  providers:\n    - {{name: local, kind: ollama, base_url: \"{}\", model: m, context_window: 2048}}\n  routing:\n    default: [local]\n",
        server.url()
    );
    let out = run(dir.path(), &llm, &["ask", "--dry-run", "--format", "json", "Where is a header parsed?"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let previews: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(previews[0]["url"].as_str().unwrap().ends_with("/api/chat"));
    assert_eq!(previews[0]["body"]["options"]["num_ctx"], 2048);
    let user = previews[0]["body"]["messages"][1]["content"].as_str().unwrap();
    assert!(user.contains("(parse_header)"), "{user}");
    assert!(server.requests().is_empty(), "nothing sent");
}

#[test]
fn without_a_route_or_words_ask_says_what_to_do() {
    let dir = repo();
    let out = run(dir.path(), "  routing: {default: []}\n", &["ask", "Where is the store?"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("no LLM provider is routed for question requests") && err.contains("--retrieve-only"),
        "{err}"
    );

    let out = run(dir.path(), "", &["ask", "--retrieve-only", "where is the"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no words to search for"), "{}", text(&out.stderr));

    let out = run(dir.path(), "", &["ask", "--retrieve-only", "x", "missing/dir"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
}
