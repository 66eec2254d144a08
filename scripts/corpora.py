"""Real-code corpora for aura's reference comparison and benchmarks.

Every corpus comes from a package registry through its ordinary client:
PyPI sdists with ``pip download``, npm packages with ``npm pack``, Debian
packages with ``apt-get download`` + ``dpkg -x``, crates from the cargo
registry (``~/.cargo/registry/src``, filled with ``cargo fetch`` when a crate
is missing).  Nothing else is downloaded.

Layout of the cache directory (default ``/tmp/aura-corpora``, reused when present):

    downloads/                    archives as the clients saved them
    raw/<kind>/<name>-<version>/  each package extracted whole
    <lang>/<name>-<version>/...   the curated corpus of one language: only the
                                  files of that language, original relative paths
    <lang>/MANIFEST.json          sources, versions, file list (written last; a
                                  corpus without it, or with other sources, is rebuilt)

Use from another script (e.g. a benchmark):

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import corpora
    cs = corpora.ensure_corpora(["python", "go"])       # {lang: Corpus}
    django_dir = corpora.ensure_raw(corpora.DJANGO)     # whole extracted sdist

or from a shell: ``python3 scripts/corpora.py [--cache DIR] [--lang python,go]``.
Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import fnmatch
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from dataclasses import dataclass, field, asdict
from pathlib import Path

DEFAULT_CACHE = Path(os.environ.get("AURA_CORPORA", "/tmp/aura-corpora"))
MAX_FILE_BYTES = 1024 * 1024  # aura's default analysis.max_file_size: larger files are left out

# Languages as aura names them, and the extensions a corpus of that language keeps.
LANG_EXTS: dict[str, tuple[str, ...]] = {
    "python": (".py",),
    "javascript": (".js", ".jsx", ".mjs", ".cjs"),
    "typescript": (".ts", ".mts", ".cts"),
    "tsx": (".tsx",),
    "go": (".go",),
    "rust": (".rs",),
    "java": (".java",),
    "c": (".c", ".h"),
    # .h is C for aura (and ambiguous anyway), so C++ corpora leave headers named .h out.
    "cpp": (".cpp", ".cc", ".cxx", ".c++", ".hpp", ".hh", ".hxx"),
}
# Declaration files carry no function bodies; they are left out of the TypeScript corpus.
EXCLUDE_SUFFIXES = (".d.ts", ".d.mts", ".d.cts", ".min.js")
LANGS = tuple(LANG_EXTS)


@dataclass(frozen=True)
class Source:
    """One registry package and which of its files a corpus takes."""

    kind: str  # pypi | npm | apt | crate
    name: str
    version: str
    include: tuple[str, ...] = ("**",)  # fnmatch globs on the path inside the package root
    exclude: tuple[str, ...] = ()
    inner_zip: str = ""  # apt: a zip inside the package whose members are the sources

    @property
    def ident(self) -> str:
        return f"{self.name}-{self.version}".replace("/", "__").replace("@", "")


DJANGO = Source("pypi", "django", "5.1.15")
JPYPE = Source("pypi", "jpype1", "1.7.1")

_GO_DEBS = [
    ("golang-github-spf13-cobra-dev", "1.6.1-1"),
    ("golang-github-spf13-pflag-dev", "1.0.6~git20210604-d5e0c0615ace-1"),
    ("golang-github-stretchr-testify-dev", "1.8.1-1"),
    ("golang-github-gorilla-mux-dev", "1.8.0-1"),
    ("golang-github-google-go-cmp-dev", "0.5.9-1"),
    ("golang-github-sirupsen-logrus-dev", "1.9.0-1"),
    ("golang-github-gin-gonic-gin-dev", "1.8.1-1"),
    ("golang-github-prometheus-client-golang-dev", "1.14.0-3"),
    ("golang-gopkg-yaml.v3-dev", "3.0.1-3"),
    ("golang-github-urfave-cli-v2-dev", "2.3.0-2"),
]

CORPORA: dict[str, list[Source]] = {
    "python": [DJANGO],
    "javascript": [
        Source("npm", "lodash", "4.18.1", exclude=("fp/**",)),  # fp/ is 415 one-line re-exports
        Source("npm", "express", "5.3.0"),
        Source("npm", "axios", "1.21.1", include=("lib/**",)),
        Source("npm", "moment", "2.31.0", include=("src/**",)),
        Source("npm", "reactstrap", "9.2.3", include=("src/**",)),  # JSX inside .js files
        Source("npm", "create-vite", "9.3.0", include=("template-*/**",)),  # the templates' .jsx files
    ],
    "typescript": [
        Source("npm", "rxjs", "7.8.2", include=("src/**",)),
        Source("npm", "zod", "4.6.7", include=("src/**",)),
    ],
    "tsx": [
        Source("npm", "@docusaurus/theme-classic", "3.10.2", include=("src/**",)),
        Source("npm", "react-datepicker", "9.1.0", include=("src/**",)),
        Source("npm", "create-vite", "9.3.0", include=("template-*/**",)),
    ],
    "go": [Source("apt", n, v, include=("usr/share/gocode/src/**",)) for n, v in _GO_DEBS],
    "rust": [
        Source("crate", "regex-automata", "0.4.18"),
        Source("crate", "clap_builder", "4.6.7"),
        Source("crate", "serde_json", "1.0.154"),
        Source("crate", "ignore", "0.4.34"),
        Source("crate", "rayon-core", "1.13.0"),
        Source("crate", "rayon", "1.12.0"),
        Source("crate", "syn", "2.0.119"),
    ],
    "java": [
        Source("apt", "openjfx-source", "11.0.11+1-3", inner_zip="usr/share/openjfx/lib/src.zip",
               include=("javafx.base/**", "javafx.controls/**")),
        JPYPE,
    ],
    "c": [
        Source("pypi", "brotli", "1.2.1", include=("c/**", "python/**")),
        Source("pypi", "pycares", "5.2.1", include=("deps/c-ares/**",)),
    ],
    "cpp": [
        JPYPE,
        Source("pypi", "onnx", "1.23.2", include=("onnx/**", "tests/**")),
        Source("pypi", "pycares", "5.2.1", include=("deps/c-ares/test/**",)),
    ],
}


@dataclass
class PackageInfo:
    kind: str
    name: str
    version: str
    files: int
    bytes: int
    dropped_large: int = 0


@dataclass
class Corpus:
    lang: str
    path: Path
    files: list[str]  # relative to path, '/'-separated, sorted
    packages: list[PackageInfo] = field(default_factory=list)
    fetch_seconds: float = 0.0

    @property
    def total_bytes(self) -> int:
        return sum(p.bytes for p in self.packages)


class FetchError(RuntimeError):
    pass


def _log_default(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _run(cmd: list[str], cwd: Path | None = None, timeout: float = 900, env: dict | None = None) -> str:
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    except FileNotFoundError as e:
        raise FetchError(f"{cmd[0]} not found: {e}") from e
    except subprocess.TimeoutExpired as e:
        raise FetchError(f"timed out after {timeout}s: {' '.join(cmd)}") from e
    if p.returncode != 0:
        tail = (p.stderr or p.stdout).strip().splitlines()[-15:]
        raise FetchError(f"{' '.join(cmd)} exited {p.returncode}:\n  " + "\n  ".join(tail))
    return p.stdout


def _safe_extract_tar(archive: Path, dest: Path) -> None:
    with tarfile.open(archive) as tf:
        tf.extractall(dest, filter="data")


def _single_root(d: Path) -> Path:
    entries = [e for e in d.iterdir()]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return d


# ---------------------------------------------------------------- downloads

def _find_sdist(dl: Path, name: str, version: str) -> Path | None:
    norm = re.sub(r"[-_.]+", "_", name).lower()
    for p in sorted(dl.iterdir()):
        for ext in (".tar.gz", ".zip", ".tar.bz2"):
            if p.name.endswith(ext):
                base = p.name[: -len(ext)]
                if "-" in base:
                    n, v = base.rsplit("-", 1)
                    if re.sub(r"[-_.]+", "_", n).lower() == norm and v == version:
                        return p
    return None


def _pip_download(src: Source, dl: Path, log) -> Path:
    have = _find_sdist(dl, src.name, src.version)
    if have:
        return have
    log(f"  pip download {src.name}=={src.version} (sdist)")
    # --no-binary only for the package itself: with ':all:' pip would also build the
    # package's build requirements (cmake, ...) from source just to prepare metadata.
    _run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", src.name,
          f"{src.name}=={src.version}", "-d", str(dl)], timeout=900)
    have = _find_sdist(dl, src.name, src.version)
    if not have:
        raise FetchError(f"pip download {src.name}=={src.version}: no sdist in {dl}")
    return have


def _npm_pack(src: Source, dl: Path, log) -> Path:
    fname = src.name.lstrip("@").replace("/", "-") + f"-{src.version}.tgz"
    out = dl / fname
    if out.exists():
        return out
    log(f"  npm pack {src.name}@{src.version}")
    _run(["npm", "pack", "--silent", "--pack-destination", str(dl), f"{src.name}@{src.version}"],
         cwd=dl, timeout=600)
    if not out.exists():
        raise FetchError(f"npm pack {src.name}@{src.version}: expected {out.name}")
    return out


_APT_UPDATED = False


def _apt_download(src: Source, dl: Path, log) -> tuple[Path, str]:
    """Returns the .deb and the version actually fetched (the pinned one when possible)."""
    global _APT_UPDATED
    debs = sorted(dl.glob(f"{src.name}_*.deb"))
    want = src.version.split(":", 1)[-1]
    for d in debs:
        if d.name.split("_")[1].replace("%3a", ":") == want:
            return d, src.version
    attempts = [f"{src.name}={src.version}", src.name]
    last: Exception | None = None
    for updated in (False, True):
        if updated:
            if _APT_UPDATED:
                break
            log("  apt-get update")
            try:
                _run(["apt-get", "update", "-qq"], timeout=600)
            except FetchError as e:
                log(f"  apt-get update failed: {e}")
            _APT_UPDATED = True
        for spec in attempts:
            try:
                log(f"  apt-get download {spec}")
                _run(["apt-get", "download", "-qq", spec], cwd=dl, timeout=600)
                debs = sorted(dl.glob(f"{src.name}_*.deb"), key=lambda p: p.stat().st_mtime)
                if debs:
                    got = debs[-1].name.split("_")[1].replace("%3a", ":")
                    if spec != attempts[0]:
                        log(f"  note: {src.name} {src.version} unavailable, took {got}")
                    return debs[-1], got
            except FetchError as e:
                last = e
    raise FetchError(f"apt {src.name}: {last}")


def _cargo_registry_dirs() -> list[Path]:
    home = Path(os.environ.get("CARGO_HOME", Path.home() / ".cargo"))
    return [Path(p) for p in sorted(glob.glob(str(home / "registry" / "src" / "*")))]


def _crate_dir(src: Source, scratch: Path, log) -> Path:
    def find():
        for reg in _cargo_registry_dirs():
            d = reg / f"{src.name}-{src.version}"
            if (d / "Cargo.toml").exists():
                return d
        return None

    d = find()
    if d:
        return d
    # Not unpacked yet: let cargo fetch it (cargo fetch unpacks into registry/src).
    log(f"  cargo fetch {src.name}=={src.version}")
    proj = scratch / f"fetch-{src.ident}"
    (proj / "src").mkdir(parents=True, exist_ok=True)
    (proj / "src" / "lib.rs").write_text("")
    (proj / "Cargo.toml").write_text(
        "[package]\nname = \"aura-corpus-fetch\"\nversion = \"0.0.0\"\nedition = \"2021\"\n"
        f"[dependencies]\n{src.name} = \"={src.version}\"\n[workspace]\n")
    _run(["cargo", "fetch", "--manifest-path", str(proj / "Cargo.toml")], timeout=900)
    d = find()
    if not d:
        raise FetchError(f"crate {src.name} {src.version} not in the cargo registry after cargo fetch")
    return d


def ensure_raw(src: Source, cache: Path | None = None, log=_log_default) -> Path:
    """Download (if needed) and extract one package whole; returns its root directory."""
    cache = Path(cache or DEFAULT_CACHE)
    if src.kind == "crate":
        return _crate_dir(src, cache / "scratch", log)
    dl = cache / "downloads"
    dl.mkdir(parents=True, exist_ok=True)
    raw = cache / "raw" / src.kind / src.ident
    done = raw.with_name(raw.name + ".done")
    if done.exists() and raw.exists():
        return _single_root(raw) if src.kind in ("pypi", "npm") else raw
    if raw.exists():
        shutil.rmtree(raw)
    raw.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=raw.name + ".tmp.", dir=raw.parent))
    try:
        if src.kind == "pypi":
            archive = _pip_download(src, dl, log)
            if archive.name.endswith(".zip"):
                with zipfile.ZipFile(archive) as z:
                    z.extractall(tmp)
            else:
                _safe_extract_tar(archive, tmp)
        elif src.kind == "npm":
            _safe_extract_tar(_npm_pack(src, dl, log), tmp)
        elif src.kind == "apt":
            deb, got = _apt_download(src, dl, log)
            _run(["dpkg-deb", "-x", str(deb), str(tmp)], timeout=600)
            (tmp / ".aura-version").write_text(got)
            if src.inner_zip:
                inner = tmp / src.inner_zip
                with zipfile.ZipFile(inner) as z:
                    z.extractall(tmp / ".inner")
        else:
            raise FetchError(f"unknown source kind {src.kind}")
        tmp.rename(raw)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    done.write_text("ok\n")
    return _single_root(raw) if src.kind in ("pypi", "npm") else raw


def _source_root(src: Source, raw: Path) -> Path:
    if src.kind == "apt" and src.inner_zip:
        return raw / ".inner"
    return raw


def _matches(rel: str, pats: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(rel, p) or (p.endswith("/**") and rel.startswith(p[:-2])) for p in pats)


def select_files(root: Path, lang: str, include=("**",), exclude=()) -> tuple[list[str], int]:
    """Files under root of one language (by extension), as sorted relative paths.
    Returns (files, number dropped for being over MAX_FILE_BYTES)."""
    exts = LANG_EXTS[lang]
    out, large = [], 0
    for dirpath, dirnames, filenames in os.walk(root):
        # hidden directories (.git, .github, .inner...) are skipped, as aura's walker does
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in filenames:
            if fn.startswith(".") or not fn.endswith(exts) or fn.endswith(EXCLUDE_SUFFIXES):
                continue
            full = Path(dirpath) / fn
            rel = full.relative_to(root).as_posix()
            if not _matches(rel, include) or _matches(rel, exclude):
                continue
            if full.is_symlink() or not full.is_file():
                continue
            if full.stat().st_size > MAX_FILE_BYTES:
                large += 1
                continue
            out.append(rel)
    return sorted(out), large


def _definition_hash(lang: str) -> str:
    data = json.dumps([asdict(s) for s in CORPORA[lang]] + [LANG_EXTS[lang], EXCLUDE_SUFFIXES, MAX_FILE_BYTES],
                      sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()[:16]


def definition_id(lang: str) -> str:
    """A short hash of a language's corpus definition: it changes when the sources do."""
    return _definition_hash(lang)


