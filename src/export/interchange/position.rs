//! The bytes serde_json reads, one at a time, counted as they are taken: where the reading
//! is, in lines and columns, at any moment.
//!
//! serde_json gives the line and column of its own errors. A key written twice is found by
//! this crate, after serde_json has already looked at the character that follows the key,
//! and a reader of bytes counts that character in the column it reports (a reader of a
//! string in memory does not). Counting here, where the key has just been read, gives the
//! position of the key's end, whatever comes after it.

use std::cell::Cell;
use std::io::{self, Read};

/// Where the reading is: the line (from 1) and the column (bytes since the line began, so
/// the column of the last byte read).
#[derive(Debug, Default)]
pub struct Position {
    lines_before: Cell<usize>,
    line_start: Cell<usize>,
    offset: Cell<usize>,
}

impl Position {
    pub fn line_column(&self) -> (usize, usize) {
        (
            self.lines_before.get() + 1,
            self.offset.get() - self.line_start.get(),
        )
    }
}

/// `inner` read in chunks and handed on a byte at a time, each byte counted in `position`.
pub struct Counted<'p, R> {
    inner: R,
    buf: Box<[u8]>,
    pos: usize,
    end: usize,
    position: &'p Position,
}

impl<'p, R: Read> Counted<'p, R> {
    pub fn new(inner: R, chunk: usize, position: &'p Position) -> Self {
        Counted {
            inner,
            buf: vec![0; chunk].into_boxed_slice(),
            pos: 0,
            end: 0,
            position,
        }
    }
}

impl<R: Read> Read for Counted<'_, R> {
    #[inline]
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        // serde_json asks for one byte at a time: the way that must be quick.
        if let ([slot], Some(&byte)) = (&mut *out, self.buf[..self.end].get(self.pos)) {
            *slot = byte;
            self.pos += 1;
            let offset = self.position.offset.get() + 1;
            self.position.offset.set(offset);
            if byte == b'\n' {
                self.position
                    .lines_before
                    .set(self.position.lines_before.get() + 1);
                self.position.line_start.set(offset);
            }
            return Ok(1);
        }
        if self.pos == self.end {
            self.end = self.inner.read(&mut self.buf)?;
            self.pos = 0;
        }
        let n = out.len().min(self.end - self.pos);
        let taken = &self.buf[self.pos..self.pos + n];
        out[..n].copy_from_slice(taken);
        self.pos += n;
        let offset = self.position.offset.get();
        for (i, _) in taken.iter().enumerate().filter(|(_, b)| **b == b'\n') {
            self.position
                .lines_before
                .set(self.position.lines_before.get() + 1);
            self.position.line_start.set(offset + i + 1);
        }
        self.position.offset.set(offset + n);
        Ok(n)
    }
}
