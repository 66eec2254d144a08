//! The response cache (`llm.cache`): deterministic (temperature 0) answers on disk, one
//! file per [`super::Provider::cache_key`], written atomically, the oldest evicted past
//! `llm.cache.max_size`; an entry that does not read back is removed and asked again.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::Answer;

/// Written into every entry: an entry of another version is a miss.
const VERSION: u32 = 1;

pub struct ResponseCache {
    dir: PathBuf,
    max_size: u64,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    version: u32,
    provider: String,
    model: String,
    text: String,
    finish_reason: Option<String>,
}

impl ResponseCache {
    pub fn new(dir: PathBuf, max_size: u64) -> Self {
        Self { dir, max_size }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// The answer stored under `key`, if a whole one is.
    pub fn get(&self, key: &str) -> Option<Answer> {
        let path = self.path(key);
        let bytes = std::fs::read(&path).ok()?;
        match serde_json::from_slice::<Entry>(&bytes) {
            Ok(entry) if entry.version == VERSION => Some(Answer {
                provider: entry.provider,
                model: entry.model,
                text: entry.text,
                finish_reason: entry.finish_reason,
            }),
            _ => {
                tracing::info!(path = %path.display(), "discarding a corrupt LLM cache entry");
                let _ = std::fs::remove_file(&path);
                None
            }
        }
    }

    /// Store `answer` under `key` (a failure to write only loses the entry).
    pub fn put(&self, key: &str, answer: &Answer) {
        let entry = Entry {
            version: VERSION,
            provider: answer.provider.clone(),
            model: answer.model.clone(),
            text: answer.text.clone(),
            finish_reason: answer.finish_reason.clone(),
        };
        let written = std::fs::create_dir_all(&self.dir).and_then(|()| {
            let mut file = tempfile::NamedTempFile::new_in(&self.dir)?;
            serde_json::to_writer(&mut file, &entry)?;
            file.persist(self.path(key)).map_err(|e| e.error)?;
            Ok(())
        });
        if let Err(e) = written {
            tracing::info!(dir = %self.dir.display(), error = %e, "cannot write the LLM cache");
            return;
        }
        self.evict();
    }

    /// Remove the oldest entries until the cache holds at most `max_size` bytes.
    fn evict(&self) {
        let Ok(read) = std::fs::read_dir(&self.dir) else { return };
        let mut entries: Vec<(SystemTime, u64, PathBuf)> = read
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .filter_map(|e| {
                let meta = e.metadata().ok()?;
                Some((meta.modified().unwrap_or(SystemTime::UNIX_EPOCH), meta.len(), e.path()))
            })
            .collect();
        let mut total: u64 = entries.iter().map(|e| e.1).sum();
        if total <= self.max_size {
            return;
        }
        entries.sort();
        for (_, len, path) in entries {
            if total <= self.max_size {
                break;
            }
            if std::fs::remove_file(&path).is_ok() {
                total -= len;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(text: &str) -> Answer {
        Answer { provider: "p".into(), model: "m".into(), text: text.into(), finish_reason: None }
    }

    #[test]
    fn entries_read_back_and_a_corrupt_one_is_discarded() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ResponseCache::new(dir.path().join("llm"), 1 << 20);
        assert_eq!(cache.get("k"), None);
        cache.put("k", &answer("feat: x"));
        assert_eq!(cache.get("k").unwrap().text, "feat: x");
        std::fs::write(dir.path().join("llm/k.json"), "{\"version\":1,\"prov").unwrap();
        assert_eq!(cache.get("k"), None);
        assert!(!dir.path().join("llm/k.json").exists(), "the corrupt entry is removed");
    }

    #[test]
    fn the_oldest_entries_go_past_the_bound() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ResponseCache::new(dir.path().to_path_buf(), 250);
        for (i, key) in ["a", "b", "c"].iter().enumerate() {
            cache.put(key, &answer(&"x".repeat(60)));
            let time = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000 + i as u64);
            std::fs::File::options()
                .write(true)
                .open(dir.path().join(format!("{key}.json")))
                .unwrap()
                .set_modified(time)
                .unwrap();
        }
        cache.put("d", &answer(&"x".repeat(60)));
        assert_eq!(cache.get("a"), None, "the oldest went");
        assert!(cache.get("d").is_some());
    }
}