def load_corpus(lang: str, cache: Path | None = None) -> Corpus | None:
    """The corpus of one language if it is complete in the cache, else None."""
    cache = Path(cache or DEFAULT_CACHE)
    man = cache / lang / "MANIFEST.json"
    if not man.exists():
        return None
    try:
        m = json.loads(man.read_text())
    except (OSError, ValueError):
        return None
    if m.get("definition") != _definition_hash(lang):
        return None
    return Corpus(lang=lang, path=cache / lang, files=m["files"],
                  packages=[PackageInfo(**p) for p in m["packages"]], fetch_seconds=m.get("fetch_seconds", 0.0))


def ensure_corpus(lang: str, cache: Path | None = None, log=_log_default) -> Corpus:
    """Fetch (if needed) and build the corpus of one language."""
    cache = Path(cache or DEFAULT_CACHE)
    c = load_corpus(lang, cache)
    if c:
        return c
    t0 = time.monotonic()
    log(f"[corpora] building {lang} corpus in {cache / lang}")
    dest = cache / lang
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    files: list[str] = []
    pkgs: list[PackageInfo] = []
    for src in CORPORA[lang]:
        raw = ensure_raw(src, cache, log)
        version = src.version
        if src.kind == "apt" and (raw / ".aura-version").exists():
            version = (raw / ".aura-version").read_text().strip()
        root = _source_root(src, raw)
        sel, large = select_files(root, lang, src.include, src.exclude)
        if not sel:
            log(f"  warning: {src.name} {src.version} has no {lang} files")
        prefix = src.ident
        nbytes = 0
        for rel in sel:
            s = root / rel
            d = dest / prefix / rel
            d.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(s, d)
            nbytes += s.stat().st_size
            files.append(f"{prefix}/{rel}")
        pkgs.append(PackageInfo(src.kind, src.name, version, len(sel), nbytes, large))
        log(f"  {src.kind:5} {src.name} {version}: {len(sel)} files"
            + (f" ({large} over {MAX_FILE_BYTES} bytes left out)" if large else ""))
    secs = round(time.monotonic() - t0, 2)
    manifest = {"lang": lang, "definition": _definition_hash(lang), "fetch_seconds": secs,
                "packages": [asdict(p) for p in pkgs], "files": sorted(files)}
    (dest / "MANIFEST.json").write_text(json.dumps(manifest, indent=1))
    return Corpus(lang=lang, path=dest, files=sorted(files), packages=pkgs, fetch_seconds=secs)


