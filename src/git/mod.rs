//! The git layer: everything aura reads from a repository goes through gix, in process
//! (SPEC 7). Discovery honours the environment git gives hooks (`GIT_DIR`,
//! `GIT_INDEX_FILE`), so a `pre-commit` hook sees the index being committed.

mod diff;
mod history;
mod stat;

use std::path::{Path, PathBuf};

use gix::bstr::ByteSlice as _;

pub mod hooks;

pub use diff::{Change, ChangeKind, Hunk, hunks};
pub use gix::ObjectId;
pub use history::{History, TouchingCommit, Window};
pub use stat::{ChangedSince, StatIndex, blob_id};

/// Why a git operation failed, in words a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("{} is not inside a git repository (aura needs one for this command; run `git init` or use -C DIR)", .0.display())]
    NotARepository(PathBuf),
    #[error("the repository has no commits yet (HEAD is unborn); make a first commit, then try again")]
    NoCommits,
    #[error("revision `{rev}` not found{hint}")]
    MissingRevision { rev: String, hint: String },
    #[error("`{0}` needs a repository with a working tree (this one is bare)")]
    Bare(&'static str),
    #[error("git: {0}")]
    Git(String),
}

impl GitError {
    fn git(e: impl std::fmt::Display) -> Self {
        Self::Git(e.to_string())
    }
}

pub type Result<T, E = GitError> = std::result::Result<T, E>;

/// One commit of a history walk.
#[derive(Debug, Clone)]
pub struct CommitInfo {
    pub id: ObjectId,
    /// The raw message, as stored.
    pub message: String,
    pub author: String,
    /// Seconds since the Unix epoch (author time).
    pub time: i64,
    pub parents: usize,
}

impl CommitInfo {
    /// The first seven hex digits of the id.
    pub fn short_id(&self) -> String {
        self.id.to_hex_with_len(7).to_string()
    }
}

/// Where a configuration value came from, as far as aura cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigScope {
    /// `.git/config` or `config.worktree`: this repository only.
    Repository,
    /// `~/.gitconfig`, the system file, the environment or the command line.
    Global,
}

/// An open repository.
pub struct Repo {
    inner: gix::Repository,
}

impl Repo {
    /// Find the repository that contains `dir`, as git would (honouring `GIT_DIR`,
    /// `GIT_WORK_TREE` and `GIT_INDEX_FILE`).
    pub fn discover(dir: &Path) -> Result<Self> {
        match gix::ThreadSafeRepository::discover_with_environment_overrides(dir) {
            Ok(repo) => Ok(Self { inner: repo.to_thread_local() }),
            Err(e) => match e.downcast_any_ref::<gix::discover::upwards::Error>() {
                Some(
                    gix::discover::upwards::Error::NoGitRepository { .. }
                    | gix::discover::upwards::Error::NoGitRepositoryWithinCeiling { .. }
                    | gix::discover::upwards::Error::NoGitRepositoryWithinFs { .. },
                ) => Err(GitError::NotARepository(dir.to_path_buf())),
                _ => Err(GitError::git(e)),
            },
        }
    }

    /// The gix repository, for what this layer does not wrap.
    pub fn gix(&self) -> &gix::Repository {
        &self.inner
    }

    /// The top of the working tree; `None` in a bare repository.
    pub fn workdir(&self) -> Option<&Path> {
        self.inner.workdir()
    }

    /// The top of the working tree, or an error naming `what` needs one.
    pub fn require_workdir(&self, what: &'static str) -> Result<&Path> {
        self.workdir().ok_or(GitError::Bare(what))
    }

    /// This worktree's private git directory (`.git`, or `.git/worktrees/NAME`).
    pub fn git_dir(&self) -> &Path {
        self.inner.git_dir()
    }

    /// The directory shared by all worktrees (where `hooks/` lives).
    pub fn common_dir(&self) -> &Path {
        self.inner.common_dir()
    }

    /// Whether this is a shallow clone (its history is cut short).
    pub fn is_shallow(&self) -> bool {
        self.inner.is_shallow().unwrap_or(false)
    }

    /// The commit HEAD points at; `None` in a repository without commits.
    pub fn head(&self) -> Result<Option<ObjectId>> {
        let head = self.inner.head().map_err(GitError::git)?;
        Ok(head.id().map(|id| id.detach()))
    }

