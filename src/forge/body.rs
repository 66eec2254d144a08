//! The comment body: the marker guaranteed, and a clean cut when it is over the forge's limit.

/// Room kept for the closers a cut may need (a code fence, `</details>`, `-->`).
const CLOSER_ROOM: usize = 200;

/// `body` with `marker` in it (prepended when missing), at most `limit` characters: a longer
/// body is cut at a line break, open code fences, HTML comments and `<details>` are closed,
/// and a note says how much was left out. The marker always survives the cut.
pub(super) fn fit(marker: &str, body: &str, limit: usize) -> String {
    let full = if body.contains(marker) { body.to_owned() } else { format!("{marker}\n{body}") };
    let total = full.chars().count();
    if total <= limit {
        return full;
    }
    let note = format!(
        "\n\n---\n_This review was cut short: it is {total} characters long and a comment holds at most \
         {limit}. The full review is in the CI job's output._\n"
    );
    let budget = limit.saturating_sub(note.chars().count() + CLOSER_ROOM);
    // A marker the cut would drop goes to the top, or the next run could not find the comment.
    let marker_end = full.find(marker).map_or(0, |i| i + marker.len());
    let full = if full[..marker_end].chars().count() <= budget { full } else { format!("{marker}\n{full}") };

    let cut = full.char_indices().nth(budget).map_or(full.len(), |(i, _)| i);
    let mut kept = &full[..cut];
    // Cut at a line break (not inside a table row or a word) when it keeps the marker.
    if let Some(nl) = kept.rfind('\n').filter(|&nl| kept[..nl].contains(marker)) {
        kept = &kept[..nl];
    }
    let mut out = kept.trim_end().to_owned();
    out.push_str(&closers(&out));
    out.push_str(&note);
    out
}

/// What the Markdown cut at the end of `kept` needs closed so the note after it renders.
fn closers(kept: &str) -> String {
    let mut out = String::new();
    if kept.rfind("<!--").is_some_and(|open| kept.rfind("-->").is_none_or(|close| close < open)) {
        out.push_str(" -->");
    }
    let fences = kept.lines().filter(|l| l.trim_start().starts_with("```")).count();
    if fences % 2 == 1 {
        out.push_str("\n```");
    }
    let open_details = kept.matches("<details").count().saturating_sub(kept.matches("</details>").count());
    for _ in 0..open_details.min(10) {
        out.push_str("\n</details>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const M: &str = "<!-- aura-review -->";

    #[test]
    fn a_short_body_is_kept_and_gets_the_marker() {
        assert_eq!(fit(M, "hello", 100), format!("{M}\nhello"));
        let with = format!("# Review\n{M}\nbody");
        assert_eq!(fit(M, &with, 100), with);
    }

    #[test]
    fn a_body_at_the_limit_is_not_cut() {
        let body = format!("{M}\n{}", "x".repeat(1000 - M.len() - 1));
        assert_eq!(body.chars().count(), 1000);
        assert_eq!(fit(M, &body, 1000), body);
    }

    #[test]
    fn a_long_body_is_cut_at_a_line_with_a_note() {
        let lines: String = (0..10_000).map(|i| format!("| row {i} | value |\n")).collect();
        let body = format!("{M}\n{lines}");
        let out = fit(M, &body, 65_536);
        assert!(out.chars().count() <= 65_536, "{}", out.chars().count());
        assert!(out.starts_with(M));
        assert!(out.contains("cut short"));
        assert!(out.contains(&format!("{} characters", body.chars().count())));
        // Every kept table row is whole.
        let kept = out.split("\n\n---\n").next().unwrap();
        assert!(kept.lines().skip(1).all(|l| l.starts_with("| row") && l.ends_with("value |")));
    }

    #[test]
    fn a_cut_closes_an_open_fence_and_details() {
        let code: String = (0..5000).map(|i| format!("let x{i} = {i};\n")).collect();
        let body = format!("{M}\n<details><summary>all</summary>\n\n```rust\n{code}```\n</details>\n");
        let out = fit(M, &body, 20_000);
        assert!(out.chars().count() <= 20_000);
        let fences = out.lines().filter(|l| l.starts_with("```")).count();
        assert_eq!(fences % 2, 0, "the fence is closed");
        assert_eq!(out.matches("<details").count(), out.matches("</details>").count());
        assert!(out.trim_end().ends_with("output._"));
    }

    #[test]
    fn multibyte_text_is_counted_in_characters() {
        let body = format!("{M}\n{}", "é漢🦀\n".repeat(30_000));
        let out = fit(M, &body, 65_536);
        assert!(out.chars().count() <= 65_536);
        assert!(out.len() > 65_536, "bytes are not the measure");
    }

    #[test]
    fn a_marker_past_the_cut_moves_to_the_top() {
        let body = format!("{}\n{M}\n", "line\n".repeat(50_000));
        let out = fit(M, &body, 65_536);
        assert!(out.starts_with(M));
        assert!(out.chars().count() <= 65_536);
    }

    #[test]
    fn a_cut_inside_an_html_comment_closes_it() {
        let body = format!("{M}\nintro\n<!-- {}", "hidden\n".repeat(20_000));
        let out = fit(M, &body, 10_000);
        assert!(out.rfind("-->").unwrap() > out.rfind("<!--").unwrap());
    }
}
