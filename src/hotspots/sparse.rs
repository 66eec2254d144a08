//! A window with too few commits to rank by churn, and the wider `--since` that would
//! hold enough.

use super::{HotspotsError, Request, WindowSummary};
use crate::git::{Repo, Window};

/// Below this many commits a window says little: most files have zero to two commits,
/// so `commits × complexity` is the complexity ranking with ties, and one commit moves a
/// file to the top. Ten is a few weeks of a small team's work.
pub const FEW_COMMITS: usize = 10;

const DAY: i64 = 86_400;

/// What to tell about a window of fewer than [`FEW_COMMITS`] commits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sparse {
    /// A wider `--since` (as written on the command line) holds [`FEW_COMMITS`] commits.
    Widen {
        /// The window's commits.
        commits: usize,
        /// The `--since` value to suggest, such as `6m`, or `all`.
        since: String,
        /// The commits that window holds.
        holds: usize,
    },
    /// The window already holds the whole history: no window holds more.
    WholeHistory {
        /// The history's non-merge commits.
        commits: usize,
    },
}

impl Sparse {
    /// One line for standard error.
    pub fn message(&self, request: &Request) -> String {
        match self {
            Self::Widen { commits, since, holds } => {
                let or_all = if since == "all" { "" } else { " or `--since all`" };
                format!(
                    "the window (--since {}) holds only {} non-merge commit{}, too few to rank by \
                     churn (fewer than {FEW_COMMITS}); widen it with `--since {since}` (it holds \
                     {holds}){or_all}",
                    request.since,
                    commits,
                    if *commits == 1 { "" } else { "s" },
                )
            }
            Self::WholeHistory { commits } => format!(
                "the whole history holds only {} non-merge commit{}: too few to rank by churn \
                 (fewer than {FEW_COMMITS}); the ranking is mostly complexity",
                commits,
                if *commits == 1 { "" } else { "s" },
            ),
        }
    }
}

/// `None` when the window holds enough commits, was cut by `--max-commits` (the count
/// the user chose) or by a shallow clone (reported on its own).
pub fn check(
    repo: &Repo,
    request: &Request,
    window: &WindowSummary,
) -> Result<Option<Sparse>, HotspotsError> {
    let commits = window.commits;
    if commits >= FEW_COMMITS || window.shallow || request.max_commits.is_some_and(|max| commits >= max) {
        return Ok(None);
    }
    // the newest FEW_COMMITS commits of the whole history: the oldest of them is how far
    // back a window must reach
    let newest = repo.history(request.head, &Window { since: None, max_commits: Some(FEW_COMMITS) })?;
    if newest.commits.len() <= commits {
        return Ok(Some(Sparse::WholeHistory { commits }));
    }
    let head_time = repo.commit_time(request.head)?;
    let oldest = newest.commits.iter().map(|c| c.time).min().unwrap_or(head_time);
    if newest.commits.len() < FEW_COMMITS {
        // fewer than FEW_COMMITS in the whole history, but more than the window has
        let holds = newest.commits.len();
        return Ok(Some(Sparse::Widen { commits, since: "all".to_owned(), holds }));
    }
    Ok(Some(Sparse::Widen { commits, since: round_up(head_time - oldest), holds: FEW_COMMITS }))
}

/// A `--since` duration at least `seconds` long, in the largest unit that stays readable.
fn round_up(seconds: i64) -> String {
    let days = (seconds.max(0) + DAY - 1) / DAY;
    let days = days.max(1);
    let ceil = |unit: i64| (days + unit - 1) / unit;
    if days <= 14 {
        format!("{days}d")
    } else if days <= 8 * 7 {
        format!("{}w", ceil(7))
    } else if days <= 24 * 30 {
        format!("{}m", ceil(30))
    } else {
        format!("{}y", ceil(365))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hotspots::Since;

    #[test]
    fn rounds_up_to_a_readable_unit_that_covers_the_span() {
        assert_eq!(round_up(0), "1d");
        assert_eq!(round_up(3 * DAY + 1), "4d");
        assert_eq!(round_up(20 * DAY), "3w");
        assert_eq!(round_up(100 * DAY), "4m");
        assert_eq!(round_up(800 * DAY), "3y");
        for days in [1, 13, 15, 57, 200, 721, 3000] {
            let text = round_up(days * DAY);
            let Ok(Since::Before(seconds)) = text.parse::<Since>() else { panic!("{text}") };
            assert!(seconds >= days * DAY, "{text} covers {days} days");
        }
    }
}
