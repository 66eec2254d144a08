//! `ts-generate generate GRAMMAR.json --output DIR`: parser.c, node-types.json and the
//! tree_sitter/ headers from a grammar.json, at the newest ABI (15), as the CLI writes them.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "generate").collect();
    let output = args.iter().position(|a| a == "--output").and_then(|i| args.get(i + 1));
    let (Some(grammar), Some(output)) = (args.first(), output) else {
        eprintln!("usage: ts-generate generate GRAMMAR.json --output DIR");
        return ExitCode::from(2);
    };
    let mut diagnostics = Vec::new();
    let generated = tree_sitter_generate::generate_parser_in_directory(
        ".",
        Some(output.as_str()),
        Some(grammar.as_str()),
        tree_sitter_generate::ABI_VERSION_MAX,
        None,
        None,
        true,
        tree_sitter_generate::OptLevel::default(),
        &mut diagnostics,
    );
    for d in &diagnostics {
        eprintln!("{grammar}: {d}");
    }
    match generated {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{grammar}: {e}");
            ExitCode::FAILURE
        }
    }
}
