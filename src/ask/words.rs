//! The words of code and of questions, for lexical retrieval.
//!
//! An identifier is split at `_` and at case changes (`parseHTTPHeader` → parse, http,
//! header; `read_to_string` → read, to, string), each part lower-cased and stemmed
//! lightly (plurals, `-ing`, `-ed`, a final `e`: "creates", "created" and "creating" are
//! one word), stop words out. A word is its 64-bit hash: no vocabulary is shared between
//! the threads that read the files. Whole identifiers are kept too, case and all, for the
//! repository map's references.

/// A word, hashed.
pub type Term = u64;

/// Maps keyed by a [`Term`], which is a hash already: no second hashing.
pub type TermMap<V> = std::collections::HashMap<Term, V, std::hash::BuildHasherDefault<Identity>>;

/// The hasher of a key that is a hash.
#[derive(Default)]
pub struct Identity(u64);

impl std::hash::Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(*b) ^ (self.0 >> 56);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Words too common in English and in code to tell one place from another.
const STOP: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "for", "from", "has",
    "have", "if", "in", "into", "is", "it", "its", "of", "on", "or", "so", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "this", "those", "to", "was", "were", "will", "with", "would",
    "not", "no", "we", "you", "he", "she", "they", "our", "your", "do", "doe", "all", "any", "each", "other",
    "some", "self", "def", "fn", "let", "var", "const", "return", "else", "elif", "none", "null", "true",
    "false", "import", "pub", "use", "new", "mut",
];

/// Words a question is framed with ("where is … implemented?"), left out of questions only.
const FRAMING: &[&str] = &[
    "where",
    "what",
    "which",
    "who",
    "why",
    "how",
    "when",
    "implemented",
    "implement",
    "implementation",
    "defined",
    "define",
    "definition",
    "located",
    "locate",
    "find",
    "code",
    "function",
    "method",
    "done",
    "happen",
    "handled",
    "handle",
    "work",
];

/// Keywords and prose that follow `class`/`type`/`def` without naming a definition.
const NOT_NAMES: &[&str] = &[
    "for", "from", "of", "if", "in", "is", "as", "to", "the", "a", "an", "and", "or", "not", "with", "while",
    "return", "this", "that", "new", "var", "let", "const", "def", "class", "function", "type", "self",
    "which",
];

/// Whether `ident` is a keyword or a word of prose rather than a definition's name.
pub fn is_keyword(ident: &[u8]) -> bool {
    NOT_NAMES.iter().any(|k| k.as_bytes() == ident)
}

