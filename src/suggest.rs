//! "Did you mean": the closest known name to a mistyped one.

/// The candidate closest to `word`: the same letters in another case or without `_` and `-`
/// (`call-from` for `callFrom`, `send_message` for `sendMessage`), or else one at most two
/// edits away (the nearest; the first of equals).
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl Iterator<Item = &'a str> + Clone,
) -> Option<&'a str> {
    let lower = word.to_ascii_lowercase();
    let squashed = lower.replace(['_', '-'], "");
    if let Some(same) = candidates
        .clone()
        .find(|c| c.replace(['_', '-'], "").eq_ignore_ascii_case(&squashed))
    {
        return Some(same);
    }
    candidates
        .map(|c| (distance(&lower, &c.to_ascii_lowercase()), c))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over chars.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("same", "same"), 0);
    }

    #[test]
    fn closest_names() {
        let names = ["sendMessage", "getMessages", "makeCall", "answer_url"];
        let near = |w| closest(w, names.iter().copied());
        assert_eq!(near("sendMesage"), Some("sendMessage"));
        assert_eq!(near("send_message"), Some("sendMessage"));
        assert_eq!(near("MAKE-CALL"), Some("makeCall"));
        assert_eq!(near("answerUrl"), Some("answer_url"));
        assert_eq!(near("hangup"), None);
    }
}
