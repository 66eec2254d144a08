//! The analysis cache: each file's path-independent analysis (its metrics and its
//! [`Scan`]) stored under a key made of its content's git blob id, its language, the
//! build that computed it and the configuration that shapes it, so an unchanged file is
//! parsed once whatever path, branch or run it comes back in.
//!
//! Layout: `DIR/analysis/v1/ab/cdef…`, one file per entry, written to a temporary file and
//! renamed into place (atomic: two runs writing the same entry each rename a whole one; a
//! run killed mid-write leaves only a temporary file). An entry starts with a header
//! (magic, payload length, payload hash), so a truncated or corrupt one is noticed,
//! deleted and recomputed. `DIR` holds a `.gitignore` of `*` and a `CACHEDIR.TAG`. The
//! size is bounded: after a run that wrote entries, the least recently used go first
//! until the cache fits `analysis.cache_max_size`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::metrics::FileMetrics;
use crate::rules::{Scan, stable_hash};

/// The first bytes of every entry; the digit is the entry format's version.
const MAGIC: &[u8; 8] = b"AURAC\x001\n";
const HEADER: usize = MAGIC.len() + 16;
/// The directory (under the cache root) of this format's entries.
const ENTRIES: &str = "analysis/v1";
/// Temporary files older than this are a killed run's and are removed by eviction.
const STALE_TEMP: Duration = Duration::from_secs(3600);
/// A hit refreshes an entry's time (its place in the eviction order) at most this often.
const REFRESH: Duration = Duration::from_secs(24 * 3600);

/// The build that computes entries: a different build never reads another's.
pub const BUILD: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("AURA_BUILD_DIGEST"));

/// What the cache keeps of one file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub metrics: FileMetrics,
    pub scan: Scan,
}

/// What a run did with the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RunStats {
    pub hits: u64,
    pub misses: u64,
    pub writes: u64,
    /// Entries that could not be read back (truncated, corrupt): deleted and recomputed.
    pub discarded: u64,
    /// Entries eviction removed after the run.
    pub evicted: u64,
    /// Hits whose key came from the git index's stat data: files never read.
    pub unread: u64,
}

/// An open cache.
pub struct Cache {
    root: PathBuf,
    entries: PathBuf,
    max_size: u64,
    /// The build and the configuration digest, mixed into every key.
    salt: String,
    hits: AtomicU64,
    misses: AtomicU64,
    writes: AtomicU64,
    discarded: AtomicU64,
    unread: AtomicU64,
    /// Which of the 256 fan-out directories exist already.
    made: [AtomicBool; 256],
    temp: AtomicU64,
}

/// A cache key: 32 hex digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key(String);

