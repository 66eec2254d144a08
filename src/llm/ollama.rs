//! Ollama's native API: `POST /api/chat` (NDJSON lines until one with `done: true`; an
//! `{"error"}` line is a failure even after a 200), `GET /` ("Ollama is running"),
//! `GET /api/tags` (the models). `options.num_ctx` is sent with every chat: Ollama would
//! otherwise cut a long prompt to its default window without a word.

use serde_json::{Value, json};

use super::http::{Edge, Flow, error_message};
use super::{Chat, LlmError};

pub(super) async fn models(edge: &Edge) -> Result<Vec<String>, LlmError> {
    let tags = edge.get_json("/api/tags").await?;
    let list = tags.get("models").and_then(Value::as_array).ok_or_else(|| {
        edge.protocol(&edge.url("/api/tags"), "the model list has no `models` array".into())
    })?;
    Ok(list
        .iter()
        .filter_map(|m| m.get("name").or_else(|| m.get("model")).and_then(Value::as_str))
        .map(str::to_owned)
        .collect())
}

pub(super) async fn health(edge: &Edge) -> Result<(Vec<String>, Option<String>), LlmError> {
    let (status, body) = edge.probe("/").await?;
    if status != 200 {
        return Err(edge.protocol(&edge.url("/"), format!("answered {status}: {}", error_message(&body))));
    }
    let running = body.trim().to_owned();
    Ok((models(edge).await?, Some(if running.is_empty() { "ok".to_owned() } else { running })))
}

/// The path and body of a chat request.
pub(super) fn request(model: &str, chat: &Chat, num_ctx: u32) -> (&'static str, Value) {
    let body = json!({
        "model": model,
        "messages": chat.messages,
        "stream": chat.stream,
        "options": { "temperature": chat.temperature, "num_ctx": num_ctx, "num_predict": chat.max_tokens },
    });
    ("/api/chat", body)
}

pub(super) async fn chat(
    edge: &Edge,
    model: &str,
    chat: &Chat,
    num_ctx: u32,
    on_text: &mut (dyn FnMut(&str) + Send),
) -> Result<(String, Option<String>), LlmError> {
    let (_, body) = request(model, chat, num_ctx);
    let url = edge.url("/api/chat");
    if !chat.stream {
        let answer = edge.post_json("/api/chat", &body).await?;
        if let Some(error) = answer.get("error") {
            return Err(edge.protocol(&url, error_message(&json!({ "error": error }).to_string())));
        }
        let text = answer
            .pointer("/message/content")
            .and_then(Value::as_str)
            .ok_or_else(|| edge.protocol(&url, "the answer has no `message.content`".into()))?;
        let reason = answer.get("done_reason").and_then(Value::as_str).map(str::to_owned);
        on_text(text);
        return Ok((text.to_owned(), reason));
    }
    let mut text = String::new();
    let mut reason = None;
    edge.post_lines("/api/chat", &body, &mut |line| {
        let part: Value =
            serde_json::from_str(line).map_err(|e| format!("a stream line is not JSON: {e}"))?;
        if let Some(error) = part.get("error") {
            return Err(format!(
                "the server failed mid-answer: {}",
                error_message(&json!({ "error": error }).to_string())
            ));
        }
        if let Some(delta) = part.pointer("/message/content").and_then(Value::as_str) {
            on_text(delta);
            text.push_str(delta);
        }
        if part.get("done").and_then(Value::as_bool) == Some(true) {
            reason = part.get("done_reason").and_then(Value::as_str).map(str::to_owned);
            return Ok(Flow::Done);
        }
        Ok(Flow::More)
    })
    .await?;
    Ok((text, reason))
}