    /// The commit HEAD points at, or a clear error when there is none.
    pub fn head_commit(&self) -> Result<ObjectId> {
        self.head()?.ok_or(GitError::NoCommits)
    }

    /// The short name of the checked-out branch; `None` on a detached or unborn HEAD
    /// (for unborn, the branch name it will get).
    pub fn branch(&self) -> Option<String> {
        let head = self.inner.head().ok()?;
        if head.is_detached() {
            return None;
        }
        head.referent_name().map(|n| n.shorten().to_string())
    }

    /// Resolve a revision (`main`, `HEAD~2`, a tag, an abbreviated id) to a commit.
    pub fn rev_parse(&self, rev: &str) -> Result<ObjectId> {
        let missing = || {
            let hint = if self.is_shallow() {
                " (this is a shallow clone: fetch more history, e.g. `git fetch --unshallow` or `fetch-depth: 0` in CI)"
                    .to_owned()
            } else {
                String::new()
            };
            GitError::MissingRevision { rev: rev.to_owned(), hint }
        };
        let id = self.inner.rev_parse_single(rev.as_bytes().as_bstr()).map_err(|_| missing())?;
        let object = id.object().map_err(|_| missing())?;
        let commit = object.peel_to_commit().map_err(|_| missing())?;
        Ok(commit.id)
    }

    /// The best common ancestor of two commits, as `git merge-base` finds it; a clear
    /// error when there is none (unrelated histories, or a shallow clone cut it off).
    pub fn merge_base(&self, one: ObjectId, two: ObjectId) -> Result<ObjectId> {
        match self.inner.merge_base(one, two) {
            Ok(Some(id)) => Ok(id.detach()),
            Ok(None) | Err(_) => {
                let (a, b) = (one.to_hex_with_len(7), two.to_hex_with_len(7));
                let hint = if self.is_shallow() {
                    "this is a shallow clone: fetch the whole history (`fetch-depth: 0` in \
                     actions/checkout, `GIT_DEPTH: 0` on GitLab, or `git fetch --unshallow`)"
                } else {
                    "their histories are unrelated"
                };
                Err(GitError::Git(format!("no common ancestor of {a} and {b}: {hint}")))
            }
        }
    }

    /// Every file (blob) in the index, with its path and blob id.
    pub fn index_files(&self) -> Result<Vec<(String, ObjectId)>> {
        let index = self.inner.index_or_empty().map_err(GitError::git)?;
        Ok(index
            .entries()
            .iter()
            .filter(|e| e.mode.to_tree_entry_mode().is_some_and(diff::is_text_blob))
            .map(|e| (e.path(&index).to_str_lossy().into_owned(), e.id))
            .collect())
    }

    /// A handle other threads can open the repository from (blob reads in parallel).
    pub fn shared(&self) -> gix::ThreadSafeRepository {
        self.inner.clone().into_sync()
    }

    /// Every file (blob) in commit `id`'s tree, with its path and blob id.
    pub fn tree_files(&self, id: ObjectId) -> Result<Vec<(String, ObjectId)>> {
        let commit = self.inner.find_commit(id).map_err(GitError::git)?;
        let tree = commit.tree().map_err(GitError::git)?;
        let mut recorder = gix::traverse::tree::Recorder::default();
        tree.traverse().breadthfirst(&mut recorder).map_err(GitError::git)?;
        Ok(recorder
            .records
            .into_iter()
            .filter(|e| diff::is_text_blob(e.mode))
            .map(|e| (e.filepath.to_str_lossy().into_owned(), e.oid))
            .collect())
    }

    /// A configuration value, with the scope that set it.
    pub fn config(&self, key: &str) -> Option<(String, ConfigScope)> {
        let snapshot = self.inner.config_snapshot();
        let file = snapshot.plumbing();
        let local = |m: &gix::config::file::Metadata| {
            matches!(m.source, gix::config::Source::Local | gix::config::Source::Worktree)
        };
        if let Some(v) = file.string_filter(key, local) {
            return Some((v.to_str_lossy().into_owned(), ConfigScope::Repository));
        }
        file.string(key).map(|v| (v.to_str_lossy().into_owned(), ConfigScope::Global))
    }

