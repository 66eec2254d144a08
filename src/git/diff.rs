//! Changes between trees and the index, and line hunks between two blobs.

use std::ops::ControlFlow;

use gix::ObjectId;
use gix::bstr::ByteSlice as _;
use gix::diff::blob::{Algorithm, Diff, InternedInput};
use gix::object::tree::EntryMode;

use super::{GitError, Result};

/// What happened to a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Added,
    Modified,
    /// Moved (and possibly edited): `from` holds the old path.
    Renamed,
    Deleted,
}

/// One changed file (submodules and symbolic links are left out: they have no text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The path relative to the repository root, with `/` separators.
    pub path: String,
    pub kind: ChangeKind,
    /// The blob before the change; `None` for an addition.
    pub old: Option<ObjectId>,
    /// The blob after the change; `None` for a deletion.
    pub new: Option<ObjectId>,
    /// The path before a rename.
    pub from: Option<String>,
}

impl Change {
    /// The path on the old side: `from` for a rename, else `path`.
    pub fn old_path(&self) -> &str {
        self.from.as_deref().unwrap_or(&self.path)
    }
}

/// A changed range of lines: `old_start..old_start+old_lines` became
/// `new_start..new_start+new_lines` (1-based; a count of 0 is a pure insertion or deletion,
/// whose start is the line before it, as in a unified diff's `@@` header).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Hunk {
    pub old_start: u32,
    pub old_lines: u32,
    pub new_start: u32,
    pub new_lines: u32,
}

impl Hunk {
    /// The lines of the new side this hunk added or changed.
    pub fn added(&self) -> std::ops::Range<u32> {
        self.new_start..self.new_start + self.new_lines
    }

    /// Whether the hunk changes lines `start..=end` of the new side: it adds or changes one
    /// of them, or (a pure deletion, after line `new_start`) removes lines from between two
    /// of them.
    pub fn touches(&self, start: u32, end: u32) -> bool {
        self.touches_within(start, end, 0)
    }

    /// [`Hunk::touches`] with `context` lines around the hunk counted as its own (the
    /// context a unified diff shows).
    pub fn touches_within(&self, start: u32, end: u32, context: u32) -> bool {
        if self.new_lines == 0 && context == 0 {
            return start <= self.new_start && self.new_start < end;
        }
        let first = self.new_start.saturating_sub(context).max(1);
        let last = self.new_start + self.new_lines + context; // exclusive
        first <= end && start < last
    }
}

/// The line hunks between two texts (histogram diff with git's slider heuristics).
pub fn hunks(old: &[u8], new: &[u8]) -> Vec<Hunk> {
    let input = InternedInput::new(old, new);
    let mut diff = Diff::compute(Algorithm::Histogram, &input);
    diff.postprocess_lines(&input);
    diff.hunks()
        .map(|h| {
            let start = |r: &std::ops::Range<u32>| if r.is_empty() { r.start } else { r.start + 1 };
            Hunk {
                old_start: start(&h.before),
                old_lines: h.before.len() as u32,
                new_start: start(&h.after),
                new_lines: h.after.len() as u32,
            }
        })
        .collect()
}

pub(super) fn is_text_blob(mode: EntryMode) -> bool {
    !mode.is_tree() && !mode.is_commit() && !mode.is_link()
}

