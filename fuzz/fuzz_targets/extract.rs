//! The extractor: any text → statements (spans must stay inside the text;
//! the extractor's own debug assertions and the property tests check more).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for s in claimwatch_extract::extract_text(&text) {
        assert!(s.span.start <= s.span.end);
    }
});
