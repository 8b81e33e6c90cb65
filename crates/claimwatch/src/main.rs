fn main() {
    let text = std::io::read_to_string(std::io::stdin()).unwrap();
    for s in claimwatch_extract::extract_text(&text) {
        println!("{:?} | {} | {} ({}) | subj={} | pred={:?} | cues={:?} | target={:?}\n   {}", s.kind, s.speaker.name, s.speaker.party, format!("{:?}",s.speaker.attribution), s.subject.key, s.predicate, s.cues, s.target.as_ref().map(|t| (&t.text, &t.party)), s.text);
    }
}
