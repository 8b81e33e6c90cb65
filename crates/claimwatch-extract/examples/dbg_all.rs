// session debugging aid; not committed
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let all = std::env::args().nth(2).is_some();
    let text = std::fs::read_to_string(path).unwrap();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        println!("### {line}");
        let opts = claimwatch_extract::TextOptions {
            keep_all: all,
            ..Default::default()
        };
        for s in claimwatch_extract::extract_with(line, &opts) {
            let chars: Vec<char> = line.chars().collect();
            let sl =
                |sp: claimwatch_model::Span| chars[sp.start..sp.end].iter().collect::<String>();
            println!(
                "  {:?} spk={:?}({}) subj={} pred={:?}/{:?} cues={:?}",
                s.kind,
                s.speaker.name,
                s.speaker.party,
                s.subject.key,
                s.predicate,
                s.predicate_class,
                s.cues
            );
            if let Some(c) = s.cue_span {
                print!("    cue=[{}]", sl(c));
            }
            if let Some(c) = s.speaker.span {
                print!(" src=[{}]", sl(c));
            }
            for c in &s.content_spans {
                print!(" content=[{}]", sl(*c));
            }
            println!();
        }
    }
}
