//! Prompt templates: the built-in ones in `templates/prompts/`, or the files of the same
//! name in `llm.prompts_dir`, rendered with minijinja. Each set has a version that is
//! part of the response cache's key: `commit@1` for the built-in templates, a digest of
//! the files' text for replaced ones, so an edited template never gets an old answer.

use std::path::Path;

use minijinja::Environment;

use crate::config::Config;

/// One feature's templates (`commit.system.j2`, `commit.user.j2`) and their version.
#[derive(Debug, Clone)]
pub struct Templates {
    /// `(file name, text)`, in the order given to [`Templates::load`].
    texts: Vec<(&'static str, String)>,
    version: String,
}

impl Templates {
    /// The built-in `(file name, text)` templates of the feature `name`, each replaced by
    /// `llm.prompts_dir`'s file of that name where there is one (relative to `root`).
    pub fn load(
        config: &Config,
        root: &Path,
        name: &str,
        version: u32,
        builtin: &[(&'static str, &'static str)],
    ) -> std::io::Result<Self> {
        let mut texts: Vec<(&'static str, String)> =
            builtin.iter().map(|(file, text)| (*file, (*text).to_owned())).collect();
        let mut replaced = false;
        if let Some(dir) = &config.llm.prompts_dir {
            let dir = root.join(dir);
            for (file, text) in &mut texts {
                let path = dir.join(file);
                if path.is_file() {
                    *text = std::fs::read_to_string(&path).map_err(|e| {
                        std::io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display()))
                    })?;
                    replaced = true;
                }
            }
        }
        let version = if replaced {
            let parts: Vec<&[u8]> = texts.iter().map(|(_, t)| t.as_bytes()).collect();
            format!("{name}@file-{:016x}", crate::model::stable_hash(&parts))
        } else {
            format!("{name}@{version}")
        };
        Ok(Self { texts, version })
    }

    /// The version the response cache keys on.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Render the template `file` with `context` (blocks trim their newline).
    pub fn render(&self, file: &str, context: minijinja::Value) -> Result<String, minijinja::Error> {
        let text = self.texts.iter().find(|(f, _)| *f == file).map(|(_, t)| t.as_str()).ok_or_else(|| {
            minijinja::Error::new(minijinja::ErrorKind::TemplateNotFound, format!("no template {file}"))
        })?;
        let mut env = Environment::new();
        env.set_syntax(minijinja::syntax::SyntaxConfig::builder().trim_blocks(true).build()?);
        env.add_template(file, text)?;
        env.get_template(file)?.render(context)
    }
}
