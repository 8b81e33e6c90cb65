//! A small multinomial logistic regression over hashed sparse features,
//! trained with deterministic SGD: the learned part of the stance
//! classifiers. Tiny on purpose: a few thousand weights per class, stored
//! as JSON in `models/`, trained by `claimwatch eval train …` from the
//! labelled files (never stored in the repository).

use serde::{Deserialize, Serialize};

/// Sparse feature vector: (index, value).
pub type Features = Vec<(u32, f32)>;

/// FNV-1a: stable across platforms and releases (unlike `DefaultHasher`).
pub fn hash(s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Adds a named feature, hashed into `dim` buckets.
pub fn push(f: &mut Features, name: &str, value: f32, dim: u32) {
    f.push((hash(name) % dim, value));
}

/// Model weights.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Model {
    /// What the model is for and how it was trained.
    pub description: String,
    pub labels: Vec<String>,
    pub dim: u32,
    /// `labels.len()` rows of `dim` weights, rounded to 4 decimals.
    pub weights: Vec<Vec<f32>>,
    pub bias: Vec<f32>,
    /// Trained on every labelled row of its file, the held-out ones
    /// included (`eval train --all-rows`): scoring it on that file
    /// measures nothing, and `eval` says so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub trained_on_all_rows: bool,
}

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct Train {
    pub epochs: usize,
    pub learning_rate: f32,
    pub l2: f32,
    /// Weight each class by (n / (k · n_class))^power, to favour macro-F1.
    pub balance_power: f32,
    /// Return the average of the weights over every step (averaged SGD)
    /// rather than the last ones: far less sensitive to the order of the
    /// examples and to the last few updates.
    pub average: bool,
}

impl Model {
    /// Parses bundled weights; `None` when they were made for another
    /// feature space or label set (the caller then falls back to rules).
    pub fn bundled(json: &str, dim: u32, labels: &[&str]) -> Option<Model> {
        let m: Model = serde_json::from_str(json).ok()?;
        (m.dim == dim
            && m.labels
                .iter()
                .map(String::as_str)
                .eq(labels.iter().copied()))
        .then_some(m)
    }

    /// Scores per class.
    pub fn scores(&self, x: &Features) -> Vec<f32> {
        self.weights
            .iter()
            .zip(&self.bias)
            .map(|(w, b)| b + x.iter().map(|(i, v)| w[*i as usize] * v).sum::<f32>())
            .collect()
    }

    /// The best label.
    pub fn predict(&self, x: &Features) -> &str {
        let s = self.scores(x);
        let best = s
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or(0, |(i, _)| i);
        &self.labels[best]
    }

    /// Trains on `(features, label index)` pairs; deterministic for the same input.
    pub fn train(
        description: &str,
        labels: &[&str],
        dim: u32,
        data: &[(Features, usize)],
        t: Train,
    ) -> Model {
        let k = labels.len();
        let mut counts = vec![0usize; k];
        for (_, y) in data {
            counts[*y] += 1;
        }
        let n = data.len().max(1) as f32;
        let class_weight: Vec<f32> = counts
            .iter()
            .map(|&c| {
                if c == 0 {
                    0.0
                } else {
                    (n / (k as f32 * c as f32)).powf(t.balance_power)
                }
            })
            .collect();
        let mut w = vec![vec![0f32; dim as usize]; k];
        let mut b = vec![0f32; k];
        // Averaging without touching every weight at every step: `u` sums
        // step × change, and the average is w − u / steps.
        let mut u = vec![vec![0f32; if t.average { dim as usize } else { 0 }]; k];
        let mut ub = vec![0f32; k];
        let mut step = 1f32;
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng: u64 = 0x9e37_79b9_7f4a_7c15;
        for epoch in 0..t.epochs {
            // Fisher-Yates with xorshift: the same order on every run.
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            let lr = t.learning_rate / (1.0 + epoch as f32 * 0.5);
            for &i in &order {
                let (x, y) = &data[i];
                let scores: Vec<f32> = (0..k)
                    .map(|c| b[c] + x.iter().map(|(j, v)| w[c][*j as usize] * v).sum::<f32>())
                    .collect();
                let max = scores.iter().cloned().fold(f32::MIN, f32::max);
                let exp: Vec<f32> = scores.iter().map(|s| (s - max).exp()).collect();
                let z: f32 = exp.iter().sum();
                let cw = class_weight[*y];
                for c in 0..k {
                    let p = exp[c] / z;
                    let g = cw * (p - if c == *y { 1.0 } else { 0.0 });
                    for (j, v) in x {
                        let wj = &mut w[c][*j as usize];
                        let delta = -lr * (g * v + t.l2 * *wj);
                        *wj += delta;
                        if t.average {
                            u[c][*j as usize] += step * delta;
                        }
                    }
                    b[c] -= lr * g;
                    ub[c] -= step * lr * g;
                }
                step += 1.0;
            }
        }
        if t.average {
            for c in 0..k {
                for (wj, uj) in w[c].iter_mut().zip(&u[c]) {
                    *wj -= uj / step;
                }
                b[c] -= ub[c] / step;
            }
        }
        let round = |v: f32| (v * 10_000.0).round() / 10_000.0;
        Model {
            description: description.to_string(),
            labels: labels.iter().map(|s| s.to_string()).collect(),
            dim,
            weights: w
                .into_iter()
                .map(|row| row.into_iter().map(round).collect())
                .collect(),
            bias: b.into_iter().map(round).collect(),
            trained_on_all_rows: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem_deterministically() {
        let dim = 64;
        let mut data = Vec::new();
        for i in 0..200 {
            let mut f = Features::new();
            let y = i % 2;
            push(&mut f, if y == 0 { "fake" } else { "true" }, 1.0, dim);
            push(&mut f, &format!("noise{}", i % 7), 1.0, dim);
            data.push((f, y));
        }
        let t = Train {
            epochs: 5,
            learning_rate: 0.1,
            l2: 1e-4,
            balance_power: 1.0,
            average: false,
        };
        let m = Model::train("test", &["deny", "support"], dim, &data, t);
        let m2 = Model::train("test", &["deny", "support"], dim, &data, t);
        assert_eq!(m.weights, m2.weights);
        let mut x = Features::new();
        push(&mut x, "fake", 1.0, dim);
        assert_eq!(m.predict(&x), "deny");
        let mut x = Features::new();
        push(&mut x, "true", 1.0, dim);
        assert_eq!(m.predict(&x), "support");
    }
}
