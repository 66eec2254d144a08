fn main() {
    let args: Vec<String> = std::env::args().collect();
    let lang = aura::lang::Lang::from_name(&args[1]).unwrap();
    let src = std::fs::read(&args[2]).unwrap();
    let mut p = tree_sitter::Parser::new();
    p.set_language(&lang.table().unwrap().language).unwrap();
    let t = p.parse(&src, None).unwrap();
    let mut c = t.walk();
    let mut depth = 0;
    loop {
        let n = c.node();
        println!(
            "{}{}{} {:?}",
            "  ".repeat(depth),
            c.field_name().map(|f| format!("{f}: ")).unwrap_or_default(),
            if n.is_named() { n.kind().to_string() } else { format!("'{}'", n.kind()) },
            n.start_position().row
        );
        if c.goto_first_child() {
            depth += 1;
            continue;
        }
        loop {
            if c.goto_next_sibling() {
                break;
            }
            if !c.goto_parent() {
                return;
            }
            depth -= 1;
        }
    }
}