impl Cache {
    /// Open (creating it if needed) the cache at `root`; `config` is the digest of the
    /// configuration that shapes the entries.
    pub fn open(root: &Path, max_size: u64, config: &str) -> std::io::Result<Self> {
        let entries = root.join(ENTRIES);
        std::fs::create_dir_all(&entries)?;
        let ignore = root.join(".gitignore");
        if !ignore.exists() {
            write_atomic(&ignore, b"# aura's cache: never committed, never analyzed\n*\n")?;
        }
        let tag = root.join("CACHEDIR.TAG");
        if !tag.exists() {
            write_atomic(
                &tag,
                b"Signature: 8a477f597d28d172789f06886806bc55\n# aura's cache (https://bford.info/cachedir/)\n",
            )?;
        }
        Ok(Self {
            root: root.to_path_buf(),
            entries,
            max_size,
            salt: format!("{BUILD}\0{config}"),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            writes: AtomicU64::new(0),
            discarded: AtomicU64::new(0),
            unread: AtomicU64::new(0),
            made: std::array::from_fn(|_| AtomicBool::new(false)),
            temp: AtomicU64::new(0),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The key of a file with content `blob` (its git blob id) in `lang`, scanned with the
    /// rules `tree_key` names (see `RuleSet::tree_key`).
    pub fn key(&self, blob: &[u8], lang: Lang, tree_key: u64) -> Key {
        Self::key_for(&self.salt, blob, lang, tree_key)
    }

    fn key_for(salt: &str, blob: &[u8], lang: Lang, tree_key: u64) -> Key {
        let parts: [&[u8]; 4] = [salt.as_bytes(), blob, lang.name().as_bytes(), &tree_key.to_le_bytes()];
        let high = stable_hash(&parts);
        let low = stable_hash(&[&high.to_le_bytes(), parts[0], parts[1], parts[2], parts[3]]);
        Key(format!("{high:016x}{low:016x}"))
    }

    fn path(&self, key: &Key) -> PathBuf {
        self.entries.join(&key.0[..2]).join(&key.0[2..])
    }

    /// Count a hit whose file was not read (its key came from the git index).
    pub fn unread(&self) {
        self.unread.fetch_add(1, Ordering::Relaxed);
    }

    /// The entry stored under `key`, if there is a sound one.
    pub fn get(&self, key: &Key) -> Option<Entry> {
        let path = self.path(key);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(_) => {
                self.misses.fetch_add(1, Ordering::Relaxed);
                return None;
            }
        };
        match decode(&bytes) {
            Some(entry) => {
                self.hits.fetch_add(1, Ordering::Relaxed);
                refresh(&path);
                Some(entry)
            }
            None => {
                self.misses.fetch_add(1, Ordering::Relaxed);
                self.discarded.fetch_add(1, Ordering::Relaxed);
                tracing::debug!(entry = %path.display(), "discarded a corrupt cache entry");
                let _ = std::fs::remove_file(&path);
                None
            }
        }
    }

    /// Store `entry` under `key`. A failure (a full disk, a read-only cache) only costs the
    /// next run the work again.
    pub fn put(&self, key: &Key, entry: &Entry) {
        let Ok(payload) = serde_json::to_vec(entry) else { return };
        let path = self.path(key);
        let fan = usize::from_str_radix(&key.0[..2], 16).unwrap_or(0);
        if !self.made[fan].load(Ordering::Relaxed) {
            if let Some(dir) = path.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            self.made[fan].store(true, Ordering::Relaxed);
        }
        let mut bytes = Vec::with_capacity(HEADER + payload.len());
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        bytes.extend_from_slice(&checksum(&payload).to_le_bytes());
        bytes.extend_from_slice(&payload);
        let temp = self.entries.join(format!(
            ".tmp-{}-{}",
            std::process::id(),
            self.temp.fetch_add(1, Ordering::Relaxed)
        ));
        let written = std::fs::File::create(&temp)
            .and_then(|mut f| f.write_all(&bytes))
            .and_then(|()| std::fs::rename(&temp, &path));
        match written {
            Ok(()) => {
                self.writes.fetch_add(1, Ordering::Relaxed);
            }
            Err(e) => {
                let _ = std::fs::remove_file(&temp);
                tracing::debug!(entry = %path.display(), error = %e, "could not write a cache entry");
            }
        }
    }

    /// What this run did, after evicting the oldest entries if it wrote any and the cache
    /// is over its size. Reports discarded entries once, at `-v`. The counts start again
    /// from zero: an engine that serves many runs (`aura watch`, a review's two sides)
    /// reports each run's own.
    pub fn finish(&self) -> RunStats {
        let mut stats = RunStats {
            hits: self.hits.swap(0, Ordering::Relaxed),
            misses: self.misses.swap(0, Ordering::Relaxed),
            writes: self.writes.swap(0, Ordering::Relaxed),
            discarded: self.discarded.swap(0, Ordering::Relaxed),
            evicted: 0,
            unread: self.unread.swap(0, Ordering::Relaxed),
        };
        if stats.discarded > 0 {
            tracing::info!(
                discarded = stats.discarded,
                cache = %self.root.display(),
                "discarded {} unreadable cache entr{} and analyzed the file{} again",
                stats.discarded,
                if stats.discarded == 1 { "y" } else { "ies" },
                if stats.discarded == 1 { "" } else { "s" },
            );
        }
        if stats.writes > 0 {
            stats.evicted = evict(&self.entries, self.max_size);
        }
        tracing::info!(
            hits = stats.hits,
            unread = stats.unread,
            misses = stats.misses,
            written = stats.writes,
            evicted = stats.evicted,
            "analysis cache {}: {} hit(s) ({} unread, vouched for by the git index), {} miss(es), {} written",
            self.root.display(),
            stats.hits,
            stats.unread,
            stats.misses,
            stats.writes,
        );
        stats
    }
}

fn decode(bytes: &[u8]) -> Option<Entry> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (length, rest) = rest.split_at_checked(8)?;
    let (hash, payload) = rest.split_at_checked(8)?;
    let length = u64::from_le_bytes(length.try_into().ok()?);
    let hash = u64::from_le_bytes(hash.try_into().ok()?);
    if payload.len() as u64 != length || checksum(payload) != hash {
        return None;
    }
    serde_json::from_slice(payload).ok()
}

/// A payload's checksum, eight bytes at a time (FNV-1a byte by byte was a tenth of a warm
/// run): it tells a torn or altered entry from a sound one, it is no cryptographic hash.
fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut hash = (bytes.len() as u64).wrapping_mul(K);
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
        hash = (hash ^ word).wrapping_mul(K).rotate_left(31);
    }
    for &byte in words.remainder() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(K).rotate_left(31);
    }
    hash ^ (hash >> 29)
}

