//! The JSON report: everything, versioned by `schema_version`, compact (`jq .` pretty-prints
//! it for a person).

use std::io::Write;

use rayon::prelude::*;

use crate::model::Report;

/// Files serialized together before their bytes are written.
const CHUNK: usize = 256;

/// Write the report as compact JSON followed by a newline. Files are serialized in parallel
/// into buffers (a whole repository's report is tens of megabytes) and written here, in
/// order: the bytes are exactly those of serializing the whole report at once.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    // the field order of `Report`'s derive
    out.write_all(b"{\"schema_version\":")?;
    serde_json::to_writer(&mut *out, &report.schema_version)?;
    out.write_all(b",\"tool\":")?;
    serde_json::to_writer(&mut *out, &report.tool)?;
    out.write_all(b",\"run\":")?;
    serde_json::to_writer(&mut *out, &report.run)?;
    out.write_all(b",\"root\":")?;
    serde_json::to_writer(&mut *out, &report.root)?;
    out.write_all(b",\"summary\":")?;
    serde_json::to_writer(&mut *out, &report.summary)?;
    out.write_all(b",\"files\":[")?;
    if let Some(spooled) = &report.spooled {
        spooled.write_files(out)?;
    }
    // in chunks, so the buffers never hold more than a slice of the report
    for (c, chunk) in report.files.chunks(CHUNK).enumerate() {
        let buffers: Vec<Vec<u8>> = chunk
            .par_iter()
            .map(serde_json::to_vec)
            .collect::<Result<_, _>>()
            .map_err(std::io::Error::other)?;
        for (i, file) in buffers.iter().enumerate() {
            if c > 0 || i > 0 {
                out.write_all(b",")?;
            }
            out.write_all(file)?;
        }
    }
    out.write_all(b"],\"skipped\":")?;
    serde_json::to_writer(&mut *out, &report.skipped)?;
    out.write_all(b",\"errors\":")?;
    serde_json::to_writer(&mut *out, &report.errors)?;
    out.write_all(b",\"graph\":")?;
    serde_json::to_writer(&mut *out, &report.graph)?;
    out.write_all(b",\"findings\":")?;
    serde_json::to_writer(&mut *out, &report.findings)?;
    out.write_all(b"}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::engine::{AnalyzeOptions, Engine, EngineOptions, Keep, NoProgress, Source, analyze};

    #[test]
    fn bytes_equal_serializing_the_whole_report() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.py"), "import b\ndef f(x):\n    return x or 1\n").unwrap();
        std::fs::write(dir.path().join("b.py"), "import a\nfrom . import a\n").unwrap();
        std::fs::write(
            dir.path().join("d\"q.py"),
            "def g(a, b, c, d, e, f, g, h):\n    if a:\n        return b\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("c.bin.py"), b"\0\0").unwrap();
        // more files than one chunk holds
        for i in 0..CHUNK + 3 {
            std::fs::write(dir.path().join(format!("m{i}.py")), format!("def f{i}(): pass\n")).unwrap();
        }
        let options = AnalyzeOptions {
            jobs: Some(2),
            cwd: dir.path().to_path_buf(),
            progress: &NoProgress,
            rules: true,
            shard: None,
        };
        let report = analyze(&[], &Config::default(), &options).unwrap();
        assert_eq!(report.files.len(), CHUNK + 6);
        let mut ours = Vec::new();
        write(&report, &mut ours).unwrap();
        let mut whole = serde_json::to_vec(&report).unwrap();
        whole.push(b'\n');
        assert_eq!(String::from_utf8(ours).unwrap(), String::from_utf8(whole.clone()).unwrap());

        // spooled, the files never all in memory: the same bytes
        let engine =
            Engine::new(&Config::default(), EngineOptions { jobs: Some(2), rules: true, cache: None })
                .unwrap();
        let source = Source::Paths { paths: &[], cwd: dir.path(), shard: None, changed: None };
        let spooled = engine.collect(source, &NoProgress, Keep::Spool).unwrap();
        assert!(spooled.files.is_empty() && spooled.spooled.is_some());
        let mut streamed = Vec::new();
        write(&spooled, &mut streamed).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), String::from_utf8(whole).unwrap());
    }
}
