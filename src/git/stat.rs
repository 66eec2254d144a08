//! The index as `git status` uses it: a file whose stat data (size, times, inode) match its
//! index entry holds the entry's blob, so its blob id is known without reading it.

use std::path::{Path, PathBuf};

use gix::bstr::ByteSlice as _;
use gix::index::entry::{Flags, Mode, Stat, stat};

use super::{GitError, ObjectId, Repo, Result};

/// The index of a working tree, for looking up files' blob ids by their stat data.
pub struct StatIndex {
    workdir: PathBuf,
    index: gix::index::File,
    options: stat::Options,
}

impl StatIndex {
    /// The blob id of the file at `path` (absolute), when the index vouches for its content:
    /// a regular file at stage 0 or ours, not intent-to-add nor skip-worktree, whose stat
    /// data match the entry and whose entry is not racily clean (modified in the second the
    /// index was written).
    pub fn blob_id(&self, path: &Path) -> Option<ObjectId> {
        let entry = self.entry(path)?;
        if !matches!(entry.mode, Mode::FILE | Mode::FILE_EXECUTABLE)
            || entry.flags.intersects(Flags::INTENT_TO_ADD | Flags::SKIP_WORKTREE)
            || entry.stat.is_racy(self.index.timestamp(), self.options)
        {
            return None;
        }
        let metadata = gix::index::fs::Metadata::from_path_no_follow(path).ok()?;
        let on_disk = Stat::from_fs(&metadata).ok()?;
        entry.stat.matches(&on_disk, self.options).then_some(entry.id)
    }
}

impl Repo {
    /// The index for stat lookups, or `None` when the repository has no working tree or
    /// its files may differ from their blobs: `core.autocrlf`, or a `.gitattributes` at the
    /// root that converts line endings or runs filters (then a blob id is not the hash of
    /// the file's bytes).
    pub fn stat_index(&self) -> Result<Option<StatIndex>> {
        let Some(workdir) = self.workdir() else { return Ok(None) };
        let converts = self.config("core.autocrlf").is_some_and(|(value, _)| {
            !matches!(value.to_ascii_lowercase().as_str(), "false" | "0" | "no" | "off")
        });
        let attributes = std::fs::read_to_string(workdir.join(".gitattributes")).unwrap_or_default();
        let filtered = ["eol", "text", "crlf", "filter", "ident", "working-tree-encoding"]
            .iter()
            .any(|attribute| attributes.contains(attribute));
        if converts || filtered {
            return Ok(None);
        }
        self.plain_index()
    }
}

/// The blob id git gives `bytes` (SHA-1 of `blob <len>\0` and the bytes).
pub fn blob_id(bytes: &[u8]) -> ObjectId {
    gix::objs::compute_hash(gix::hash::Kind::Sha1, gix::objs::Kind::Blob, bytes)
        .unwrap_or_else(|_| gix::hash::ObjectId::null(gix::hash::Kind::Sha1))
}

/// The files that differ between a revision and the working tree: committed since it,
/// staged, modified in the working tree, or untracked (the walk, which honours the ignore
/// files, decides which untracked files count).
pub struct ChangedSince {
    /// Absolute paths of the files changed between the revision and the index.
    committed_or_staged: std::collections::HashSet<PathBuf>,
    index: Option<StatIndex>,
}

impl ChangedSince {
    /// Whether the file at `path` (absolute) differs from the revision: changed between the
    /// revision and the index, not in the index (untracked), or different from its index
    /// entry (stat data that do not vouch for it, then a content that differs).
    pub fn contains(&self, path: &Path) -> bool {
        if self.committed_or_staged.contains(path) {
            return true;
        }
        let Some(index) = &self.index else { return true };
        let Some(entry) = index.entry(path) else { return true };
        if index.blob_id(path).is_some() {
            return false;
        }
        std::fs::read(path).map_or(true, |bytes| blob_id(&bytes) != entry.id)
    }
}

impl StatIndex {
    /// The index entry of the file at `path` (absolute).
    fn entry(&self, path: &Path) -> Option<&gix::index::Entry> {
        let relative = path.strip_prefix(&self.workdir).ok()?;
        let relative = gix::path::to_unix_separators_on_windows(gix::path::into_bstr(relative).ok()?);
        self.index.entry_by_path(relative.as_bstr())
    }
}

impl Repo {
    /// What differs between revision `rev` and the working tree (see [`ChangedSince`]).
    pub fn changed_since(&self, rev: &str) -> Result<ChangedSince> {
        let workdir = self.require_workdir("--changed-since")?.to_path_buf();
        let since = self.rev_parse(rev)?;
        let mut paths = std::collections::HashSet::new();
        if let Some(head) = self.head()? {
            for change in self.diff_commits(Some(since), head)? {
                paths.insert(workdir.join(&change.path));
            }
        }
        for change in self.staged()? {
            paths.insert(workdir.join(&change.path));
        }
        // with line-ending conversion the stat data still tell an untouched file, as they
        // tell `git status`; a touched one is compared by content
        let index = match self.stat_index()? {
            Some(index) => Some(index),
            None => self.plain_index()?,
        };
        Ok(ChangedSince { committed_or_staged: paths, index })
    }

    /// The index without the conversions check, for content comparisons.
    fn plain_index(&self) -> Result<Option<StatIndex>> {
        let Some(workdir) = self.workdir() else { return Ok(None) };
        let index = match self.inner.open_index() {
            Ok(index) => index,
            // no index yet (a repository without commits nor staged files)
            Err(_) if !self.inner.index_path().exists() => return Ok(None),
            Err(e) => return Err(GitError::git(e)),
        };
        let options = self.inner.stat_options().map_err(GitError::git)?;
        Ok(Some(StatIndex { workdir: workdir.to_path_buf(), index, options }))
    }
}
