//! A stand-in LLM server on 127.0.0.1 for tests, speaking the shapes recorded in
//! `reference/llm-and-serve-prior-art.md`: OpenAI-compatible (`/v1/models`,
//! `/v1/chat/completions` whole or as SSE ending in `data: [DONE]`) or Ollama's native API
//! (`GET /`, `/api/tags`, `/api/chat` whole or as NDJSON ending in `done: true`). Every
//! request is recorded; failures (a status with headers, a stream cut before its end, a
//! mid-stream error line) are queued with [`LlmServer::fail_next`].

use std::collections::VecDeque;
use std::io::Write as _;
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use serde_json::{Value, json};

pub use super::forge::Request;
use super::forge::read_request;

/// Which protocol the stand-in speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    OpenAi,
    Ollama,
}

/// An answer the next chat request gets instead of the normal one.
#[derive(Debug, Clone)]
pub enum Failure {
    /// This status, with these headers and an error body of the protocol's shape.
    Status(u16, Vec<(&'static str, String)>),
    /// A 200 stream that stops after its first part, without its terminator.
    Cut,
    /// A 200 stream whose second line is an error (Ollama: `{"error"}`; OpenAI: `data: {"error"}`).
    MidStreamError,
    /// The normal answer, this many milliseconds late.
    Late(u64),
}

#[derive(Default)]
struct State {
    requests: Vec<Request>,
    failures: VecDeque<Failure>,
    replies: VecDeque<String>,
}

pub struct LlmServer {
    url: String,
    state: Arc<Mutex<State>>,
}

/// The reply every chat gets: the stand-in is deterministic.
pub const REPLY: &str = "feat(core): add the parser";

/// The model the stand-in lists.
pub const MODEL: &str = "tiny";

impl LlmServer {
    pub fn start(protocol: Protocol) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(State::default()));
        let shared = Arc::clone(&state);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let state = Arc::clone(&shared);
                thread::spawn(move || {
                    let _ = serve(stream, protocol, &state);
                });
            }
        });
        let url = match protocol {
            Protocol::OpenAi => format!("http://127.0.0.1:{port}/v1"),
            Protocol::Ollama => format!("http://127.0.0.1:{port}"),
        };
        Self { url, state }
    }

    /// The base URL a provider configures.
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn requests(&self) -> Vec<Request> {
        self.state.lock().unwrap().requests.clone()
    }

    /// The chat requests' bodies, as JSON.
    pub fn chats(&self) -> Vec<Value> {
        self.requests()
            .iter()
            .filter(|r| r.path.ends_with("/chat/completions") || r.path == "/api/chat")
            .map(|r| serde_json::from_str(&r.body).unwrap())
            .collect()
    }

    /// The next chats are answered with these texts, in order (then [`REPLY`]).
    pub fn reply_with(&self, replies: &[&str]) {
        self.state.lock().unwrap().replies.extend(replies.iter().map(|r| (*r).to_owned()));
    }

    /// The next chat requests fail this way, in order.
    pub fn fail_next(&self, failures: &[Failure]) {
        self.state.lock().unwrap().failures.extend(failures.iter().cloned());
    }
}

