//! Did you mean: the known name nearest to a key or a value.

/// The known name closest to `key`, if one is close enough to be what was meant: same letters
/// in another case, a singular/plural slip, or at most a couple of typos.
pub(crate) fn suggest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    nearest(key, known).and_then(|(at, _)| known.get(at).copied())
}

/// The index in `known` of [`suggest`]'s name, and whether no other name is as near: a
/// did-you-mean that is unambiguous.
pub(crate) fn nearest(key: &str, known: &[&str]) -> Option<(usize, bool)> {
    if key.len() > 64 {
        return None;
    }
    let lower = key.to_ascii_lowercase();
    // (distance, index, unique)
    let mut best: Option<(usize, usize, bool)> = None;
    for (at, k) in known.iter().enumerate() {
        let candidate = k.to_ascii_lowercase();
        let distance = if candidate == lower {
            0
        } else if candidate.trim_end_matches('s') == lower.trim_end_matches('s') {
            1
        } else {
            edit_distance(&lower, &candidate)
        };
        match best {
            Some((d, _, _)) if distance > d => {}
            Some((d, first, _)) if distance == d => best = Some((d, first, false)),
            _ => best = Some((distance, at, true)),
        }
    }
    best.filter(|(d, at, _)| *d <= 2.max(known[*at].len() / 4))
        .map(|(_, at, unique)| (at, unique))
}

/// Levenshtein distance over bytes (the names compared are ASCII).
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}
