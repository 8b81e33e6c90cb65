//! Precision, recall and F1 per class, and their macro average.

use std::fmt::Write;

/// Scores of one class.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassScore {
    pub label: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Gold items of this class.
    pub support: usize,
}

/// F1 from precision and recall (0 when both are 0).
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Per-class scores of `pred` against `gold` (same length, aligned).
pub fn per_class(gold: &[&str], pred: &[&str], labels: &[&str]) -> Vec<ClassScore> {
    labels
        .iter()
        .map(|l| {
            let tp = gold
                .iter()
                .zip(pred)
                .filter(|(g, p)| *g == l && *p == l)
                .count();
            let n_pred = pred.iter().filter(|p| *p == l).count();
            let n_gold = gold.iter().filter(|g| *g == l).count();
            let (p, r) = (ratio(tp, n_pred), ratio(tp, n_gold));
            ClassScore {
                label: l.to_string(),
                precision: p,
                recall: r,
                f1: f1(p, r),
                support: n_gold,
            }
        })
        .collect()
}

/// Mean F1 over classes.
pub fn macro_f1(scores: &[ClassScore]) -> f64 {
    if scores.is_empty() {
        return 0.0;
    }
    scores.iter().map(|s| s.f1).sum::<f64>() / scores.len() as f64
}

/// Fraction of aligned items that agree.
pub fn accuracy(gold: &[&str], pred: &[&str]) -> f64 {
    ratio(
        gold.iter().zip(pred).filter(|(g, p)| g == p).count(),
        gold.len(),
    )
}

/// A per-class table.
pub fn table(scores: &[ClassScore]) -> String {
    let mut s = String::from("  class        P       R       F1      support\n");
    for c in scores {
        let _ = writeln!(
            s,
            "  {:<10} {:>6.4}  {:>6.4}  {:>6.4}  {:>7}",
            c.label, c.precision, c.recall, c.f1, c.support
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_empty_predictions() {
        let gold = ["a", "b", "a"];
        let s = per_class(&gold, &gold, &["a", "b"]);
        assert_eq!(macro_f1(&s), 1.0);
        let wrong = ["b", "a", "b"];
        assert_eq!(macro_f1(&per_class(&gold, &wrong, &["a", "b"])), 0.0);
        assert!((accuracy(&gold, &["a", "a", "a"]) - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn known_values() {
        // gold a a b b, pred a b b b: a P=1 R=.5 F=.667; b P=.667 R=1 F=.8
        let s = per_class(&["a", "a", "b", "b"], &["a", "b", "b", "b"], &["a", "b"]);
        assert!((s[0].f1 - 2.0 / 3.0).abs() < 1e-9);
        assert!((s[1].f1 - 0.8).abs() < 1e-9);
    }
}
