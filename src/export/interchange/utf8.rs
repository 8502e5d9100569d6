//! The document's bytes as they are read from a file or a pipe: checked to be UTF-8 text,
//! and with the byte-order mark some Windows editors write before the document skipped.
//!
//! serde_json reading from an `io::Read` checks the text inside strings only, and calls a
//! bad byte "invalid unicode code point"; the whole file read into a `String` first said
//! what was wrong in the user's terms. So the check is made here, on every byte, and fails
//! as reading the file fails.

use std::io::{self, Read};

const BOM: &[u8] = "\u{feff}".as_bytes();

/// The input with a byte-order mark at its start left out, and the rest checked by
/// [`Checked`].
pub fn text<R: Read>(input: R) -> io::Result<io::Chain<io::Cursor<Vec<u8>>, Checked<R>>> {
    let mut input = Checked::new(input);
    let mut head = Vec::with_capacity(BOM.len());
    (&mut input).take(BOM.len() as u64).read_to_end(&mut head)?;
    if head == BOM {
        head.clear();
    }
    Ok(io::Cursor::new(head).chain(input))
}

/// Hands the bytes of `inner` on unchanged, and fails at the first that is not UTF-8: a
/// character split between two reads is checked when its last byte arrives.
pub struct Checked<R> {
    inner: R,
    /// The first bytes of a character whose last bytes the next read brings.
    partial: [u8; 4],
    partial_len: usize,
}

impl<R> Checked<R> {
    pub fn new(inner: R) -> Self {
        Checked {
            inner,
            partial: [0; 4],
            partial_len: 0,
        }
    }
}

impl<R: Read> Read for Checked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 {
            return if self.partial_len == 0 || buf.is_empty() {
                Ok(0)
            } else {
                Err(not_utf8())
            };
        }
        let mut rest = &buf[..n];
        if self.partial_len > 0 {
            let want = char_len(self.partial[0]);
            let take = (want - self.partial_len).min(rest.len());
            self.partial[self.partial_len..self.partial_len + take].copy_from_slice(&rest[..take]);
            self.partial_len += take;
            rest = &rest[take..];
            if self.partial_len < want {
                return Ok(n);
            }
            if std::str::from_utf8(&self.partial[..want]).is_err() {
                return Err(not_utf8());
            }
            self.partial_len = 0;
        }
        match std::str::from_utf8(rest) {
            Ok(_) => {}
            // Cut in the middle of a character: keep its first bytes for the next read.
            Err(e) if e.error_len().is_none() => {
                let tail = &rest[e.valid_up_to()..];
                self.partial[..tail.len()].copy_from_slice(tail);
                self.partial_len = tail.len();
            }
            Err(_) => return Err(not_utf8()),
        }
        Ok(n)
    }
}

/// How many bytes the character that starts with `lead` has (a lead byte that
/// `str::from_utf8` found to be the valid start of a character cut short).
fn char_len(lead: u8) -> usize {
    match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

fn not_utf8() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, "the file is not UTF-8 text")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that gives `bytes` at most `step` bytes at a time.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    fn read_all(bytes: &[u8], step: usize) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        text(Trickle { bytes, step })?.read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn utf8_text_passes_unchanged_however_it_is_cut() {
        let text = "한글 English 🙂 e\u{301} ü\n".repeat(3);
        for step in 1..=9 {
            assert_eq!(
                read_all(text.as_bytes(), step).expect("utf-8"),
                text.as_bytes()
            );
        }
    }

    #[test]
    fn a_byte_that_is_not_utf8_fails_wherever_it_is() {
        let cases: [&[u8]; 6] = [
            b"\xff\xfe\x00",
            b"{\"a\": \"\xc3\"}",
            b"{\"a\": \"\xe2\x82\"}",
            b"abc\xed\xa0\x80",
            b"ok \xf0\x9f\x99",
            b"\xe2",
        ];
        for bytes in cases {
            for step in 1..=4 {
                let err = read_all(bytes, step).expect_err("not utf-8");
                assert_eq!(
                    err.kind(),
                    io::ErrorKind::InvalidData,
                    "{bytes:?} by {step}"
                );
                assert!(err.to_string().contains("not UTF-8 text"));
            }
        }
    }

    #[test]
    fn a_byte_order_mark_at_the_start_is_skipped_and_only_there() {
        for step in 1..=4 {
            assert_eq!(read_all("\u{feff}{}".as_bytes(), step).expect("ok"), b"{}");
            assert_eq!(
                read_all("{}\u{feff}".as_bytes(), step).expect("ok"),
                "{}\u{feff}".as_bytes()
            );
            assert_eq!(
                read_all(b"\xef\xbb", step).expect_err("cut").kind(),
                io::ErrorKind::InvalidData
            );
            assert_eq!(read_all(b"{", step).expect("short"), b"{");
        }
    }
}