/// A port nothing listens on (bound, then closed).
pub fn closed_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn serve(stream: TcpStream, protocol: Protocol, state: &Mutex<State>) -> std::io::Result<()> {
    let request = read_request(&stream)?;
    let chat = request.path.ends_with("/chat/completions") || request.path == "/api/chat";
    let (failure, reply) = {
        let mut state = state.lock().unwrap();
        state.requests.push(request.clone());
        let failure = if chat { state.failures.pop_front() } else { None };
        let reply = if chat { state.replies.pop_front() } else { None };
        (failure, reply.unwrap_or_else(|| REPLY.to_owned()))
    };
    if let Some(Failure::Late(ms)) = failure {
        thread::sleep(Duration::from_millis(ms));
    }
    let reply = reply.as_str();
    let mut out = stream;
    let json_reply = |out: &mut TcpStream, status: u16, extra: &[(&str, String)], body: &str| {
        let mut head = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
            body.len()
        );
        for (name, value) in extra {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        out.write_all(head.as_bytes())?;
        out.write_all(body.as_bytes())?;
        out.flush()
    };
    let stream_reply = |out: &mut TcpStream, content_type: &str, parts: &[String]| {
        let head = format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nConnection: close\r\n\r\n");
        out.write_all(head.as_bytes())?;
        for part in parts {
            out.write_all(part.as_bytes())?;
            out.flush()?;
            thread::sleep(Duration::from_millis(5));
        }
        Ok::<(), std::io::Error>(())
    };
    match (protocol, request.method.as_str(), request.path.as_str()) {
        (Protocol::OpenAi, "GET", "/v1/models") => json_reply(
            &mut out,
            200,
            &[],
            &json!({"object": "list", "data": [{"id": MODEL, "object": "model", "owned_by": "me"}]})
                .to_string(),
        ),
        (Protocol::OpenAi, "GET", "/health") => json_reply(&mut out, 200, &[], r#"{"status":"ok"}"#),
        (Protocol::Ollama, "GET", "/") => {
            let body = "Ollama is running";
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            out.write_all(head.as_bytes())
        }
        (Protocol::Ollama, "GET", "/api/tags") => json_reply(
            &mut out,
            200,
            &[],
            &json!({"models": [{"name": format!("{MODEL}:latest"), "model": format!("{MODEL}:latest")}]})
                .to_string(),
        ),
        (_, "POST", _) if chat => {
            let asked: Value = serde_json::from_str(&request.body).unwrap_or(Value::Null);
            let streamed =
                asked.get("stream").and_then(Value::as_bool).unwrap_or(protocol == Protocol::Ollama);
            match (protocol, failure, streamed) {
                (Protocol::OpenAi, Some(Failure::Status(status, extra)), _) => json_reply(
                    &mut out,
                    status,
                    &extra,
                    &json!({"error": {"message": "injected", "type": "server_error"}}).to_string(),
                ),
                (Protocol::Ollama, Some(Failure::Status(status, extra)), _) => {
                    json_reply(&mut out, status, &extra, r#"{"error":"injected"}"#)
                }
                (Protocol::OpenAi, failure, true) => {
                    let frame = |v: Value| format!("data: {v}\n\n");
                    let chunk = |delta: Value, finish: Value| {
                        frame(json!({"object": "chat.completion.chunk", "model": MODEL,
                            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}))
                    };
                    let (first, rest) =
                        reply.split_at(reply.char_indices().nth(5).map_or(reply.len(), |(i, _)| i));
                    let mut parts = vec![chunk(json!({"role": "assistant"}), Value::Null)];
                    parts.push(chunk(json!({"content": first}), Value::Null));
                    match failure {
                        Some(Failure::Cut) => {}
                        Some(Failure::MidStreamError) => {
                            parts.push(frame(json!({"error": {"message": "the model crashed"}})));
                        }
                        _ => {
                            parts.push(chunk(json!({"content": rest}), Value::Null));
                            parts.push(chunk(json!({}), json!("stop")));
                            parts.push("data: [DONE]\n\n".to_owned());
                        }
                    }
                    stream_reply(&mut out, "text/event-stream", &parts)
                }
                (Protocol::OpenAi, _, false) => json_reply(
                    &mut out,
                    200,
                    &[],
                    &json!({"object": "chat.completion", "model": MODEL, "choices": [{"index": 0,
                        "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 9, "completion_tokens": 7, "total_tokens": 16}})
                    .to_string(),
                ),
                (Protocol::Ollama, failure, true) => {
                    let line = |v: Value| format!("{v}\n");
                    let (first, rest) =
                        reply.split_at(reply.char_indices().nth(5).map_or(reply.len(), |(i, _)| i));
                    let part = |text: &str| {
                        line(
                            json!({"model": MODEL, "message": {"role": "assistant", "content": text}, "done": false}),
                        )
                    };
                    let mut parts = vec![part(first)];
                    match failure {
                        Some(Failure::Cut) => {}
                        Some(Failure::MidStreamError) => {
                            parts.push(line(json!({"error": "the model crashed"})))
                        }
                        _ => {
                            parts.push(part(rest));
                            parts.push(line(
                                json!({"model": MODEL, "message": {"role": "assistant", "content": ""},
                                "done": true, "done_reason": "stop", "eval_count": 7}),
                            ));
                        }
                    }
                    stream_reply(&mut out, "application/x-ndjson", &parts)
                }
                (Protocol::Ollama, _, false) => json_reply(
                    &mut out,
                    200,
                    &[],
                    &json!({"model": MODEL, "message": {"role": "assistant", "content": reply},
                        "done": true, "done_reason": "stop"})
                    .to_string(),
                ),
            }
        }
        _ => json_reply(&mut out, 404, &[], r#"{"error":"not found"}"#),
    }
}
