//! Developer tool: print a file's syntax tree (with field names) and aura's class of each
//! line, to explain a count. `cargo run --example sexp -- LANG FILE [lines]`
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(lang), Some(path)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: sexp LANG FILE [lines]");
        std::process::exit(2);
    };
    let lang = aura::lang::Lang::from_name(lang).expect("a language name");
    let table = lang.table().expect("compiled in");
    let src = std::fs::read(path).expect("readable");
    let tree = aura::engine::parse(lang, &src).expect("parsed");
    if args.get(3).map(String::as_str) == Some("lines") {
        let classes = aura::metrics::line_classes(table, &tree, &src, Default::default());
        for (line, (class, text)) in classes.chars().zip(String::from_utf8_lossy(&src).lines()).enumerate() {
            println!("{:>5} {class} {text}", line + 1);
        }
        return;
    }
    let mut cursor = tree.walk();
    let mut depth = 0;
    loop {
        let n = cursor.node();
        let field = cursor.field_name().map(|f| format!("{f}: ")).unwrap_or_default();
        let kind = if n.is_named() { n.kind().to_string() } else { format!("'{}'", n.kind()) };
        println!("{}{field}{kind} {}", "  ".repeat(depth), n.start_position().row + 1);
        if cursor.goto_first_child() {
            depth += 1;
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
            depth -= 1;
        }
    }
}
