//! The analysis cache: each file's path-independent analysis (its metrics and its
//! [`Scan`]) stored under a key made of its content's git blob id, its language, the
//! build that computed it and the configuration that shapes it, so an unchanged file is
//! parsed once whatever path, branch or run it comes back in.
//!
//! Layout: `DIR/analysis/v3/*.pack`. A run appends the entries it computes, in the binary
//! form of `crate::wire`, to one temporary pack of its own and, when it ends, writes the
//! pack's index (key, offset, length and checksum of every entry) and a footer after them
//! and renames it into place: one file per run instead of one per entry, so a cold run
//! costs little more than one without the cache, and a warm one reads each entry with one
//! `pread`. Packs are immutable once named, so runs at the same time never disturb each
//! other (two runs that computed the same entry each publish a whole copy), and a run
//! killed mid-write leaves only a temporary file, removed once it is an hour old. A pack
//! whose footer or index does not check out is deleted; an entry whose checksum does not
//! match is recomputed and the new copy, in a newer pack, wins. `DIR` holds a `.gitignore`
//! of `*` and a `CACHEDIR.TAG`.
//!
//! Size: after a run that wrote entries, when the cache holds more than
//! `analysis.cache_max_size` bytes, it is rewritten as one pack of the entries this run
//! used and then the most recently used packs' entries, down to 90% of the bound; when it
//! holds more than [`MAX_PACKS`] packs, the small ones are merged.

use std::collections::{HashMap, HashSet};
use std::ffi::OsString;
use std::fs::File;
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, SystemTime};

use serde::Serialize;

use crate::lang::Lang;
use crate::metrics::FileMetrics;
use crate::model::stable_hash;
use crate::rules::Scan;
use crate::wire::{Input, Wire as _};

/// The first bytes of every pack; the digit is the format's version.
const MAGIC: &[u8; 8] = b"AURAPK\x003";
/// The last bytes of a finished pack.
const END: &[u8; 8] = b"AURAEND3";
/// One index record: key, offset, length, checksum.
const RECORD: usize = 16 + 8 + 4 + 8;
/// The footer: the index's offset, its record count, its checksum, [`END`].
const FOOTER: usize = 8 + 8 + 8 + 8;
/// The directory (under the cache root) of this format's packs.
const PACKS: &str = "analysis/v3";
/// Earlier formats' directories, removed when the cache is opened.
const OLD_FORMATS: &[&str] = &["analysis/v1", "analysis/v2"];
/// More packs than this are merged after a run that wrote one.
pub const MAX_PACKS: usize = 8;
/// Temporary files older than this are a killed run's and are removed.
const STALE_TEMP: Duration = Duration::from_secs(3600);
/// A hit refreshes its pack's time (its place in the eviction order) at most this often.
const REFRESH: Duration = Duration::from_secs(24 * 3600);

/// The build that computes entries: a different build never reads another's.
pub const BUILD: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("AURA_BUILD_DIGEST"));

/// What the cache keeps of one file.
#[derive(Debug, Clone)]
pub struct Entry {
    pub metrics: FileMetrics,
    pub scan: Scan,
}

crate::wire::wire_struct!(Entry { metrics, scan });

/// What a run did with the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RunStats {
    pub hits: u64,
    pub misses: u64,
    pub writes: u64,
    /// Entries that could not be read back (corrupt): recomputed, the new copy wins.
    pub discarded: u64,
    /// Entries eviction removed after the run.
    pub evicted: u64,
    /// Hits whose key came from the git index's stat data: files never read.
    pub unread: u64,
}

/// A cache key: 128 bits of the content, language, build and configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key(u128);

/// An open cache.
pub struct Cache {
    root: PathBuf,
    packs: PathBuf,
    max_size: u64,
    /// The build and the configuration digest, mixed into every key.
    salt: String,
    state: RwLock<State>,
    /// This run's pack, once it has written an entry.
    writer: Mutex<Option<Writer>>,
    hits: AtomicU64,
    misses: AtomicU64,
    writes: AtomicU64,
    discarded: AtomicU64,
    unread: AtomicU64,
    temp: AtomicU64,
}

