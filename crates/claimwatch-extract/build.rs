//! Registers every `lexicon/*.toml` file, so that adding a language is adding
//! a file.
use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("lexicon");
    println!("cargo:rerun-if-changed=lexicon");
    let mut entries: Vec<String> = fs::read_dir(dir)
        .expect("lexicon folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    entries.sort();
    let mut code = String::from("pub(crate) static LEXICON_FILES: &[(&str, &str)] = &[\n");
    for name in entries {
        let lang = name.trim_end_matches(".toml");
        let abs = fs::canonicalize(dir.join(&name)).expect("lexicon path");
        println!("cargo:rerun-if-changed={}", abs.display());
        code.push_str(&format!(
            "    ({lang:?}, include_str!({:?})),\n",
            abs.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("lexicons.rs");
    fs::write(out, code).expect("write lexicons.rs");
}