/// The index against HEAD's tree.
pub(super) fn staged(repo: &gix::Repository) -> Result<Vec<Change>> {
    let tree = repo.head_tree_id_or_empty().map_err(GitError::git)?;
    let index = repo.index_or_empty().map_err(GitError::git)?;
    let mut out = Vec::new();
    repo.tree_index_status(
        &tree,
        &index,
        None,
        gix::status::tree_index::TrackRenames::Given(gix::diff::Rewrites::default()),
        |change, _, _| {
            use gix::diff::index::ChangeRef;
            let change = match change {
                ChangeRef::Addition { location, entry_mode, id, .. } => entry_mode
                    .to_tree_entry_mode()
                    .filter(|m| is_text_blob(*m))
                    .map(|_| (location, ChangeKind::Added, None, Some(id.into_owned()))),
                ChangeRef::Deletion { location, entry_mode, id, .. } => entry_mode
                    .to_tree_entry_mode()
                    .filter(|m| is_text_blob(*m))
                    .map(|_| (location, ChangeKind::Deleted, Some(id.into_owned()), None)),
                ChangeRef::Modification { location, entry_mode, previous_id, id, .. } => {
                    entry_mode.to_tree_entry_mode().filter(|m| is_text_blob(*m)).map(|_| {
                        (
                            location,
                            ChangeKind::Modified,
                            Some(previous_id.into_owned()),
                            Some(id.into_owned()),
                        )
                    })
                }
                ChangeRef::Rewrite { source_location, location, entry_mode, source_id, id, copy, .. } => {
                    if entry_mode.to_tree_entry_mode().is_some_and(is_text_blob) {
                        let (kind, old) = if copy {
                            (ChangeKind::Added, None)
                        } else {
                            (ChangeKind::Renamed, Some(source_id.into_owned()))
                        };
                        out.push(Change {
                            path: location.to_str_lossy().into_owned(),
                            kind,
                            old,
                            new: Some(id.into_owned()),
                            from: (!copy).then(|| source_location.to_str_lossy().into_owned()),
                        });
                    }
                    None
                }
            };
            if let Some((location, kind, old, new)) = change {
                out.push(Change { path: location.to_str_lossy().into_owned(), kind, old, new, from: None });
            }
            Ok(ControlFlow::Continue(()))
        },
    )
    .map_err(GitError::git)?;
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// Commit `from`'s tree (or the empty tree) against commit `to`'s.
pub(super) fn commits(repo: &gix::Repository, from: Option<ObjectId>, to: ObjectId) -> Result<Vec<Change>> {
    let tree_of = |id: ObjectId| -> Result<gix::Tree<'_>> {
        let commit = repo.find_commit(id).map_err(GitError::git)?;
        commit.tree().map_err(GitError::git)
    };
    let new_tree = tree_of(to)?;
    let old_tree = from.map(tree_of).transpose()?;
    let mut options = gix::diff::Options::default();
    options.track_path().track_rewrites(Some(gix::diff::Rewrites::default()));
    let changes =
        repo.diff_tree_to_tree(old_tree.as_ref(), Some(&new_tree), Some(options)).map_err(GitError::git)?;
    let mut out = Vec::new();
    for change in changes {
        use gix::object::tree::diff::ChangeDetached as C;
        let change = match change {
            C::Addition { location, entry_mode, id, .. } if is_text_blob(entry_mode) => {
                Some((location, ChangeKind::Added, None, Some(id)))
            }
            C::Deletion { location, entry_mode, id, .. } if is_text_blob(entry_mode) => {
                Some((location, ChangeKind::Deleted, Some(id), None))
            }
            C::Modification { location, entry_mode, previous_id, id, .. } if is_text_blob(entry_mode) => {
                Some((location, ChangeKind::Modified, Some(previous_id), Some(id)))
            }
            C::Rewrite { source_location, location, entry_mode, source_id, id, copy, .. }
                if is_text_blob(entry_mode) =>
            {
                let (kind, old) =
                    if copy { (ChangeKind::Added, None) } else { (ChangeKind::Renamed, Some(source_id)) };
                out.push(Change {
                    path: location.to_str_lossy().into_owned(),
                    kind,
                    old,
                    new: Some(id),
                    from: (!copy).then(|| source_location.to_str_lossy().into_owned()),
                });
                None
            }
            _ => None,
        };
        if let Some((location, kind, old, new)) = change {
            out.push(Change { path: location.to_str_lossy().into_owned(), kind, old, new, from: None });
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunks_are_one_based_like_unified_diff_headers() {
        let old = b"a\nb\nc\nd\n";
        let new = b"a\nB\nc\nd\ne\n";
        let h = hunks(old, new);
        assert_eq!(
            h,
            vec![
                Hunk { old_start: 2, old_lines: 1, new_start: 2, new_lines: 1 },
                Hunk { old_start: 4, old_lines: 0, new_start: 5, new_lines: 1 },
            ]
        );
        assert_eq!(h[1].added(), 5..6);
    }

    #[test]
    fn a_hunk_touches_the_lines_it_changes_and_a_deletion_those_around_it() {
        let change = Hunk { old_start: 4, old_lines: 1, new_start: 4, new_lines: 2 };
        assert!(
            change.touches(1, 4) && change.touches(5, 9) && !change.touches(6, 9) && !change.touches(1, 3)
        );
        assert!(change.touches_within(7, 9, 2) && !change.touches_within(8, 9, 2));
        // lines removed after line 5: inside a span that goes on past it, not at its end
        let deletion = Hunk { old_start: 6, old_lines: 2, new_start: 5, new_lines: 0 };
        assert!(deletion.touches(3, 6) && deletion.touches(5, 9));
        assert!(!deletion.touches(1, 5), "after the last line: the span itself is whole");
        assert!(!deletion.touches(5, 5), "a one-line span has no inside");
        assert!(deletion.touches_within(5, 5, 3));
    }

    #[test]
    fn a_new_file_is_one_hunk_of_all_its_lines() {
        let h = hunks(b"", b"x\ny\n");
        assert_eq!(h, vec![Hunk { old_start: 0, old_lines: 0, new_start: 1, new_lines: 2 }]);
    }
}