/// The hash of a word's bytes (FNV-1a).
pub fn hash(bytes: &[u8]) -> Term {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

fn is_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_part(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Every identifier-like run of `text`, with its 0-based line and the offset just past it.
pub fn identifiers(text: &[u8], mut each: impl FnMut(&[u8], u32, usize)) {
    let mut line = 0;
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if b == b'\n' {
            line += 1;
            i += 1;
        } else if is_start(b) {
            let start = i;
            while i < text.len() && is_part(text[i]) {
                i += 1;
            }
            each(&text[start..i], line, i);
        } else if b.is_ascii_digit() {
            while i < text.len() && is_part(text[i]) {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
}

/// The words of one identifier, hashed, to `each` (no allocation: a word longer than
/// [`MAX_WORD`] bytes is cut there).
pub fn split(ident: &[u8], each: &mut impl FnMut(Term)) {
    let mut word = Word::default();
    let mut parts = 0;
    // the compound's hash, over its lower-cased letters without `_`
    let mut whole = hash(b"");
    let mut flush = |word: &mut Word, parts: &mut u32| {
        if word.len >= 2 {
            *parts += 1;
            if let Some(term) = term(word) {
                each(term);
            }
        }
        word.len = 0;
    };
    for (i, &b) in ident.iter().enumerate() {
        if b != b'_' {
            whole = (whole ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
        }
        if b == b'_' || b.is_ascii_digit() {
            flush(&mut word, &mut parts);
            continue;
        }
        let upper = b.is_ascii_uppercase();
        if upper && word.len > 0 {
            let prev_upper = ident[i - 1].is_ascii_uppercase();
            let next_lower = ident.get(i + 1).is_some_and(u8::is_ascii_lowercase);
            // `fooBar` | `HTTPHeader` splits before `H` of Header
            if !prev_upper || next_lower {
                flush(&mut word, &mut parts);
            }
        }
        word.push(b.to_ascii_lowercase());
    }
    flush(&mut word, &mut parts);
    // a compound (`QuerySet`) is also a word of its own, so asking for it by name counts
    // (digits are in its hash: `utf8` is not `utf`)
    if parts > 1 {
        each(whole);
    }
}

/// The longest word kept whole.
const MAX_WORD: usize = 48;

/// A word being built, on the stack.
struct Word {
    bytes: [u8; MAX_WORD],
    len: usize,
}

impl Default for Word {
    fn default() -> Self {
        Self { bytes: [0; MAX_WORD], len: 0 }
    }
}

impl Word {
    fn push(&mut self, b: u8) {
        if self.len < MAX_WORD {
            self.bytes[self.len] = b;
            self.len += 1;
        }
    }

    fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    fn ends(&self, suffix: &str) -> bool {
        self.as_slice().ends_with(suffix.as_bytes())
    }

    fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }
}

/// The term of one lower-cased word, or `None` for a stop word.
fn term(word: &mut Word) -> Option<Term> {
    if is_stop(word.as_slice()) {
        return None;
    }
    stem(word);
    if word.len < 2 || is_stop(word.as_slice()) {
        return None;
    }
    Some(hash(word.as_slice()))
}

fn is_stop(word: &[u8]) -> bool {
    static HASHES: std::sync::OnceLock<Vec<Term>> = std::sync::OnceLock::new();
    let hashes = HASHES.get_or_init(|| {
        let mut v: Vec<Term> = STOP.iter().map(|w| hash(w.as_bytes())).collect();
        v.sort_unstable();
        v
    });
    hashes.binary_search(&hash(word)).is_ok()
}

/// A light stemmer: enough that a question's "creates" finds a docstring's "create".
fn stem(w: &mut Word) {
    if w.len > 4 && w.ends("ies") {
        w.truncate(w.len - 3);
        w.push(b'y');
    } else if w.ends("sses") {
        w.truncate(w.len - 2);
    } else if w.len > 3 && w.ends("s") && !w.ends("ss") && !w.ends("us") && !w.ends("is") {
        w.truncate(w.len - 1);
    }
    if w.len > 5 && w.ends("ing") {
        w.truncate(w.len - 3);
    } else if w.len > 4 && w.ends("ed") {
        w.truncate(w.len - 2);
    }
    if w.len > 4 && w.ends("e") {
        w.truncate(w.len - 1);
    }
}

/// The terms of `text`, each occurrence to `each`.
pub fn terms(text: &[u8], mut each: impl FnMut(Term)) {
    identifiers(text, |ident, _, _| split(ident, &mut each));
}

/// A question's terms, deduplicated, without the words that frame a question.
pub fn question_terms(question: &str) -> Vec<Term> {
    let framing: Vec<Term> = FRAMING
        .iter()
        .filter_map(|w| {
            let mut word = Word::default();
            w.bytes().for_each(|b| word.push(b));
            term(&mut word)
        })
        .collect();
    let mut out = Vec::new();
    terms(question.as_bytes(), |t| {
        if !framing.contains(&t) && !out.contains(&t) {
            out.push(t);
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Term> {
        let mut out = Vec::new();
        terms(text.as_bytes(), |t| out.push(t));
        out
    }

    fn h(word: &str) -> Term {
        hash(word.as_bytes())
    }

    #[test]
    fn identifiers_split_at_underscores_and_case() {
        assert_eq!(words("read_to_string"), vec![h("read"), h("str"), h("readtostring")]);
        assert_eq!(words("parseHTTPHeader"), vec![h("pars"), h("http"), h("header"), h("parsehttpheader")]);
        assert_eq!(words("QuerySet"), vec![h("query"), h("set"), h("queryset")]);
    }

    #[test]
    fn inflections_meet_at_one_stem() {
        assert_eq!(words("creates created creating create"), vec![h("creat"); 4]);
        assert_eq!(words("queries query"), vec![h("query"); 2]);
        assert_eq!(words("classes class"), vec![h("class"); 2]);
    }

    #[test]
    fn questions_lose_their_framing_and_stop_words() {
        let q = question_terms("Where is the cache entry implemented? The cache!");
        assert_eq!(q, vec![h("cach"), h("entry")]);
    }

    #[test]
    fn lines_are_counted() {
        let mut seen = Vec::new();
        identifiers(b"a\n\nbeta 12x gamma\n", |id, line, _| {
            seen.push((String::from_utf8_lossy(id).into_owned(), line))
        });
        assert_eq!(seen, vec![("a".into(), 0), ("beta".into(), 2), ("gamma".into(), 2)]);
    }
}
