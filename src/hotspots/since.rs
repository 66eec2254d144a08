//! `--since`: how far back churn is counted, and the dates reports print.

use std::fmt;
use std::str::FromStr;

const DAY: i64 = 86_400;

/// The start of the churn window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    /// This many seconds before HEAD's commit time (so a rerun on the same commit gives the
    /// same answer whatever the clock says).
    Before(i64),
    /// From this moment (seconds since the Unix epoch).
    At(i64),
    /// The whole history.
    All,
}

impl Default for Since {
    fn default() -> Self {
        Self::Before(90 * DAY)
    }
}

impl Since {
    /// The window's first second, given HEAD's commit time; `None` for the whole history.
    pub fn cutoff(&self, head_time: i64) -> Option<i64> {
        match *self {
            Self::Before(seconds) => Some(head_time - seconds),
            Self::At(at) => Some(at),
            Self::All => None,
        }
    }
}

impl FromStr for Since {
    type Err = String;

    /// `90d`, `12w`, `6m` (months of 30 days), `1y` (365 days), a date `2024-01-01` (UTC
    /// midnight), or `all`.
    fn from_str(value: &str) -> Result<Self, String> {
        let bad = || {
            format!(
                "`{value}` is not a window: write a duration such as 90d, 12w, 6m (months) or 1y, \
                 a date such as 2024-01-01, or `all`"
            )
        };
        let v = value.trim().to_ascii_lowercase();
        if v == "all" {
            return Ok(Self::All);
        }
        if let Some(at) = parse_date(&v) {
            return Ok(Self::At(at));
        }
        let digits = v.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
        let (n, unit) = v.split_at(digits);
        let n: i64 = n.parse().map_err(|_| bad())?;
        let days = match unit.trim() {
            "d" | "day" | "days" => 1,
            "w" | "week" | "weeks" => 7,
            "m" | "month" | "months" => 30,
            "y" | "year" | "years" => 365,
            _ => return Err(bad()),
        };
        n.checked_mul(days * DAY).map(Self::Before).ok_or_else(bad)
    }
}

impl fmt::Display for Since {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Before(s) if s % DAY == 0 => write!(f, "{}d", s / DAY),
            Self::Before(s) => write!(f, "{s}s"),
            Self::At(at) => f.write_str(&date(at)),
            Self::All => f.write_str("all"),
        }
    }
}

/// `YYYY-MM-DD` as seconds since the epoch at UTC midnight.
fn parse_date(v: &str) -> Option<i64> {
    let mut parts = v.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d) * DAY)
}

/// (year, month, day) to days since 1970-01-01 (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DD`.
pub fn date(secs: i64) -> String {
    let (y, m, d) = crate::report::template::civil_from_days(secs.div_euclid(DAY));
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DDTHH:MM:SSZ`.
pub fn timestamp(secs: i64) -> String {
    let rem = secs.rem_euclid(DAY);
    format!("{}T{:02}:{:02}:{:02}Z", date(secs), rem / 3600, rem % 3600 / 60, rem % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_dates_and_all() {
        assert_eq!("90d".parse(), Ok(Since::Before(90 * DAY)));
        assert_eq!("12w".parse(), Ok(Since::Before(84 * DAY)));
        assert_eq!("6m".parse(), Ok(Since::Before(180 * DAY)));
        assert_eq!("1y".parse(), Ok(Since::Before(365 * DAY)));
        assert_eq!("2 weeks".parse(), Ok(Since::Before(14 * DAY)));
        assert_eq!("ALL".parse(), Ok(Since::All));
        assert_eq!("1970-01-02".parse(), Ok(Since::At(DAY)));
        assert_eq!("2026-01-28".parse::<Since>().map(|s| s.to_string()), Ok("2026-01-28".into()));
        for bad in ["", "90", "d", "-3d", "3 fortnights", "2024-13-01", "2024-1-1", "99999999999999999y"] {
            assert!(bad.parse::<Since>().is_err(), "{bad}");
        }
    }

    #[test]
    fn the_window_is_measured_from_head() {
        assert_eq!(Since::Before(DAY).cutoff(10 * DAY), Some(9 * DAY));
        assert_eq!(Since::At(5).cutoff(10 * DAY), Some(5));
        assert_eq!(Since::All.cutoff(10 * DAY), None);
        assert_eq!(timestamp(DAY + 3661), "1970-01-02T01:01:01Z");
    }
}