/// The packs read so far and where each key's newest entry is.
#[derive(Default)]
struct State {
    packs: Vec<Arc<Pack>>,
    index: HashMap<Key, Loc>,
    /// File names of the packs loaded (or found unreadable), so a reload skips them.
    seen: HashSet<OsString>,
}

/// A named, finished pack.
struct Pack {
    path: PathBuf,
    file: File,
    size: u64,
    modified: SystemTime,
    /// Whether this run already moved it up the eviction order (or found it recent).
    refreshed: AtomicBool,
}

/// Where an entry is.
struct Loc {
    pack: u32,
    offset: u64,
    len: u32,
    checksum: u64,
    /// A hit this run: compaction keeps it first.
    used: AtomicBool,
}

/// One entry of a pack's index: key, offset, length, checksum.
type Record = (Key, u64, u32, u64);

/// The pack a run is writing.
struct Writer {
    out: BufWriter<File>,
    temp: PathBuf,
    written: u64,
    records: Vec<Record>,
    /// Key to record, for a lookup of an entry this run wrote.
    pending: HashMap<Key, usize>,
}

impl Cache {
    /// Open (creating it if needed) the cache at `root`; `config` is the digest of the
    /// configuration that shapes the entries.
    pub fn open(root: &Path, max_size: u64, config: &str) -> std::io::Result<Self> {
        let packs = root.join(PACKS);
        std::fs::create_dir_all(&packs)?;
        for old in OLD_FORMATS {
            // an earlier format's entries are never read again
            let _ = std::fs::remove_dir_all(root.join(old));
        }
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
        let cache = Self {
            root: root.to_path_buf(),
            packs,
            max_size,
            salt: format!("{BUILD}\0{config}"),
            state: RwLock::new(State::default()),
            writer: Mutex::new(None),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            writes: AtomicU64::new(0),
            discarded: AtomicU64::new(0),
            unread: AtomicU64::new(0),
            temp: AtomicU64::new(0),
        };
        cache.reload();
        Ok(cache)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Read the packs other runs (or this engine's earlier runs) have published since the
    /// last look: a long-lived engine sees them at the start of each run.
    pub fn reload(&self) {
        let mut state = self.state.write().unwrap_or_else(|e| e.into_inner());
        for (name, pack, records) in scan(&self.packs, &state.seen) {
            state.seen.insert(name);
            let Some((pack, records)) = pack.zip(records) else { continue };
            state.add(pack, records);
        }
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
        Key(u128::from(high) << 64 | u128::from(low))
    }

    /// Count a hit whose file was not read (its key came from the git index).
    pub fn unread(&self) {
        self.unread.fetch_add(1, Ordering::Relaxed);
    }

    /// The entry stored under `key`, if there is a sound one.
    pub fn get(&self, key: &Key) -> Option<Entry> {
        let found = {
            let state = self.state.read().unwrap_or_else(|e| e.into_inner());
            state.index.get(key).map(|loc| {
                loc.used.store(true, Ordering::Relaxed);
                (Arc::clone(&state.packs[loc.pack as usize]), loc.offset, loc.len, loc.checksum)
            })
        };
        let entry = match found {
            Some((pack, offset, len, checksum)) => {
                let entry = read_at(&pack.file, offset, len, checksum).and_then(|bytes| decode(&bytes));
                if entry.is_some() {
                    refresh(&pack);
                } else {
                    self.discarded.fetch_add(1, Ordering::Relaxed);
                    tracing::debug!(pack = %pack.path.display(), offset, "discarded a corrupt cache entry");
                    // the copy this run computes and writes replaces it
                    self.state.write().unwrap_or_else(|e| e.into_inner()).index.remove(key);
                }
                entry
            }
            None => self.pending(key),
        };
        let counter = if entry.is_some() { &self.hits } else { &self.misses };
        counter.fetch_add(1, Ordering::Relaxed);
        entry
    }

    /// An entry this run wrote (a file that came back in the same run, or a second run of
    /// a long-lived engine before its pack was published).
    fn pending(&self, key: &Key) -> Option<Entry> {
        let mut guard = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        let writer = guard.as_mut()?;
        let &(_, offset, len, checksum) = writer.records.get(*writer.pending.get(key)?)?;
        writer.out.flush().ok()?;
        read_at(writer.out.get_ref(), offset, len, checksum).and_then(|bytes| decode(&bytes))
    }

    /// Store `entry` under `key`. A failure (a full disk, a read-only cache) only costs the
    /// next run the work again.
    pub fn put(&self, key: &Key, entry: &Entry) {
        let mut payload = Vec::with_capacity(4096);
        entry.put(&mut payload);
        let checksum = checksum(&payload);
        let mut guard = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        if guard.is_none() {
            match self.start() {
                Ok(writer) => *guard = Some(writer),
                Err(e) => {
                    tracing::debug!(cache = %self.packs.display(), error = %e, "could not start a cache pack");
                    return;
                }
            }
        }
        let Some(writer) = guard.as_mut() else { return };
        match writer.out.write_all(&payload) {
            Ok(()) => {
                writer.pending.insert(*key, writer.records.len());
                writer.records.push((*key, writer.written, payload.len() as u32, checksum));
                writer.written += payload.len() as u64;
                self.writes.fetch_add(1, Ordering::Relaxed);
            }
            Err(e) => {
                tracing::debug!(pack = %writer.temp.display(), error = %e, "could not write a cache entry");
                // a torn pack is worth nothing: this run writes no more
                let _ = std::fs::remove_file(&writer.temp);
                *guard = None;
                self.writes.store(0, Ordering::Relaxed);
            }
        }
    }

    fn start(&self) -> std::io::Result<Writer> {
        let temp = self.packs.join(format!(
            ".tmp-{}-{}.pack",
            std::process::id(),
            self.temp.fetch_add(1, Ordering::Relaxed)
        ));
        // readable too: this run may look up an entry it wrote
        let file = File::options().read(true).write(true).create_new(true).open(&temp)?;
        let mut out = BufWriter::with_capacity(1 << 16, file);
        out.write_all(MAGIC)?;
        Ok(Writer { out, temp, written: MAGIC.len() as u64, records: Vec::new(), pending: HashMap::new() })
    }

    /// What this run did, after publishing its pack and, when the cache is over its bound
    /// or holds too many packs, compacting it. Reports discarded entries once, at `-v`.
    /// The counts start again from zero: an engine that serves many runs (`aura watch`, a
    /// review's two sides) reports each run's own.
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
        let writer = self.writer.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(writer) = writer {
            match self.publish(writer) {
                Ok(()) => stats.evicted = self.maintain(),
                Err(e) => {
                    tracing::debug!(cache = %self.packs.display(), error = %e, "could not publish a cache pack");
                    stats.writes = 0;
                }
            }
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

    /// Write `writer`'s index and footer, name its pack and read it in.
    fn publish(&self, writer: Writer) -> std::io::Result<()> {
        self.name(writer)?;
        self.reload();
        Ok(())
    }

    /// Write `writer`'s index and footer and rename its pack into place.
    fn name(&self, writer: Writer) -> std::io::Result<PathBuf> {
        let Writer { mut out, temp, written, records, .. } = writer;
        let sealed = seal(&mut out, written, &records).and_then(|()| {
            let name = format!(
                "{:016x}-{}-{}.pack",
                SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64),
                std::process::id(),
                self.temp.fetch_add(1, Ordering::Relaxed)
            );
            let path = self.packs.join(name);
            std::fs::rename(&temp, &path)?;
            Ok(path)
        });
        if sealed.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        sealed
    }

    /// Remove a killed run's leftovers, then compact if the cache is over its bound or
    /// holds too many packs; returns how many entries eviction dropped.
    fn maintain(&self) -> u64 {
        remove_stale_temps(&self.packs);
        let mut state = self.state.write().unwrap_or_else(|e| e.into_inner());
        let total: u64 = state.packs.iter().map(|p| p.size).sum();
        let over = total > self.max_size;
        if !over && state.packs.len() <= MAX_PACKS {
            return 0;
        }
        // over the bound: everything, most recently used first, down to 90%; else the
        // packs but the largest one, when it holds most of the cache
        let largest = (0..state.packs.len()).max_by_key(|&i| state.packs[i].size);
        let keep_largest = !over && largest.is_some_and(|i| state.packs[i].size * 2 >= total);
        let merged: Vec<usize> =
            (0..state.packs.len()).filter(|&i| !(keep_largest && Some(i) == largest)).collect();
        let mut candidates: Vec<(&Key, &Loc)> =
            state.index.iter().filter(|(_, loc)| merged.contains(&(loc.pack as usize))).collect();
        candidates.sort_by(|(ka, a), (kb, b)| {
            let recency = |l: &Loc| (l.used.load(Ordering::Relaxed), state.packs[l.pack as usize].modified);
            recency(b).cmp(&recency(a)).then(ka.0.cmp(&kb.0))
        });
        let budget = if over {
            (self.max_size / 10 * 9).saturating_sub((MAGIC.len() + FOOTER) as u64)
        } else {
            u64::MAX
        };
        let mut writer = match self.start() {
            Ok(writer) => writer,
            Err(e) => {
                tracing::debug!(error = %e, "could not compact the analysis cache");
                return 0;
            }
        };
        let (mut size, mut evicted) = (0u64, 0u64);
        for (key, loc) in candidates {
            let pack = &state.packs[loc.pack as usize];
            let Some(payload) = read_at(&pack.file, loc.offset, loc.len, loc.checksum) else { continue };
            if size + u64::from(loc.len) + RECORD as u64 > budget {
                evicted += 1;
                continue;
            }
            if writer.out.write_all(&payload).is_err() {
                let _ = std::fs::remove_file(&writer.temp);
                return 0;
            }
            writer.records.push((*key, writer.written, loc.len, loc.checksum));
            writer.written += u64::from(loc.len);
            size += u64::from(loc.len) + RECORD as u64;
        }
        let old: Vec<PathBuf> = merged.iter().map(|&i| state.packs[i].path.clone()).collect();
        let packs = old.len();
        if let Err(e) = self.name(writer) {
            tracing::debug!(error = %e, "could not compact the analysis cache");
            return 0;
        }
        for path in old {
            // another run may have removed it already, or still read it (Unix keeps an
            // open file readable after its removal)
            let _ = std::fs::remove_file(path);
        }
        *state = State::default();
        drop(state);
        self.reload();
        tracing::debug!(packs, evicted, bytes = size, "compacted the analysis cache");
        evicted
    }
}

impl State {
    fn add(&mut self, pack: Pack, records: Vec<Record>) {
        let id = self.packs.len() as u32;
        for (key, offset, len, checksum) in records {
            self.index.insert(key, Loc { pack: id, offset, len, checksum, used: AtomicBool::new(false) });
        }
        self.packs.push(Arc::new(pack));
    }
}

/// The packs in `dir` whose names are not in `seen`, oldest first (a newer pack's entry
/// wins): each name, with its pack and records when it is sound. An unsound one is
/// deleted (a named pack is always whole: it was renamed into place after its footer).
fn scan(dir: &Path, seen: &HashSet<OsString>) -> Vec<(OsString, Option<Pack>, Option<Vec<Record>>)> {
    let mut found: Vec<(OsString, PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| (e.file_name(), e.path()))
        .filter(|(name, _)| {
            let name = name.to_string_lossy();
            name.ends_with(".pack") && !name.starts_with(".tmp-")
        })
        .filter(|(name, _)| !seen.contains(name))
        .collect();
    // names start with the time they were published
    found.sort();
    found
        .into_iter()
        .map(|(name, path)| match open_pack(&path) {
            Ok((pack, records)) => (name, Some(pack), Some(records)),
            Err(reason) => {
                if path.exists() {
                    tracing::info!(pack = %path.display(), reason, "discarded an unreadable cache pack");
                    let _ = std::fs::remove_file(&path);
                }
                (name, None, None)
            }
        })
        .collect()
}

/// A pack and its index, checked: the magic, the footer, the index's checksum, every
/// record inside the entries' part.
fn open_pack(path: &Path) -> Result<(Pack, Vec<Record>), &'static str> {
    let file = File::open(path).map_err(|_| "cannot be opened")?;
    let meta = file.metadata().map_err(|_| "cannot be read")?;
    let size = meta.len();
    if size < (MAGIC.len() + FOOTER) as u64 {
        return Err("too short");
    }
    let mut head = [0u8; 8];
    pread(&file, &mut head, 0).map_err(|_| "cannot be read")?;
    let mut footer = [0u8; FOOTER];
    pread(&file, &mut footer, size - FOOTER as u64).map_err(|_| "cannot be read")?;
    let word = |i: usize| u64::from_le_bytes(footer[i * 8..i * 8 + 8].try_into().unwrap_or_default());
    let (start, count, sum) = (word(0), word(1), word(2));
    if &head != MAGIC || &footer[24..] != END {
        return Err("not a finished pack");
    }
    let length = count.checked_mul(RECORD as u64).ok_or("bad footer")?;
    if start < MAGIC.len() as u64 || start.checked_add(length) != Some(size - FOOTER as u64) {
        return Err("bad footer");
    }
    let mut index = vec![0u8; length as usize];
    pread(&file, &mut index, start).map_err(|_| "cannot be read")?;
    if checksum(&index) != sum {
        return Err("bad index");
    }
    let mut records = Vec::with_capacity(count as usize);
    for record in index.chunks_exact(RECORD) {
        let key = u128::from_le_bytes(record[..16].try_into().unwrap_or_default());
        let offset = u64::from_le_bytes(record[16..24].try_into().unwrap_or_default());
        let len = u32::from_le_bytes(record[24..28].try_into().unwrap_or_default());
        let sum = u64::from_le_bytes(record[28..36].try_into().unwrap_or_default());
        if offset < MAGIC.len() as u64 || offset + u64::from(len) > start {
            return Err("bad index");
        }
        records.push((Key(key), offset, len, sum));
    }
    let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
    let refreshed = AtomicBool::new(modified.elapsed().is_ok_and(|age| age < REFRESH));
    Ok((Pack { path: path.to_path_buf(), file, size, modified, refreshed }, records))
}

/// Write a pack's index and footer after its `written` bytes of entries.
fn seal(out: &mut BufWriter<File>, written: u64, records: &[Record]) -> std::io::Result<()> {
    let mut index = Vec::with_capacity(records.len() * RECORD);
    for (key, offset, len, sum) in records {
        index.extend_from_slice(&key.0.to_le_bytes());
        index.extend_from_slice(&offset.to_le_bytes());
        index.extend_from_slice(&len.to_le_bytes());
        index.extend_from_slice(&sum.to_le_bytes());
    }
    out.write_all(&index)?;
    out.write_all(&written.to_le_bytes())?;
    out.write_all(&(records.len() as u64).to_le_bytes())?;
    out.write_all(&checksum(&index).to_le_bytes())?;
    out.write_all(END)?;
    out.flush()
}

/// An entry's bytes, when they are there and match their checksum.
fn read_at(file: &File, offset: u64, len: u32, sum: u64) -> Option<Vec<u8>> {
    let mut bytes = vec![0u8; len as usize];
    pread(file, &mut bytes, offset).ok()?;
    (checksum(&bytes) == sum).then_some(bytes)
}

/// Fill `buf` from `offset` without moving the file's cursor (threads share the file).
pub(super) fn pread(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileExt as _;
        file.read_exact_at(buf, offset)
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::FileExt as _;
        let mut done = 0;
        while done < buf.len() {
            match file.seek_read(&mut buf[done..], offset + done as u64)? {
                0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
                n => done += n,
            }
        }
        Ok(())
    }
}

