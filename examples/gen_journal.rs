//! `cargo run --release --example gen_journal -- PATH`: writes the benchmarks' large journal
//! to PATH, to try the real binary on it (`studylog --db PATH`).

#[path = "../benches/support/generator.rs"]
mod generator;

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: gen_journal PATH");
        std::process::exit(2);
    };
    let path = std::path::PathBuf::from(path);
    if path.exists() {
        eprintln!("{} exists; choose a new path", path.display());
        std::process::exit(1);
    }
    generator::generate(&path);
    eprintln!("wrote {}", path.display());
}