def ensure_corpora(langs=None, cache: Path | None = None, log=_log_default,
                   keep_going: bool = True) -> dict[str, Corpus]:
    """Corpora for the given languages (all by default). With keep_going, a language
    whose fetch fails is reported through log and left out of the result."""
    out = {}
    for lang in (langs or LANGS):
        if lang not in CORPORA:
            raise ValueError(f"unknown language {lang!r}; known: {', '.join(LANGS)}")
        try:
            out[lang] = ensure_corpus(lang, cache, log)
        except (FetchError, OSError, tarfile.TarError, zipfile.BadZipFile) as e:
            if not keep_going:
                raise
            log(f"[corpora] {lang}: FAILED: {e}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Fetch aura's comparison corpora from package registries.")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--lang", default=",".join(LANGS), help="comma-separated languages")
    ap.add_argument("--json", action="store_true", help="print the manifests as JSON")
    a = ap.parse_args(argv)
    langs = [x.strip() for x in a.lang.split(",") if x.strip()]
    cs = ensure_corpora(langs, a.cache)
    if a.json:
        print(json.dumps({l: {"path": str(c.path), "files": len(c.files),
                              "packages": [asdict(p) for p in c.packages]} for l, c in cs.items()}, indent=1))
    else:
        for l, c in cs.items():
            pk = ", ".join(f"{p.name} {p.version} ({p.files})" for p in c.packages)
            print(f"{l:11} {len(c.files):5} files  {c.total_bytes / 1e6:6.1f} MB  {c.path}  [{pk}]")
    return 0 if len(cs) == len(langs) else 1


if __name__ == "__main__":
    sys.exit(main())
