//! Closed sets of values written as words (a severity, a log level): each parses
//! case-insensitively, and a wrong value is an error that lists the allowed ones and
//! suggests the closest, as every typo aura reports does ([`did_you_mean`]).

/// Defines a closed enum written as lowercase strings in configuration.
///
/// Every variant lists its canonical spelling and any aliases; parsing ignores case.
macro_rules! closed_enum {
    (
        $(#[$meta:meta])*
        $name:ident default $default:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal $(| $alias:literal)* ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every accepted spelling (canonical first), for messages and documentation.
            pub const ALL: &'static [&'static str] = &[$($text),+];
            const ALIASES: &'static [&'static str] = &[$($text, $($alias,)*)+];

            /// The canonical spelling, as written in configuration.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( Self::$variant => $text ),+
                }
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::$default
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = String;

            fn from_str(value: &str) -> Result<Self, String> {
                let lower = value.trim().to_ascii_lowercase();
                $(
                    if lower == $text $(|| lower == $alias)* {
                        return Ok(Self::$variant);
                    }
                )+
                Err($crate::closed::unknown_value(value, Self::ALL, Self::ALIASES))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                // A visitor (not `String::deserialize` then parse) so the YAML error
                // carries the value's own line and dotted path.
                struct ValueVisitor;
                impl ::serde::de::Visitor<'_> for ValueVisitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        write!(f, "one of {}", $crate::closed::backticked_list($name::ALL))
                    }
                    fn visit_str<E: ::serde::de::Error>(self, text: &str) -> Result<$name, E> {
                        text.parse().map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(ValueVisitor)
            }
        }
    };
}

/// `a`, `b`, `c` with backticks, for messages.
pub(crate) fn backticked_list(items: &[&str]) -> String {
    items.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ")
}

/// The message for a value outside a closed set: the allowed values and a suggestion.
pub(crate) fn unknown_value(value: &str, allowed: &[&str], aliases: &[&str]) -> String {
    let mut message = format!("unknown value `{value}`, expected one of {}", backticked_list(allowed));
    if let Some(best) = did_you_mean(&value.to_ascii_lowercase(), aliases.iter().copied()) {
        message.push_str(&format!("; did you mean `{best}`?"));
    }
    message
}

pub(crate) use closed_enum;

/// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|candidate| (edit_distance(word, candidate), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate.to_owned())
}

/// Optimal-string-alignment distance: insertions, deletions, substitutions and
/// transpositions of neighbours each cost 1, so `max_fiel_size` is 1 from `max_file_size`.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rolling rows: two back (for transpositions), previous and current.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_transpositions_once() {
        assert_eq!(edit_distance("max_fle_size", "max_file_size"), 1);
        assert_eq!(edit_distance("max_fiel_size", "max_file_size"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }

    #[test]
    fn suggests_only_close_candidates() {
        let keys = ["languages", "include", "exclude", "max_file_size"];
        assert_eq!(did_you_mean("max_fle_size", keys).as_deref(), Some("max_file_size"));
        assert_eq!(did_you_mean("exclued", keys).as_deref(), Some("exclude"));
        assert_eq!(did_you_mean("colour", keys), None);
    }
}
