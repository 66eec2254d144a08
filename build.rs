//! Build identity for the analysis cache: a digest of everything that can change what the
//! engine computes for a file (the sources, the vendored grammars, the locked dependency
//! versions, among them the grammars'), so a cached result never outlives the build that
//! made it, while rebuilding the same sources keeps the cache.

use std::path::Path;

fn main() {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for input in ["src", "vendor", "Cargo.lock"] {
        println!("cargo:rerun-if-changed={input}");
        let mut files = Vec::new();
        collect(Path::new(input), &mut files);
        files.sort();
        for file in files {
            feed(file.to_string_lossy().as_bytes());
            feed(&std::fs::read(&file).unwrap_or_default());
        }
    }
    feed(std::env::var("CARGO_PKG_VERSION").unwrap_or_default().as_bytes());
    println!("cargo:rustc-env=AURA_BUILD_DIGEST={hash:016x}");
}

fn collect(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    match std::fs::read_dir(path) {
        Ok(entries) => {
            for entry in entries.flatten() {
                collect(&entry.path(), out);
            }
        }
        Err(_) if path.is_file() => out.push(path.to_path_buf()),
        Err(_) => {}
    }
}
