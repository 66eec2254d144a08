//! The LLM's draft of a commit message: the prompt templates (`templates/prompts/commit.*.j2`,
//! or `llm.prompts_dir`), rendered with the configured types and scopes, the heuristic
//! message as a hint and the staged diff cut to the model's context; every prompt redacted
//! of secrets; the answer sanitised. The linter then checks it ([`super::suggest::suggest`]).

use std::path::Path;
use std::time::Instant;

use minijinja::context;

use super::diff::budgeted;
use super::rules::{RuleValue, Rules};
use super::suggest::{Described, Drafter};
use crate::config::Config;
use crate::llm::{self, Chat, Kind, LlmError, Message, RouteError, Router, Templates};

const SYSTEM: &str = include_str!("../../templates/prompts/commit.system.j2");
const USER: &str = include_str!("../../templates/prompts/commit.user.j2");
/// The built-in templates' version, part of the response cache's key.
const VERSION: u32 = 1;

/// Characters of prompt per token of context, kept low: code is dense in tokens.
const CHARS_PER_TOKEN: usize = 3;

/// The commit prompt's templates (`commit.system.j2`, `commit.user.j2`).
pub fn prompts(config: &Config, root: &Path) -> std::io::Result<Templates> {
    Templates::load(
        config,
        root,
        "commit",
        VERSION,
        &[("commit.system.j2", SYSTEM), ("commit.user.j2", USER)],
    )
}

/// The drafter that asks the providers routed for `commit`.
pub struct LlmDrafter<'a> {
    pub router: &'a Router,
    pub prompts: Templates,
    pub config: &'a Config,
    pub rules: &'a Rules,
    /// When drafting must be over (the hook's `llm_timeout`); `None`: the providers' own timeouts.
    pub deadline: Option<Instant>,
}

impl LlmDrafter<'_> {
    /// The chat for `change` (and the rejected draft, on the retry), the diff's budget
    /// halved `shrink` times (after a provider said the prompt was too long).
    pub fn chat(
        &self,
        change: &Described,
        rejected: Option<(&str, &str)>,
        shrink: u32,
    ) -> Result<Chat, minijinja::Error> {
        let window = self.router.context_window(Kind::Commit);
        // the diff gets what the window leaves after the instructions and the answer
        let budget = ((window.saturating_sub(600) * CHARS_PER_TOKEN) >> shrink).max(500);
        let diff = budgeted(change.changes, budget);
        let max_header = match self.rules.get("header-max-length").map(|s| &s.value) {
            Some(RuleValue::Length(n)) => *n,
            _ => 100,
        };
        let commit = &self.config.git.commit;
        let system = self.prompts.render(
            "commit.system.j2",
            context! {
                types => &commit.types, scopes => &commit.scopes, max_header => max_header,
            },
        )?;
        // a rejected draft of a small model can be long gibberish: its start says enough
        let cut = |text: &str, max: usize| text.chars().take(max).collect::<String>();
        let (rejected, problems) = rejected.map(|(d, p)| (cut(d, 300), cut(p, 600))).unzip();
        let user = self.prompts.render(
            "commit.user.j2",
            context! {
                hint => &change.hint, diff => diff.text, omitted => diff.omitted,
                rejected => rejected, problems => problems,
            },
        )?;
        let messages = [Message::system(system), Message::user(user)]
            .into_iter()
            .map(|m| {
                let (content, redacted) = crate::rules::redact_secrets(&m.content);
                if redacted > 0 {
                    tracing::info!(redacted, "secrets redacted from the commit prompt");
                }
                Message { content, ..m }
            })
            .collect();
        Ok(Chat::new(messages, 256, self.prompts.version()))
    }
}

impl Drafter for LlmDrafter<'_> {
    fn draft(&self, change: &Described, rejected: Option<(&str, &str)>) -> Option<String> {
        let mut shrink = 0;
        let asked = loop {
            let chat = match self.chat(change, rejected, shrink) {
                Ok(chat) => chat,
                Err(e) => {
                    tracing::warn!(error = %e, "the commit prompt template does not render; using the offline message");
                    return None;
                }
            };
            let left = match self.deadline {
                Some(deadline) => {
                    Some(deadline.checked_duration_since(Instant::now()).filter(|d| !d.is_zero())?)
                }
                None => None,
            };
            let asked = llm::block_on(async {
                let ask = self.router.ask(Kind::Commit, &chat);
                match left {
                    Some(left) => tokio::time::timeout(left, ask).await.ok(),
                    None => Some(ask.await),
                }
            });
            // a model whose window the prompt overflows (tokenizers differ): a smaller diff
            let too_long = matches!(&asked, Some(Err(RouteError::Failed(errors)))
                if !errors.is_empty() && errors.iter().all(LlmError::is_too_long));
            if too_long && shrink < 3 {
                shrink += 1;
                tracing::info!(shrink, "the prompt was too long for the model; asking with a smaller diff");
                continue;
            }
            break asked;
        };
        match asked {
            Some(Ok(routed)) => {
                let text = llm::sanitize(&routed.answer.text);
                (!text.is_empty()).then(|| format!("{text}\n"))
            }
            Some(Err(e)) => {
                tracing::warn!(error = %e, "no LLM draft; using the offline message");
                None
            }
            None => {
                tracing::warn!("the LLM took longer than its time budget; using the offline message");
                None
            }
        }
    }
}
