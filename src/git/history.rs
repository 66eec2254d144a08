//! History walks for churn: the commits of a window, each diffed against its first parent,
//! with renames followed.

use std::collections::HashSet;

use gix::ObjectId;
use gix::revision::walk::Sorting;
use gix::traverse::commit::simple::CommitTimeOrder;

use super::{Change, GitError, Result};

/// Which commits a history walk visits: those reachable from the tip whose committer time
/// is at or after `since`, at most `max_commits` of them (merges not counted).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Window {
    /// Seconds since the Unix epoch; `None`: no time limit.
    pub since: Option<i64>,
    /// `None`: no count limit.
    pub max_commits: Option<usize>,
}

/// A non-merge commit of the window and the files it touched.
#[derive(Debug, Clone)]
pub struct TouchingCommit {
    pub id: ObjectId,
    /// Committer time, seconds since the Unix epoch.
    pub time: i64,
    /// The files it changed against its first parent (renames tracked), sorted by path.
    pub touched: Vec<Change>,
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
        let touched = super::diff::commits(repo, first, info.id)?;
        history.commits.push(TouchingCommit { id: info.id, time, touched });
    }
    Ok(history)
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