fn decode(payload: &[u8]) -> Option<Entry> {
    let mut input = Input::new(payload);
    let entry = Entry::take(&mut input)?;
    input.is_empty().then_some(entry)
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

/// Move a hit pack up the eviction order, once a run and only when it is a day old: reading
/// the cache does not turn into writing it.
fn refresh(pack: &Pack) {
    if !pack.refreshed.swap(true, Ordering::Relaxed)
        && let Ok(file) = File::options().append(true).open(&pack.path)
    {
        let _ = file.set_modified(SystemTime::now());
    }
}

fn remove_stale_temps(dir: &Path) {
    let now = SystemTime::now();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let stale = entry.file_name().to_string_lossy().starts_with(".tmp-")
            && entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age > STALE_TEMP));
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The size of a cache, for `aura cache stats`.
#[derive(Debug, Clone, Serialize)]
pub struct Usage {
    pub dir: String,
    pub entries: u64,
    pub bytes: u64,
    pub max_size: u64,
    /// Seconds since the Unix epoch of the oldest and newest packs.
    pub oldest: Option<u64>,
    pub newest: Option<u64>,
}

/// How much the cache at `root` holds (an entry in two packs counts once).
pub fn usage(root: &Path, max_size: u64) -> Usage {
    let packs: Vec<_> = scan(&root.join(PACKS), &HashSet::new())
        .into_iter()
        .filter_map(|(_, pack, records)| pack.zip(records))
        .collect();
    let keys: HashSet<Key> = packs.iter().flat_map(|(_, records)| records.iter().map(|r| r.0)).collect();
    let secs = |t: SystemTime| t.duration_since(SystemTime::UNIX_EPOCH).ok().map(|d| d.as_secs());
    Usage {
        dir: root.display().to_string(),
        entries: keys.len() as u64,
        bytes: packs.iter().map(|(p, _)| p.size).sum(),
        max_size,
        oldest: packs.iter().map(|(p, _)| p.modified).min().and_then(secs),
        newest: packs.iter().map(|(p, _)| p.modified).max().and_then(secs),
    }
}

