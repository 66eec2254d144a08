//! History walks for churn: the commits of a window, each diffed against its first parent,
//! with renames followed.

use std::collections::HashSet;

use gix::ObjectId;
use gix::bstr::ByteSlice as _;
use gix::object::tree::EntryMode;
use gix::revision::walk::Sorting;
use gix::traverse::commit::simple::CommitTimeOrder;

use super::{GitError, Result};

/// Which commits a history walk visits: those reachable from the tip whose committer time
/// is at or after `since`, at most `max_commits` of them (merges not counted).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Window {
    /// Seconds since the Unix epoch; `None`: no time limit.
    pub since: Option<i64>,
    /// `None`: no count limit.
    pub max_commits: Option<usize>,
}

/// One file a commit touched, relative to its first parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Touch {
    /// The path after the commit, relative to the repository root (for a deletion: before).
    pub path: String,
    /// The path before the commit when the commit renamed the file.
    pub renamed_from: Option<String>,
    /// The blob before the commit; `None` for an addition.
    pub old: Option<ObjectId>,
    /// The blob after the commit; `None` for a deletion.
    pub new: Option<ObjectId>,
}

/// A non-merge commit of the window and the files it touched.
#[derive(Debug, Clone)]
pub struct TouchingCommit {
    pub id: ObjectId,
    /// Committer time, seconds since the Unix epoch.
    pub time: i64,
    pub touched: Vec<Touch>,
}

/// The result of a history walk.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// Newest first (by committer time).
    pub commits: Vec<TouchingCommit>,
    /// Merge commits in the window, skipped as `git log --no-merges` does.
    pub merges: usize,
    /// The walk reached a shallow clone's boundary inside the window: older history is
    /// missing, so churn is limited to the fetched commits (the boundary commit itself,
    /// whose parent is missing, is left out).
    pub cut_by_shallow: bool,
}

/// The committer time of a commit, in seconds since the Unix epoch.
pub(super) fn commit_time(repo: &gix::Repository, id: ObjectId) -> Result<i64> {
    let commit = repo.find_commit(id).map_err(GitError::git)?;
    Ok(commit.time().map_err(GitError::git)?.seconds)
}

/// Walk `tip`'s history newest first within `window`, diffing each non-merge commit
/// against its first parent (a root commit against the empty tree) with rename tracking.
pub(super) fn walk(repo: &gix::Repository, tip: ObjectId, window: &Window) -> Result<History> {
    let sorting = match window.since {
        Some(seconds) => Sorting::ByCommitTimeCutoff { order: CommitTimeOrder::NewestFirst, seconds },
        None => Sorting::ByCommitTime(CommitTimeOrder::NewestFirst),
    };
    let shallow: HashSet<ObjectId> = match repo.shallow_commits().map_err(GitError::git)? {
        Some(commits) => commits.iter().copied().collect(),
        None => HashSet::new(),
    };
    let walk = repo.rev_walk([tip]).sorting(sorting).all().map_err(GitError::git)?;
    let mut options = gix::diff::Options::default();
    options.track_path().track_rewrites(Some(gix::diff::Rewrites::default()));
    let mut history = History::default();
    for info in walk {
        if window.max_commits.is_some_and(|max| history.commits.len() >= max) {
            break;
        }
        let info = info.map_err(GitError::git)?;
        let commit = info.object().map_err(GitError::git)?;
        let time = match info.commit_time {
            Some(t) => t,
            None => commit.time().map_err(GitError::git)?.seconds,
        };
        if window.since.is_some_and(|since| time < since) {
            continue;
        }
        if shallow.contains(&info.id) {
            // its parents were not fetched: a diff against nothing would count every file
            history.cut_by_shallow = true;
            continue;
        }
        let mut parents = commit.parent_ids();
        let first = parents.next().map(|p| p.detach());
        if parents.next().is_some() {
            history.merges += 1;
            continue;
        }
        let new_tree = commit.tree().map_err(GitError::git)?;
        let old_tree = match first {
            Some(p) => Some(repo.find_commit(p).map_err(GitError::git)?.tree().map_err(GitError::git)?),
            None => None,
        };
        let changes = repo
            .diff_tree_to_tree(old_tree.as_ref(), Some(&new_tree), Some(options))
            .map_err(GitError::git)?;
        let mut touched = Vec::new();
        for change in changes {
            use gix::object::tree::diff::ChangeDetached as C;
            let touch = match change {
                C::Addition { location, entry_mode, id, .. } if is_file(entry_mode) => {
                    Touch { path: path(&location), renamed_from: None, old: None, new: Some(id) }
                }
                C::Deletion { location, entry_mode, id, .. } if is_file(entry_mode) => {
                    Touch { path: path(&location), renamed_from: None, old: Some(id), new: None }
                }
                C::Modification { location, entry_mode, previous_id, id, .. } if is_file(entry_mode) => {
                    Touch { path: path(&location), renamed_from: None, old: Some(previous_id), new: Some(id) }
                }
                C::Rewrite { source_location, source_id, location, id, entry_mode, copy, .. }
                    if is_file(entry_mode) =>
                {
                    // a copy leaves its source in place: the new file starts its own history
                    let (renamed_from, old) =
                        if copy { (None, None) } else { (Some(path(&source_location)), Some(source_id)) };
                    Touch { path: path(&location), renamed_from, old, new: Some(id) }
                }
                _ => continue,
            };
            touched.push(touch);
        }
        touched.sort_by(|a, b| a.path.cmp(&b.path));
        history.commits.push(TouchingCommit { id: info.id, time, touched });
    }
    Ok(history)
}

fn is_file(mode: EntryMode) -> bool {
    !mode.is_tree() && !mode.is_commit() && !mode.is_link()
}

fn path(location: &[u8]) -> String {
    location.to_str_lossy().into_owned()
}

/// The line hunks of each blob pair (a missing side is an empty text), computed in
/// parallel with one repository handle per worker thread.
pub(super) fn hunks_of(
    repo: &gix::Repository,
    pairs: &[(Option<ObjectId>, Option<ObjectId>)],
) -> Result<Vec<Vec<super::Hunk>>> {
    use rayon::prelude::*;
    let shared = repo.clone().into_sync();
    pairs
        .par_iter()
        .map_init(
            || shared.to_thread_local(),
            |repo, (old, new)| {
                let read = |id: &Option<ObjectId>| -> Result<Vec<u8>> {
                    match id {
                        Some(id) => Ok(repo.find_blob(*id).map_err(GitError::git)?.take_data()),
                        None => Ok(Vec::new()),
                    }
                };
                Ok(super::hunks(&read(old)?, &read(new)?))
            },
        )
        .collect()
}
