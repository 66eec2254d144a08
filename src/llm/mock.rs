//! The deterministic mock provider (`kind: mock`): answers from a queue of replies when one
//! is queued, else a fixed answer derived from the last message; records every request.
//! For tests and demos: it never touches the network.

use std::collections::VecDeque;
use std::sync::Mutex;

use super::Chat;

/// The model name the mock lists.
pub const MODEL: &str = "mock";

#[derive(Debug, Default)]
pub struct Mock {
    replies: Mutex<VecDeque<String>>,
    requests: Mutex<Vec<Chat>>,
}

impl Mock {
    pub(super) fn new() -> Self {
        Self::default()
    }

    /// Answer the next chat with `reply`.
    pub fn enqueue(&self, reply: impl Into<String>) {
        self.replies.lock().unwrap_or_else(|e| e.into_inner()).push_back(reply.into());
    }

    /// Every chat asked so far.
    pub fn requests(&self) -> Vec<Chat> {
        self.requests.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub(super) fn models(&self) -> Vec<String> {
        vec![MODEL.to_owned()]
    }

    pub(super) fn chat(&self, chat: &Chat) -> String {
        self.requests.lock().unwrap_or_else(|e| e.into_inner()).push(chat.clone());
        if let Some(reply) = self.replies.lock().unwrap_or_else(|e| e.into_inner()).pop_front() {
            return reply;
        }
        let last = chat.messages.last().map_or("", |m| m.content.as_str());
        let digest = crate::model::stable_hash(&[last.as_bytes()]);
        format!("mock answer {digest:016x}")
    }
}
