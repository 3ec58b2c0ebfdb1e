//! A bit reader over the RBSP of a NAL unit: emulation prevention bytes (`00 00 03` -> `00 00`, H.264 / H.265
//! 7.4.2) are dropped as the bytes are read, so nothing is copied. Exp-Golomb `ue(v)` as in H.265 9.2.

/// Why reading stopped.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum BitsError {
    /// The NAL unit ended inside the syntax element.
    End,
    /// A `ue(v)` with more than 31 leading zero bits (its value does not fit in 32 bits).
    UeTooLong,
}

/// Reads the RBSP bits of an escaped NAL unit payload (the bytes after the NAL header).
pub(crate) struct RbspBits<'a> {
    data: &'a [u8],
    pos: usize,
    /// Zero bytes just read, to spot `00 00 03`.
    zeros: u8,
    cur: u8,
    /// Bits of `cur` not read yet.
    left: u8,
}

impl<'a> RbspBits<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        RbspBits { data, pos: 0, zeros: 0, cur: 0, left: 0 }
    }

    fn next_byte(&mut self) -> Result<u8, BitsError> {
        let mut b = *self.data.get(self.pos).ok_or(BitsError::End)?;
        self.pos += 1;
        if self.zeros >= 2 && b == 3 {
            self.zeros = 0;
            b = *self.data.get(self.pos).ok_or(BitsError::End)?;
            self.pos += 1;
        }
        self.zeros = if b == 0 { self.zeros.saturating_add(1) } else { 0 };
        Ok(b)
    }

    pub(crate) fn bit(&mut self) -> Result<bool, BitsError> {
        if self.left == 0 {
            self.cur = self.next_byte()?;
            self.left = 8;
        }
        self.left -= 1;
        Ok((self.cur >> self.left) & 1 == 1)
    }

    /// `u(n)`, n <= 32.
    pub(crate) fn bits(&mut self, n: u32) -> Result<u32, BitsError> {
        debug_assert!(n <= 32);
        let mut v: u64 = 0;
        for _ in 0..n {
            v = (v << 1) | u64::from(self.bit()?);
        }
        Ok(v as u32)
    }

    /// Skips `n` bits.
    pub(crate) fn skip(&mut self, n: u32) -> Result<(), BitsError> {
        for _ in 0..n {
            self.bit()?;
        }
        Ok(())
    }

    /// `ue(v)`.
    pub(crate) fn ue(&mut self) -> Result<u32, BitsError> {
        let mut zeros = 0;
        while !self.bit()? {
            zeros += 1;
            if zeros > 31 {
                return Err(BitsError::UeTooLong);
            }
        }
        let rest = self.bits(zeros)?;
        Ok(((1u64 << zeros) - 1 + u64::from(rest)) as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emulation_prevention_bytes_are_dropped() {
        // 00 00 03 01 -> 00 00 01; a 03 not after two zeros stays.
        let mut r = RbspBits::new(&[0x00, 0x00, 0x03, 0x01, 0x03]);
        assert_eq!(r.bits(24), Ok(1));
        assert_eq!(r.bits(8), Ok(3));
        assert_eq!(r.bit(), Err(BitsError::End));
        // 00 00 03 00 00 03 -> four zero bytes.
        let mut r = RbspBits::new(&[0, 0, 3, 0, 0, 3, 0xff]);
        assert_eq!(r.bits(32), Ok(0));
        assert_eq!(r.bits(8), Ok(0xff));
    }

    #[test]
    fn exp_golomb() {
        // 1 | 010 | 011 | 00100 | 0001000 | 00000 -> 0, 1, 2, 3, 7, then the data ends inside a ue(v)
        let mut r = RbspBits::new(&[0b1010_0110, 0b0100_0001, 0b0000_0000]);
        assert_eq!(r.ue(), Ok(0));
        assert_eq!(r.ue(), Ok(1));
        assert_eq!(r.ue(), Ok(2));
        assert_eq!(r.ue(), Ok(3));
        assert_eq!(r.ue(), Ok(7));
        assert_eq!(r.ue(), Err(BitsError::End));
        let mut r = RbspBits::new(&[0, 0, 0, 0, 0, 0x80]);
        assert_eq!(r.ue(), Err(BitsError::UeTooLong));
        // 32 zeros then 1 then 31... = u32::MAX needs 32 leading zeros: refused; 31 zeros fits.
        let mut r = RbspBits::new(&[0, 0, 0, 1, 0xff, 0xff, 0xff, 0xfe]);
        assert_eq!(r.ue(), Ok(u32::MAX - 1));
    }
}