/// Delete every analysis entry of the cache at `root` (other formats' too); returns how
/// many entries went. The LLM cache beside it is left alone.
pub fn clear(root: &Path) -> std::io::Result<u64> {
    let analysis = root.join("analysis");
    if !analysis.exists() {
        return Ok(0);
    }
    let entries = usage(root, 0).entries;
    std::fs::remove_dir_all(&analysis)?;
    Ok(entries)
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

    fn packs(dir: &Path) -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> = std::fs::read_dir(dir.join(PACKS))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "pack") && !p.to_string_lossy().contains(".tmp-"))
            .collect();
        found.sort();
        found
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
    fn a_run_publishes_one_pack_that_the_next_cache_reads_and_the_same_run_sees_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path(), u64::MAX, "cfg").unwrap();
        let keys: Vec<Key> = (0..5u8).map(|i| cache.key(&[i], Lang::Python, 0)).collect();
        for key in &keys {
            cache.put(key, &entry());
        }
        assert!(cache.get(&keys[0]).is_some(), "an entry this run wrote, before its pack is named");
        assert!(packs(dir.path()).is_empty(), "nothing is published before the run ends");
        assert_eq!(cache.finish().writes, 5);
        assert_eq!(packs(dir.path()).len(), 1);
        let again = Cache::open(dir.path(), u64::MAX, "cfg").unwrap();
        assert!(keys.iter().all(|k| again.get(k).is_some()));
        assert_eq!(again.finish().hits, 5);
        assert_eq!(usage(dir.path(), 0).entries, 5);
    }

    #[test]
    fn an_altered_entry_is_recomputed_and_a_torn_pack_is_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path(), u64::MAX, "cfg").unwrap();
        let (one, two) = (cache.key(b"x", Lang::Python, 0), cache.key(b"y", Lang::Python, 0));
        cache.put(&one, &entry());
        cache.put(&two, &entry());
        cache.finish();
        let pack = packs(dir.path()).remove(0);
        let mut bytes = std::fs::read(&pack).unwrap();
        bytes[MAGIC.len()] ^= 0x40;
        std::fs::write(&pack, &bytes).unwrap();

        let cache = Cache::open(dir.path(), u64::MAX, "cfg").unwrap();
        assert!(cache.get(&one).is_none(), "altered");
        assert!(cache.get(&two).is_some(), "the other entry of the pack is sound");
        cache.put(&one, &entry());
        assert_eq!(cache.finish().discarded, 1);
        assert_eq!(cache.finish().discarded, 0, "the next run counts its own");
        let cache = Cache::open(dir.path(), u64::MAX, "cfg").unwrap();
        assert!(cache.get(&one).is_some(), "the newer pack's copy wins");

        for pack in packs(dir.path()) {
            let bytes = std::fs::read(&pack).unwrap();
            std::fs::write(&pack, &bytes[..bytes.len() - 3]).unwrap();
        }
        let cache = Cache::open(dir.path(), u64::MAX, "cfg").unwrap();
        assert!(cache.get(&one).is_none() && cache.get(&two).is_none(), "torn");
        assert!(packs(dir.path()).is_empty(), "torn packs are deleted");
    }

    /// Everything the cache keeps of a real file (metrics, functions, imports, located
    /// findings, suppressions and `# noqa` codes) reads back as it was written.
    #[test]
    fn a_real_file_s_entry_reads_back_equal() {
        let src = b"import os\nfrom . import sibling\n\n\
def tangled(a, b, c, d, e, f):  # aura: ignore[SIZ003]\n\
    password = 'hunter2hunter2'  # noqa: S105\n\
    try:\n        if a and b or c:\n            return os.path.join(d, e)\n\
    except:  # TODO: narrow this\n        pass\n    return f\n";
        let set = crate::rules::RuleSet::new(&crate::config::Config::default()).unwrap();
        let policy = set.policy(Lang::Python, "m.py");
        let original = super::super::parse::measure_and_scan(
            Lang::Python,
            "m.py",
            src,
            crate::metrics::MeasureOptions::default(),
            Some((&set, &policy)),
        )
        .unwrap();
        assert_eq!(original.metrics.functions.len(), 1);
        assert_eq!(original.metrics.imports.len(), 2);
        assert!(original.scan != Scan::default(), "the scan found something to keep");

        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path(), u64::MAX, "cfg").unwrap();
        let key = cache.key(src, Lang::Python, 0);
        cache.put(&key, &original);
        cache.finish();
        let back = Cache::open(dir.path(), u64::MAX, "cfg").unwrap().get(&key).unwrap();
        assert_eq!(back.metrics, original.metrics);
        assert_eq!(back.scan, original.scan);
    }

    #[test]
    fn a_hit_on_an_old_pack_moves_it_up_the_eviction_order() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path(), u64::MAX, "cfg").unwrap();
        let key = cache.key(b"x", Lang::Python, 0);
        cache.put(&key, &entry());
        cache.finish();
        let pack = packs(dir.path()).remove(0);
        let long_ago = SystemTime::now() - 2 * REFRESH;
        File::options().append(true).open(&pack).unwrap().set_modified(long_ago).unwrap();
        assert!(Cache::open(dir.path(), u64::MAX, "cfg").unwrap().get(&key).is_some());
        let modified = std::fs::metadata(&pack).unwrap().modified().unwrap();
        assert!(modified.elapsed().unwrap() < REFRESH, "refreshed");
    }

    #[test]
    fn many_packs_are_merged_and_an_oversized_cache_keeps_what_was_used_last() {
        let dir = tempfile::tempdir().unwrap();
        let mut keys = Vec::new();
        for run in 0..=MAX_PACKS as u8 {
            let cache = Cache::open(dir.path(), u64::MAX, "cfg").unwrap();
            let key = cache.key(&[run], Lang::Python, 0);
            cache.put(&key, &entry());
            keys.push(key);
            cache.finish();
        }
        assert!(packs(dir.path()).len() <= 2, "merged: {:?}", packs(dir.path()));
        let cache = Cache::open(dir.path(), u64::MAX, "cfg").unwrap();
        assert!(keys.iter().all(|k| cache.get(k).is_some()), "merging loses nothing");
        cache.finish();

        // a bound that holds about three entries: this run's hit and its write stay
        let size = usage(dir.path(), 0).bytes;
        let mut payload = Vec::new();
        entry().put(&mut payload);
        let bound = ((MAGIC.len() + FOOTER) as u64 + 3 * (RECORD + payload.len()) as u64) * 10 / 9 + 10;
        assert!(size > bound);
        let cache = Cache::open(dir.path(), bound, "cfg").unwrap();
        assert!(cache.get(&keys[0]).is_some());
        let new = cache.key(b"new", Lang::Python, 0);
        cache.put(&new, &entry());
        let stats = cache.finish();
        assert!(stats.evicted > 0, "{stats:?}");
        let cache = Cache::open(dir.path(), bound, "cfg").unwrap();
        assert!(cache.get(&keys[0]).is_some() && cache.get(&new).is_some(), "the entries this run used stay");
        assert!(usage(dir.path(), 0).bytes <= bound);
        let entries = usage(dir.path(), 0).entries;
        assert!(entries >= 2);
        assert_eq!(clear(dir.path()).unwrap(), entries);
        assert_eq!(usage(dir.path(), 0).entries, 0);
    }
}