/// Move a hit entry up the eviction order (not on every hit: that would write as often as
/// it reads).
fn refresh(path: &Path) {
    let old = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > REFRESH));
    if old && let Ok(file) = std::fs::File::options().append(true).open(path) {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// One file of the cache, for eviction and statistics.
struct Stored {
    path: PathBuf,
    size: u64,
    modified: SystemTime,
}

fn stored(entries: &Path) -> (Vec<Stored>, Vec<PathBuf>) {
    let mut files = Vec::new();
    let mut stale = Vec::new();
    let now = SystemTime::now();
    let Ok(fans) = std::fs::read_dir(entries) else { return (files, stale) };
    let mut visit = |entry: std::fs::DirEntry| {
        let Ok(meta) = entry.metadata() else { return };
        let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        if entry.file_name().to_string_lossy().starts_with(".tmp-") {
            if now.duration_since(modified).is_ok_and(|age| age > STALE_TEMP) {
                stale.push(entry.path());
            }
            return;
        }
        if meta.is_file() {
            files.push(Stored { path: entry.path(), size: meta.len(), modified });
        }
    };
    for fan in fans.flatten() {
        if fan.file_type().is_ok_and(|t| t.is_dir()) {
            for entry in std::fs::read_dir(fan.path()).into_iter().flatten().flatten() {
                visit(entry);
            }
        } else {
            visit(fan);
        }
    }
    (files, stale)
}

/// Delete the least recently used entries until the cache holds at most `max_size` bytes
/// (down to 90% of it, so the next runs do not evict again at once); returns how many went.
fn evict(entries: &Path, max_size: u64) -> u64 {
    let (mut files, stale) = stored(entries);
    for path in stale {
        let _ = std::fs::remove_file(path);
    }
    let mut total: u64 = files.iter().map(|f| f.size).sum();
    if total <= max_size {
        return 0;
    }
    let target = max_size / 10 * 9;
    files.sort_by_key(|f| f.modified);
    let mut evicted = 0;
    for file in files {
        if total <= target {
            break;
        }
        if std::fs::remove_file(&file.path).is_ok() {
            total -= file.size;
            evicted += 1;
        }
    }
    tracing::debug!(evicted, bytes = total, "evicted the oldest cache entries");
    evicted
}

/// The size of a cache, for `aura cache stats`.
#[derive(Debug, Clone, Serialize)]
pub struct Usage {
    pub dir: String,
    pub entries: u64,
    pub bytes: u64,
    pub max_size: u64,
    /// Seconds since the Unix epoch of the oldest and newest entries.
    pub oldest: Option<u64>,
    pub newest: Option<u64>,
}

/// How much the cache at `root` holds.
pub fn usage(root: &Path, max_size: u64) -> Usage {
    let (files, _) = stored(&root.join(ENTRIES));
    let secs = |t: SystemTime| t.duration_since(SystemTime::UNIX_EPOCH).ok().map(|d| d.as_secs());
    Usage {
        dir: root.display().to_string(),
        entries: files.len() as u64,
        bytes: files.iter().map(|f| f.size).sum(),
        max_size,
        oldest: files.iter().map(|f| f.modified).min().and_then(secs),
        newest: files.iter().map(|f| f.modified).max().and_then(secs),
    }
}

/// Delete every analysis entry of the cache at `root` (other versions' too); returns how
/// many files went. The LLM cache beside it is left alone.
pub fn clear(root: &Path) -> std::io::Result<u64> {
    let analysis = root.join("analysis");
    if !analysis.exists() {
        return Ok(0);
    }
    let mut count = 0;
    let mut stack = vec![analysis.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)?.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(entry.path());
            } else {
                count += 1;
            }
        }
    }
    std::fs::remove_dir_all(&analysis)?;
    Ok(count)
}

fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temp = path.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&temp, bytes)?;
    std::fs::rename(&temp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> Entry {
        Entry { metrics: FileMetrics::default(), scan: Scan::default() }
    }

    #[test]
    fn keys_differ_by_content_language_build_configuration_and_rules() {
        let key = |salt: &str, blob: &[u8], lang, tree| Cache::key_for(salt, blob, lang, tree);
        let base = key("0.1.0+a\0cfg", b"blob", Lang::Python, 1);
        assert_eq!(base, key("0.1.0+a\0cfg", b"blob", Lang::Python, 1));
        assert_ne!(base, key("0.1.1+a\0cfg", b"blob", Lang::Python, 1), "a version change");
        assert_ne!(base, key("0.1.0+b\0cfg", b"blob", Lang::Python, 1), "another build");
        assert_ne!(base, key("0.1.0+a\0other", b"blob", Lang::Python, 1), "a configuration change");
        assert_ne!(base, key("0.1.0+a\0cfg", b"blob2", Lang::Python, 1), "a content change");
        assert_ne!(base, key("0.1.0+a\0cfg", b"blob", Lang::Rust, 1), "another language");
        assert_ne!(base, key("0.1.0+a\0cfg", b"blob", Lang::Python, 2), "other rules");
    }

    #[test]
    fn a_truncated_or_altered_entry_is_discarded_and_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path(), u64::MAX, "cfg").unwrap();
        let key = cache.key(b"x", Lang::Python, 0);
        cache.put(&key, &entry());
        assert!(cache.get(&key).is_some());
        let path = cache.path(&key);
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
        assert!(cache.get(&key).is_none(), "truncated");
        assert!(!path.exists(), "the corrupt entry is deleted");
        cache.put(&key, &entry());
        let mut bytes = std::fs::read(&path).unwrap();
        let last = bytes.len() - 2;
        bytes[last] ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        assert!(cache.get(&key).is_none(), "altered");
        assert_eq!(cache.finish().discarded, 2);
        assert_eq!(cache.finish().discarded, 0, "the next run counts its own");
    }

    #[test]
    fn eviction_removes_the_oldest_entries_down_to_the_bound() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path(), u64::MAX, "cfg").unwrap();
        let keys: Vec<Key> = (0..10u8).map(|i| cache.key(&[i], Lang::Python, 0)).collect();
        for (i, key) in keys.iter().enumerate() {
            cache.put(key, &entry());
            let file = std::fs::File::options().append(true).open(cache.path(key)).unwrap();
            file.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000 + i as u64)).unwrap();
        }
        let size = std::fs::metadata(cache.path(&keys[0])).unwrap().len();
        let evicted = evict(&cache.entries, size * 5);
        assert!(evicted >= 5, "evicted {evicted}");
        assert!(!cache.path(&keys[0]).exists(), "the oldest goes first");
        assert!(cache.path(&keys[9]).exists(), "the newest stays");
        let usage = usage(dir.path(), size * 5);
        assert!(usage.bytes <= size * 5);
        assert_eq!(clear(dir.path()).unwrap(), usage.entries);
        assert_eq!(super::usage(dir.path(), 0).entries, 0);
    }
}
