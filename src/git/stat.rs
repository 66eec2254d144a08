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
        let relative = path.strip_prefix(&self.workdir).ok()?;
        let relative = gix::path::to_unix_separators_on_windows(gix::path::into_bstr(relative).ok()?);
        let entry = self.index.entry_by_path(relative.as_bstr())?;
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

/// The blob id git gives `bytes` (SHA-1 of `blob <len>\0` and the bytes).
pub fn blob_id(bytes: &[u8]) -> ObjectId {
    gix::objs::compute_hash(gix::hash::Kind::Sha1, gix::objs::Kind::Blob, bytes)
        .unwrap_or_else(|_| gix::hash::ObjectId::null(gix::hash::Kind::Sha1))
}
