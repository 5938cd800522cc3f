//! Where each key was first seen: the one map of the request half.

/// Each key's first index: the duplicate rules (device names, tag keys), and the lookups of
/// `Reading::remap` and `append_unreported`. A small open-addressing hash table over `&str` (FNV-1a, linear probing), because
/// std's `BTreeMap` was 3.8 KB of the wasm for this one job, and a sorted `Vec` is quadratic on
/// a list of 100,000 items.
pub(crate) struct FirstSeen<'k> {
    keys: Vec<(&'k str, usize)>,
    /// A power of two many slots, at most half full: each 0 (empty) or 1 + a place in `keys`.
    slots: Vec<u32>,
}

impl<'k> FirstSeen<'k> {
    pub(crate) fn new() -> Self {
        FirstSeen {
            keys: Vec::new(),
            slots: Vec::new(),
        }
    }

    /// The index first recorded for `key`.
    pub(crate) fn get(&self, key: &str) -> Option<usize> {
        self.find(key).1.map(|at| self.keys[at].1)
    }

    /// The index first recorded for `key`; when there is none, records `index` and answers `None`.
    pub(crate) fn first(&mut self, key: &'k str, index: usize) -> Option<usize> {
        let (mut slot, found) = self.find(key);
        if let Some(at) = found {
            return Some(self.keys[at].1);
        }
        if self.keys.len() >= SCANNED && (self.keys.len() + 1) * 2 > self.slots.len() {
            self.grow();
            slot = self.find(key).0;
        }
        self.keys.push((key, index));
        if let Some(slot) = self.slots.get_mut(slot) {
            *slot = self.keys.len() as u32;
        }
        None
    }

    /// The slot that holds `key` and its place in `keys`; or the empty slot where it would go.
    /// Up to [`SCANNED`] keys have no slots: they are scanned.
    fn find(&self, key: &str) -> (usize, Option<usize>) {
        if self.slots.is_empty() {
            return (0, self.keys.iter().position(|(k, _)| *k == key));
        }
        let mask = self.slots.len() - 1;
        let mut slot = hash(key) & mask;
        while let Some(&taken) = self.slots.get(slot).filter(|&&n| n != 0) {
            let at = taken as usize - 1;
            if self.keys[at].0 == key {
                return (slot, Some(at));
            }
            slot = (slot + 1) & mask;
        }
        (slot, None)
    }

    fn grow(&mut self) {
        self.slots = vec![0; (self.slots.len() * 2).max(16)];
        let mask = self.slots.len() - 1;
        for (n, (key, _)) in self.keys.iter().enumerate() {
            let mut slot = hash(key) & mask;
            while self.slots[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            self.slots[slot] = n as u32 + 1;
        }
    }
}

/// How many keys are scanned before the table is built: most lists are this short, and a
/// scan of a few needs no second allocation and no hashing.
const SCANNED: usize = 8;

/// FNV-1a: a few instructions per byte and no code from std's hashers.
fn hash(key: &str) -> usize {
    key.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    }) as usize
}

#[cfg(test)]
mod tests {
    use super::FirstSeen;

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The same answers as std's map, over keys drawn from a small alphabet so that they repeat
        /// and collide, through several growths.
        #[test]
        fn agrees_with_std(keys in proptest::collection::vec("[ab/]{0,3}", 0..200)) {
            let mut seen = FirstSeen::new();
            let mut oracle = std::collections::HashMap::<&str, usize>::new();
            for (n, key) in keys.iter().enumerate() {
                let expected = oracle.get(key.as_str()).copied();
                oracle.entry(key).or_insert(n);
                proptest::prop_assert_eq!(seen.first(key, n), expected);
            }
            for key in &keys {
                proptest::prop_assert_eq!(seen.get(key), oracle.get(key.as_str()).copied());
            }
        }
    }

    #[test]
    fn keeps_each_keys_first_index() {
        let names: Vec<String> = (0..1000).map(|n| format!("/dev/sd{}", n % 300)).collect();
        let mut seen = FirstSeen::new();
        for (n, name) in names.iter().enumerate() {
            let first = seen.first(name, n);
            assert_eq!(first, (n >= 300).then_some(n % 300), "{name} at {n}");
        }
        assert_eq!(seen.get("/dev/sd7"), Some(7));
        assert_eq!(seen.get("/dev/sd300"), None);
        assert_eq!(seen.get(""), None);
        assert_eq!(FirstSeen::new().get("x"), None);
    }

    #[test]
    fn empty_and_colliding_keys() {
        let mut seen = FirstSeen::new();
        assert_eq!(seen.first("", 4), None);
        assert_eq!(seen.first("", 5), Some(4));
        // Keys that share a slot in a 16-slot table are told apart by their text.
        let same_slot: Vec<String> = (0..10_000)
            .map(|n| n.to_string())
            .filter(|k| super::hash(k) & 15 == super::hash("a") & 15)
            .take(6)
            .collect();
        for (n, key) in same_slot.iter().enumerate() {
            assert_eq!(seen.first(key, n), None);
        }
        for (n, key) in same_slot.iter().enumerate() {
            assert_eq!(seen.get(key), Some(n));
        }
    }
}
