//! The OpenAI-compatible protocol (LM Studio, OpenAI, llama.cpp, vLLM):
//! `POST {base}/chat/completions`, answered whole or as SSE `data:` frames ending with
//! `data: [DONE]`; `GET {base}/models`; llama.cpp's and vLLM's `/health` beside the base.

use serde_json::{Value, json};

use super::http::{Edge, Flow};
use super::{Chat, LlmError};

pub(super) async fn models(edge: &Edge) -> Result<Vec<String>, LlmError> {
    let list = edge.get_json("/models").await?;
    let data = list
        .get("data")
        .and_then(Value::as_array)
        .ok_or_else(|| edge.protocol(&edge.url("/models"), "the model list has no `data` array".into()))?;
    Ok(data.iter().filter_map(|m| m.get("id").and_then(Value::as_str)).map(str::to_owned).collect())
}

/// Reachable when `/models` answers; `/health`, where the server has one, says whether the
/// model is loaded (llama.cpp answers 503 while loading).
pub(super) async fn health(edge: &Edge) -> Result<(Vec<String>, Option<String>), LlmError> {
    let models = models(edge).await?;
    let status = match edge.probe("//health").await {
        Ok((200, body)) => Some(
            serde_json::from_str::<Value>(&body)
                .ok()
                .and_then(|v| v.get("status").and_then(Value::as_str).map(str::to_owned))
                .unwrap_or_else(|| "ok".to_owned()),
        ),
        Ok((503, body)) => Some(format!("unavailable: {}", super::http::error_message(&body))),
        _ => None,
    };
    Ok((models, status))
}

/// The path and body of a chat request.
pub(super) fn request(model: &str, chat: &Chat) -> (&'static str, Value) {
    let body = json!({
        "model": model,
        "messages": chat.messages,
        "temperature": chat.temperature,
        "max_tokens": chat.max_tokens,
        "stream": chat.stream,
    });
    ("/chat/completions", body)
}

pub(super) async fn chat(
    edge: &Edge,
    model: &str,
    chat: &Chat,
    on_text: &mut (dyn FnMut(&str) + Send),
) -> Result<(String, Option<String>), LlmError> {
    let (_, body) = request(model, chat);
    let url = edge.url("/chat/completions");
    if !chat.stream {
        let answer = edge.post_json("/chat/completions", &body).await?;
        let choice = answer.get("choices").and_then(|c| c.get(0));
        let text = choice
            .and_then(|c| c.pointer("/message/content"))
            .and_then(Value::as_str)
            .ok_or_else(|| edge.protocol(&url, "the answer has no `choices[0].message.content`".into()))?;
        let finish = choice.and_then(|c| c.get("finish_reason")).and_then(Value::as_str).map(str::to_owned);
        on_text(text);
        return Ok((text.to_owned(), finish));
    }
    let mut text = String::new();
    let mut finish = None;
    edge.post_lines("/chat/completions", &body, &mut |line| {
        let Some(data) = line.strip_prefix("data:") else {
            return Ok(Flow::More); // `event:`, `id:`, comments
        };
        let data = data.trim();
        if data == "[DONE]" {
            return Ok(Flow::Done);
        }
        let chunk: Value =
            serde_json::from_str(data).map_err(|e| format!("a stream frame is not JSON: {e}"))?;
        if let Some(error) = chunk.get("error") {
            return Err(format!(
                "the server failed mid-answer: {}",
                super::http::error_message(&error_body(error))
            ));
        }
        if let Some(choice) = chunk.get("choices").and_then(|c| c.get(0)) {
            if let Some(delta) = choice.pointer("/delta/content").and_then(Value::as_str) {
                on_text(delta);
                text.push_str(delta);
            }
            if let Some(reason) = choice.get("finish_reason").and_then(Value::as_str) {
                finish = Some(reason.to_owned());
            }
        }
        Ok(Flow::More)
    })
    .await?;
    Ok((text, finish))
}

/// `{"error": …}` again, for the error-body reader.
fn error_body(error: &Value) -> String {
    json!({ "error": error }).to_string()
}