    /// The character git strips comment lines by (`core.commentChar`, `#` by default;
    /// `auto` falls back to `#`, which is what git picks unless the message uses it).
    pub fn comment_char(&self) -> String {
        match self.config("core.commentChar") {
            Some((c, _)) if !c.is_empty() && c != "auto" => c,
            _ => "#".into(),
        }
    }

    /// A blob's bytes.
    pub fn blob(&self, id: ObjectId) -> Result<Vec<u8>> {
        let blob = self.inner.find_blob(id).map_err(GitError::git)?;
        Ok(blob.data.clone())
    }

    /// What is staged: the index against HEAD (against nothing in a repository without
    /// commits), with renames found as git finds them (50% similar content).
    pub fn staged(&self) -> Result<Vec<Change>> {
        diff::staged(&self.inner)
    }

    /// What changed from commit `from` to commit `to` (`from = None`: everything in `to`),
    /// with renames found as git finds them (50% similar content).
    pub fn diff_commits(&self, from: Option<ObjectId>, to: ObjectId) -> Result<Vec<Change>> {
        diff::commits(&self.inner, from, to)
    }

    /// The commits reachable from `to` and from none of `hidden`, newest first.
    pub fn log(&self, hidden: &[ObjectId], to: ObjectId) -> Result<Vec<CommitInfo>> {
        let walk = self.inner.rev_walk([to]).with_hidden(hidden.iter().copied());
        let walk = walk.all().map_err(GitError::git)?;
        let mut out = Vec::new();
        for info in walk {
            let info = info.map_err(GitError::git)?;
            let commit = info.object().map_err(GitError::git)?;
            let message = commit.message_raw_sloppy().to_str_lossy().into_owned();
            let (author, time) = match commit.author() {
                Ok(sig) => (sig.name.to_str_lossy().into_owned(), sig.seconds()),
                Err(_) => (String::new(), 0),
            };
            out.push(CommitInfo { id: info.id, message, author, time, parents: commit.parent_ids().count() });
        }
        Ok(out)
    }

    /// The non-merge commits of `tip`'s history inside `window`, newest first, each with
    /// the files it changed against its first parent (renames tracked), for churn.
    pub fn history(&self, tip: ObjectId, window: &Window) -> Result<History> {
        history::walk(&self.inner, tip, window)
    }

    /// The line hunks between each pair of blobs (`None`: an empty side), in parallel.
    pub fn hunks_between(&self, pairs: &[(Option<ObjectId>, Option<ObjectId>)]) -> Result<Vec<Vec<Hunk>>> {
        history::hunks_of(&self.inner, pairs)
    }

    /// A commit's committer time, in seconds since the Unix epoch.
    pub fn commit_time(&self, id: ObjectId) -> Result<i64> {
        history::commit_time(&self.inner, id)
    }

    /// The newest commit in `to`'s history (itself included) that `wanted` accepts, walking
    /// newest first as `git describe` does.
    pub fn nearest(
        &self,
        to: ObjectId,
        mut wanted: impl FnMut(&ObjectId) -> bool,
    ) -> Result<Option<ObjectId>> {
        let walk = self.inner.rev_walk([to]).all().map_err(GitError::git)?;
        for info in walk {
            let info = info.map_err(GitError::git)?;
            if wanted(&info.id) {
                return Ok(Some(info.id));
            }
        }
        Ok(None)
    }

    /// The commits the remote-tracking branches (`refs/remotes/`) point at.
    pub fn remote_tips(&self) -> Result<Vec<ObjectId>> {
        let refs = self.inner.references().map_err(GitError::git)?;
        let mut out = Vec::new();
        for r in refs.remote_branches().map_err(GitError::git)? {
            let Ok(mut r) = r else { continue };
            if let Ok(commit) = r.peel_to_commit() {
                out.push(commit.id);
            }
        }
        Ok(out)
    }

    /// Every tag with the commit it points at.
    pub fn tags(&self) -> Result<Vec<(String, ObjectId)>> {
        let refs = self.inner.references().map_err(GitError::git)?;
        let mut out = Vec::new();
        for r in refs.tags().map_err(GitError::git)? {
            let Ok(mut r) = r else { continue };
            let name = r.name().shorten().to_string();
            if let Ok(commit) = r.peel_to_commit() {
                out.push((name, commit.id));
            }
        }
        Ok(out)
    }
}
